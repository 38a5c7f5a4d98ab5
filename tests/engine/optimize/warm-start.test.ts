/**
 * Warm starts (engine/optimize/warm-start.ts): a smaller budget's plan starts the solve at a larger budget;
 * the plan delivered replays feasibly in the simulator, is never worse than the start, and is within the
 * reported gap of the LP relaxation's bound. A plan that does not fit the scenario is not used, and the
 * note says why.
 */
import { describe, expect, it } from 'vitest';
import { generateCounty } from '../../../engine/county/generate.ts';
import { relaxed } from '../../../engine/model/build.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';
import { checkPlan } from '../../../engine/plan/check/index.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import { highsSolver } from '../../../engine/solve/highs.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { modelOf, scenarioAt } from './budget-share.ts';

const c = generateCounty({ schools: 12, seed: 5 });

const planOf = (scenario: Scenario, r: SolveReport) => ({ scenario: scenario.name, years: scenario.years, actions: r.actions, rotations: r.rotations });
const startOf = (r: SolveReport) => ({ actions: r.actions, rotations: r.rotations });

/**
 * Bounds on the best floor of any plan, independent of solveScenario's search: the LP relaxation's, and the
 * one the max-min MIP proves when solved directly to a gap of 1e-4 (model units, minimised: −floor).
 */
async function bounds(scenario: Scenario): Promise<{ lp: number; mip: number }> {
  const pm = modelOf(c, scenario);
  const lp = await highsSolver.solve(relaxed(pm.model), { timeLimitSeconds: 60, mipRelGap: 1e-6 });
  expect(lp.status).toBe('optimal');
  const mip = await highsSolver.solve(pm.model, { timeLimitSeconds: 60, mipRelGap: 1e-4 });
  expect(mip.bound).toBeDefined();
  return { lp: lp.objective, mip: mip.bound! };
}

describe('warm start from a smaller budget', () => {
  it('delivers a feasible plan, never worse than the start, within the reported gap of the relaxation', async () => {
    const small = scenarioAt(c, 1);
    const large = scenarioAt(c, 1.1);
    const first = await solveScenario(c, small, { shadowPrices: false });
    expect(first.method).not.toBe('none');
    const warm = await solveScenario(c, large, { shadowPrices: false, start: startOf(first) });
    expect(warm.method).not.toBe('none');
    const i = warm.notes.findIndex((n) => /neighbouring what-if's plan fits/.test(n));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(warm.notesZh).toHaveLength(warm.notes.length);
    expect(warm.notesZh![i]).toMatch(/^相邻假设情景的方案适用于本情景（热启动）/);
    // Replayed by the simulator at the larger budget: every bound and target holds.
    expect(checkPlan(c, large, planOf(large, warm), quality2017)).toEqual([]);
    // The smaller budget's plan is a plan here too, so the larger budget does at least as well.
    expect(warm.objective.value!).toBeGreaterThanOrEqual(first.objective.value! - 1e-9);
    // No better than any bound allows, and within the reported gap of the best one (gap = (bound − floor) / floor).
    const { lp, mip } = await bounds(large);
    expect(warm.objective.value!).toBeLessThanOrEqual(Math.min(-lp, -mip) + 1e-9);
    expect(warm.objective.value! * (1 + warm.mipGap!)).toBeGreaterThanOrEqual(-mip * (1 - 1e-4) - 1e-9);
  }, 120_000);

  it('a plan that breaks this scenario (a smaller budget, an unknown school) is not used, and the note says why', async () => {
    const large = await solveScenario(c, scenarioAt(c, 1.4), { shadowPrices: false });
    const small = scenarioAt(c, 0.9);
    const r = await solveScenario(c, small, { shadowPrices: false, start: startOf(large) });
    const j = r.notes.findIndex((n) => n.startsWith('Starting plan not used'));
    expect(r.notes[j]).toMatch(/plan check|no solution/);
    expect(r.notesZh![j]).toMatch(/^未采用起始方案：(方案核查未通过|固定其决策后无解)/);
    expect(checkPlan(c, small, planOf(small, r), quality2017)).toEqual([]);
    const stranger = { ...startOf(large), actions: [{ ...large.actions[0]!, schoolId: 'NO-SUCH-SCHOOL' }] };
    const s = await solveScenario(c, scenarioAt(c, 1.4), { shadowPrices: false, start: stranger });
    const i = s.notes.findIndex((n) => n.startsWith('Starting plan not used'));
    expect(s.notes[i]).toContain('NO-SUCH-SCHOOL');
    // In Chinese at the same index, naming the same school.
    expect(s.notesZh![i]).toMatch(/^未采用起始方案：.*学校 NO-SUCH-SCHOOL/);
  }, 120_000);
});
