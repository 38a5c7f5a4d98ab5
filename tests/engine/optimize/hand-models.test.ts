import { describe, expect, it } from 'vitest';
import { EXACT_MARGIN } from '../../../engine/model/targets.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { checkPlan } from '../../../engine/plan/check/index.ts';
import { simulatePlan } from '../../../engine/plan/simulate.ts';
import { resolveScenario } from '../../../engine/scenario/resolve.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { county, school } from '../helpers.ts';

/** Schools that meet every standard generously except equipment, so the floor is the equipment ratio. */
function equipmentCounty(equipment: [number, number], students: [number, number]) {
  return county(students.map((p, i) => school(`E${i}`, {
    students: p,
    resources: { equipmentValue: equipment[i]!, degreeTeachers: p, backboneTeachers: p, peArtTeachers: p, teachingArea: p * 50, sportsArea: p * 50, multimediaRooms: p },
  })));
}

const scenarioFile = (budget: number, extra: Partial<ScenarioFile> = {}): ScenarioFile => ({
  name: 'hand', horizon: [2026], budget: { perYear: [budget] }, integer: false, objective: { kind: 'floor', tieBreak: 'none' },
  construction: { allowExpansion: false }, ...extra,
});

describe('hand-solvable models', () => {
  it('two schools, one budget, floor objective: both end at the same value', async () => {
    const c = equipmentCounty([300_000, 900_000], [400, 600]);
    const budget = 600_000;
    const report = await solveScenario(c, resolveScenario(scenarioFile(budget), 'hand'), { shadowPrices: true });
    expect(report.status).toBe('optimal');
    const [a, b] = report.values.map((v) => v.values.equipmentValue!);
    expect(Math.abs(a! - b!)).toBeLessThan(1e-6);
    // Equal values: (300k + 900k + 600k) / 1000 students = 1800 yuan per student; floor = 1800 / 2000.
    expect(a!).toBeCloseTo(1800, 6);
    expect(report.objective.value!).toBeCloseTo(0.9, 6);
    expect(report.years[0]!.spend.total).toBeCloseTo(budget, 3);
    // One more million yuan lifts both schools by 1000 yuan per student, i.e. the floor by 0.5.
    expect(report.shadowPrices[0]!.perMillion).toBeCloseTo(0.5, 6);
  });

  it('a budget too small to close the gap lifts only the weaker school', async () => {
    const c = equipmentCounty([300_000, 900_000], [400, 600]);
    const report = await solveScenario(c, resolveScenario(scenarioFile(100_000), 'hand'), { shadowPrices: false });
    const [a, b] = report.values.map((v) => v.values.equipmentValue!);
    expect(a!).toBeCloseTo(1000, 6);
    expect(b!).toBeCloseTo(1500, 6);
    expect(report.objective.value!).toBeCloseTo(0.5, 6);
  });

  it('mincost meets the target at the cheapest price and respects every bound', async () => {
    const c = equipmentCounty([300_000, 900_000], [400, 600]);
    const file = scenarioFile(5_000_000, { objective: { kind: 'mincost', targets: [1] } });
    const scenario = resolveScenario(file, 'hand');
    const report = await solveScenario(c, scenario, { shadowPrices: false });
    expect(report.status).toBe('optimal');
    // Six of seven met, so equipment may stay at 85% of 2000: 400 × 1700 − 300k + 600 × 1700 − 900k = 500k,
    // planned with the exactness margin m on the 85% bar: 1000 × 1700 × (1 + m) − 1.2M = 500k + 1.7M × m.
    expect(report.objective.value!).toBeCloseTo(500_000 + 1_700_000 * EXACT_MARGIN, 0);
    expect(report.years[0]!.schoolsPassing).toBe(2);
    const plan = { scenario: scenario.name, years: scenario.years, actions: report.actions, rotations: report.rotations };
    expect(checkPlan(c, scenario, plan, quality2017)).toEqual([]);
    const sim = simulatePlan(c, scenario, plan, quality2017);
    expect(sim.years[0]!.evaluation.county.schoolsPassing).toBe(2);
  });

  it('an impossible target is infeasible and the explanation names the budget', async () => {
    const c = equipmentCounty([300_000, 900_000], [400, 600]);
    const report = await solveScenario(c, resolveScenario(scenarioFile(100_000, { objective: { kind: 'floor', targets: [1] } }), 'hand'), { shadowPrices: false });
    expect(report.status).toBe('infeasible');
    const budget = report.infeasibility!.blocking.find((b) => b.family === 'budget')!;
    expect(budget.shortBy).toBeCloseTo(400_000, -2);
    // The cheapest passing plan above costs 500k + 1.7M × m (m the exactness margin); the budget is 100k.
    const short = Math.round(400_000 + 1_700_000 * EXACT_MARGIN).toLocaleString('en-US');
    expect(report.infeasibility!.messages[0]!.en).toContain(`year-2026 budget short by ${short} yuan for the 100% target`);
  });
});
