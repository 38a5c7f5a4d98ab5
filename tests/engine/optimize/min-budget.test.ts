import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCounty } from '../../../engine/county/import.ts';
import type { County } from '../../../engine/county/types.ts';
import { MinBudgetError, minBudgetAnswer, minBudgetScenario } from '../../../engine/optimize/min-budget.ts';
import { reportWithoutPlan, type SolveReport } from '../../../engine/optimize/solve-report.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';

const scenarioOf = (name: string): Scenario => parseScenarioText(readFileSync(`scenarios/${name}.yaml`, 'utf8'), `${name}.yaml`).scenario;

describe('minBudgetScenario', () => {
  it('asks for the least cost of the scenario\'s own targets, with the budget out of the way', () => {
    const base = scenarioOf('baseline');
    const s = minBudgetScenario(base);
    expect(s.objective.kind).toBe('mincost');
    expect(s.objective.targets).toEqual(base.objective.targets);
    const total = base.budget.perYear.reduce((a, b) => a + b, 0);
    for (const cap of s.budget.perYear) expect(cap).toBeGreaterThanOrEqual(total);
    expect(s.budget.perYear).toHaveLength(base.years.length);
    expect(base.objective.kind).toBe('floor'); // the input is not changed
  });

  it('refuses a scenario without targets, naming the field', () => {
    expect(() => minBudgetScenario(scenarioOf('no-construction'))).toThrow(MinBudgetError);
    expect(() => minBudgetScenario(scenarioOf('no-construction'))).toThrow(/objective\.targets/);
  });
});

describe('minBudgetAnswer', () => {
  it('adds up the spend, finds the year needing the most, and the years met with no school to spare', () => {
    const r: SolveReport = { ...reportWithoutPlan('x', 'mincost'), status: 'optimal' };
    r.years = [[2026, 3e6, 4, 10], [2027, 7e6, 8, 10], [2028, 1e6, 9, 10]].map(([year, total, passing, schools]) => ({
      year: year!, budget: 0, available: 0, spend: { construction: 0, equipment: 0, multimedia: 0, hiring: 0, upgrades: 0, rotation: 0, total: total! },
      cv: { primary: {}, junior: {} }, schoolsPassing: passing!, schoolsTotal: schools!, floor: 1, countyPasses: true,
    }));
    const a = minBudgetAnswer(r, [0.4, 0.8, 0.85]);
    expect(a.total).toBe(11e6);
    expect(a.bindingYear).toBe(2027);
    expect(a.tightYears).toEqual([2026, 2027, 2028]);
    expect(minBudgetAnswer({ ...r, status: 'infeasible' }, [1]).total).toBeNull();
  });
});

describe('the least budget on the sample county', () => {
  let county: County;
  let scenario: Scenario;
  let answer: ReturnType<typeof minBudgetAnswer>;

  beforeAll(async () => {
    const r = await importCounty(readFileSync('data/sample-county.csv'), { fileName: 'sample-county.csv' });
    if (r.status !== 'ok') throw new Error('sample county does not import');
    county = r.value;
    scenario = scenarioOf('mincost-year3');
    const report = await solveScenario(county, minBudgetScenario(scenario), { shadowPrices: false });
    expect(report.status).toBe('optimal');
    answer = minBudgetAnswer(report, scenario.objective.targets);
  }, 120_000);

  it('meets the targets with the amount it reports, and not with 5% less', async () => {
    expect(answer.total).toBeGreaterThan(0);
    const at = (scale: number): Scenario => ({ ...scenario, budget: { perYear: answer.perYear.map((y) => y.spend * scale + 1), carryOver: scenario.budget.carryOver } });
    const enough = await solveScenario(county, at(1), { shadowPrices: false });
    expect(enough.status).toBe('optimal');
    const less = await solveScenario(county, at(0.95), { shadowPrices: false });
    expect(less.status).toBe('infeasible');
  }, 120_000);
});
