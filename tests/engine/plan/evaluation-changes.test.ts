/** The schools that leave or enter the evaluation over the plan are named with the reason, and account for every change in the count. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCounty } from '../../../engine/county/import.ts';
import { evaluateCounty } from '../../../engine/indicators/evaluate.ts';
import { evaluationChanges } from '../../../engine/plan/evaluation-changes.ts';
import { plannedSchools } from '../../../engine/plan/planned-schools.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';

describe('evaluationChanges', () => {
  it('names every school entering or leaving, so the counts add up year to year (sample county, baseline)', async () => {
    const r = await importCounty(readFileSync('data/sample-county.csv'), { fileName: 'sample-county.csv' });
    if (r.status !== 'ok') throw new Error('sample county does not import');
    const { scenario } = parseScenarioText(readFileSync('scenarios/baseline.yaml', 'utf8'), 'baseline.yaml');
    const changes = evaluationChanges(r.value, scenario, quality2017);
    expect(changes.length).toBeGreaterThan(0);
    const planned = plannedSchools(r.value, scenario, quality2017);
    let count = evaluateCounty(r.value, quality2017).county.schoolsTotal; // the data year
    scenario.years.forEach((year, t) => {
      const left = changes.filter((c) => c.year === year && c.change === 'left').length;
      const entered = changes.filter((c) => c.year === year && c.change === 'entered').length;
      count += entered - left;
      expect(count).toBe(planned.filter((p) => p.includedIn[t]).length);
    });
    for (const c of changes.filter((x) => x.change === 'left')) {
      expect(c.students).toBeLessThan(quality2017.exclusions.teachingPointMinStudents);
      expect(c.message.en).toMatch(new RegExp(`^${c.schoolId} .* falls to ${c.students} pupils in ${c.year}: a teaching point under 50 pupils is not evaluated$`));
      expect(c.message.zh).toContain(`${c.year}年降至${c.students}名学生`);
    }
  });
});
