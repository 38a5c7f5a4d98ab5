/** The data year: the county as imported, judged like the plan years, and where the report's series start. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCounty } from '../../../engine/county/import.ts';
import type { County } from '../../../engine/county/types.ts';
import { evaluateCounty } from '../../../engine/indicators/evaluate.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { baseYear } from '../../../engine/plan/base-year.ts';
import { planReport } from '../../../engine/report/plan-report.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';

let county: County;
beforeAll(async () => {
  const r = await importCounty(readFileSync('data/sample-county.csv'), { fileName: 'sample-county.csv' });
  if (r.status !== 'ok') throw new Error('sample county does not import');
  county = r.value;
});

describe('baseYear', () => {
  it('is the year before the plan, with the evaluation of the data as imported', () => {
    const base = baseYear(county, quality2017, 2026)!;
    const evaluation = evaluateCounty(county, quality2017);
    expect(base.year).toBe(2025);
    expect(base.schoolsTotal).toBe(evaluation.county.schoolsTotal);
    expect(base.schoolsPassing).toBe(evaluation.county.schoolsPassing);
    expect(base.schoolsExcluded).toBe(evaluation.county.schoolsExcluded);
    for (const level of ['primary', 'junior'] as const) {
      expect(Object.keys(base.cv[level]).sort()).toEqual(quality2017.indicators.map((i) => i.key).sort());
      for (const [key, v] of Object.entries(base.cv[level])) expect(v).toBeCloseTo(evaluation.levels[level].cv[key]!, 12);
    }
    // The floor is the lowest value/standard of any evaluated school, so no evaluated ratio is below it.
    const ratios = evaluation.schools.filter((s) => !s.excluded).flatMap((s) => Object.values(s.ratios).filter((r): r is number => r !== null));
    expect(ratios.some((r) => Math.abs(r - base.floor) < 1e-12)).toBe(true);
  });

  it('starts the solve report and its text, before the plan years, labelled as the data year', async () => {
    const { scenario } = parseScenarioText(readFileSync('scenarios/no-construction.yaml', 'utf8'), 'no-construction.yaml');
    const report = await solveScenario(county, { ...scenario, integer: false }, { shadowPrices: false });
    expect(report.base?.year).toBe(scenario.years[0]! - 1);
    expect(report.base?.schoolsTotal).toBe(evaluateCounty(county, quality2017).county.schoolsTotal);
    const zh = planReport(report, quality2017, 'zh-CN');
    const en = planReport(report, quality2017, 'en');
    expect(zh).toContain(`数据年 ${report.base!.year}`);
    expect(en).toContain(`${report.base!.year} (data year)`);
    expect(en.indexOf(`${report.base!.year} (data year)`)).toBeLessThan(en.indexOf(`${scenario.years[0]} `));
    expect(en).toMatch(/Passing counts are out of the schools evaluated that year \(\d+ in the data year, \d+ not evaluated\)/);
  }, 120_000);
});
