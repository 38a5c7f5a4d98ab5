import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCounty } from '../../../engine/county/generate.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { checkPlan } from '../../../engine/plan/check/index.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';

/** Small planning models (the baseline on a generated 12-school county, as an LP) solved by both adapters. */
describe('HiGHS and javascript-lp-solver agree on small planning models', () => {
  it.each([3, 11])('seed %i', async (seed) => {
    const county = generateCounty({ schools: 12, seed });
    const { scenario } = parseScenarioText(readFileSync('scenarios/baseline.yaml', 'utf8'), 'baseline.yaml');
    const students = county.schools.reduce((s, x) => s + x.students, 0);
    scenario.budget.perYear = scenario.budget.perYear.map(() => Math.round((1e7 * students) / 20026));
    scenario.integer = false;
    scenario.objective.targets = null;
    scenario.objective.tieBreak = 'none';
    const highs = await solveScenario(county, scenario, { solver: 'highs', shadowPrices: false });
    const jslp = await solveScenario(county, scenario, { solver: 'jslp', shadowPrices: false });
    expect(highs.status).toBe('optimal');
    expect(jslp.status).toBe('optimal');
    expect(Math.abs(highs.objective.value! - jslp.objective.value!)).toBeLessThan(1e-6 * Math.max(1, Math.abs(highs.objective.value!)));
    for (const r of [highs, jslp]) {
      const plan = { scenario: scenario.name, years: scenario.years, actions: r.actions, rotations: r.rotations };
      expect(checkPlan(county, scenario, plan, quality2017)).toEqual([]);
    }
  });
});
