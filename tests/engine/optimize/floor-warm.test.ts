/**
 * The floor search's first step from a neighbour's plan (engine/optimize/floor-warm.ts warmCheck): the bound for
 * plans at least as good as the start, then one check at the lowest common level whose plan that bound certifies.
 * Checked against independent solves: the bound is at least the best plan the max-min MIP finds, a plan it
 * returns meets the checked floors and the model and is within the requested gap of that bound, and a level it
 * calls out of reach has no plan.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCounty } from '../../../engine/cli/read-county.ts';
import { generateCounty } from '../../../engine/county/generate.ts';
import type { County } from '../../../engine/county/types.ts';
import { relaxed, withObjective, type PlanningModel } from '../../../engine/model/build.ts';
import { LinExpr } from '../../../engine/model/linear.ts';
import { floorColumns, yearCeilings } from '../../../engine/optimize/floor-bound.ts';
import { warmCheck } from '../../../engine/optimize/floor-warm.ts';
import { deadlineAfter, fixColumns } from '../../../engine/optimize/heuristic.ts';
import { planFloors, planObjective } from '../../../engine/optimize/plan-objective.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { startPoint } from '../../../engine/optimize/warm-start.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import { sweepBudgets } from '../../../engine/scenario/sweep-points.ts';
import { checkFeasibility } from '../../../engine/solve/model.ts';
import { highsSolver } from '../../../engine/solve/highs.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { modelOf, scenarioAt } from './budget-share.ts';

const limits = { timeLimitSeconds: 20, mipRelGap: 0.01 };

/** Average floor of a plan (the objective, maximised). */
const valueOf = (pm: PlanningModel) => (x: readonly number[]) => -(planObjective(pm, x) ?? 0);

/**
 * The warm check at `larger` from the plan solveScenario delivers at `smaller`, checked against independent solves
 * (the max-min MIP to `mipGap`, or its best plan in 10 s); returns what it settled on.
 */
async function examine(county: County, smaller: Scenario, larger: Scenario, mipGap: number): Promise<'plan' | 'out of reach' | 'certified'> {
  const first = await solveScenario(county, smaller, { shadowPrices: false });
  expect(first.method).not.toBe('none');
  const pm = modelOf(county, larger);
  const start = await startPoint(pm, { actions: first.actions, rotations: first.rotations }, quality2017, highsSolver, limits);
  if (!('x' in start)) throw new Error(`the smaller budget's plan does not fit: ${start.misfit}`);
  const z = floorColumns(pm);
  const lp = await highsSolver.solve(relaxed(pm.model), limits);
  const top = z.map((j) => lp.values[j]!);
  const ceilings = await yearCeilings(pm, pm.model, highsSolver, limits, deadlineAfter(20));
  expect(ceilings).not.toBeNull();
  const value = valueOf(pm);
  const common = (theta: number) => top.map((v) => Math.min(v, theta));
  const from = Math.min(...planFloors(pm, start.x).filter((f, t) => f < top[t]! - 1e-12));
  const checked: number[][] = [];
  // The search's check without its shortcuts: the floor model with z_t fixed, solved to its first plan.
  const check = async (floors: number[]) => {
    checked.push(floors);
    const r = await highsSolver.solve(fixColumns(withObjective(pm.model, new LinExpr()), z, floors), { ...limits, firstSolution: true });
    return r.values.length > 0 ? r.values : r.status === 'infeasible' ? 'infeasible' as const : 'unknown' as const;
  };
  const warm = await warmCheck(pm, highsSolver, limits, deadlineAfter(20), { start: start.x, ceilings: ceilings!, common, from, hi: Math.max(...top), check, value });
  expect(warm).not.toBeNull();

  // The bound is at least every plan: the start, and the best plan of an independent max-min MIP.
  const mip = await highsSolver.solve(pm.model, { timeLimitSeconds: 10, mipRelGap: mipGap });
  expect(mip.values.length).toBeGreaterThan(0);
  expect(warm!.strong.bound).toBeGreaterThanOrEqual(value(mip.values) - 1e-9);
  expect(warm!.strong.bound).toBeGreaterThanOrEqual(value(start.x) - 1e-12);

  // One check at most; on these counties it settles where the search goes on.
  expect(checked.length).toBeLessThanOrEqual(1);
  expect(warm!.settled).toBe(true);
  if (warm!.plan) {
    const plan = warm!.plan;
    expect(checkFeasibility(pm.model, plan)).toEqual([]);
    planFloors(pm, plan).forEach((f, t) => expect(f).toBeGreaterThanOrEqual(checked[0]![t]! - 1e-6));
    expect(value(plan)).toBeGreaterThanOrEqual(warm!.strong.bound / (1 + limits.mipRelGap) - 1e-9);
    return 'plan';
  }
  if (warm!.outOfReach !== undefined) {
    expect(warm!.outOfReach).toBeGreaterThan(from);
    const full = await highsSolver.solve(fixColumns(pm.model, z, common(warm!.outOfReach)), limits);
    expect(full.status).toBe('infeasible');
    return 'out of reach';
  }
  // Settled without a check: the start itself is within the gap of the bound.
  expect(checked).toHaveLength(0);
  expect(value(start.x)).toBeGreaterThanOrEqual(warm!.strong.bound / (1 + limits.mipRelGap) - 1e-9);
  return 'certified';
}

describe('the warm check from a smaller budget\'s plan', () => {
  // At 1.65 × the floor of the best plan passes the standard in the last year (1.06): the bound's school-rule
  // cuts once cut that plan off (floor-bound.ts shortBelow).
  it.each([[1.1, 1.12], [1.6, 1.65]])('12 generated schools, %s → %s × the budget per student: a level out of reach, the bound above every plan', async (smaller, larger) => {
    const county = generateCounty({ schools: 12, seed: 5 });
    expect(await examine(county, scenarioAt(county, smaller), scenarioAt(county, larger), 1e-4)).toBe('out of reach');
  });

  it('the sample baseline\'s sweep, its 12th to 13th point: the check is the plan, certified by the bound', async () => {
    const { county } = await readCounty(new URL('../../../data/sample-county.csv', import.meta.url).pathname);
    const { scenario } = parseScenarioText(readFileSync(new URL('../../../scenarios/baseline.yaml', import.meta.url), 'utf8'), 'baseline.yaml');
    const total = scenario.budget.perYear.reduce((a, b) => a + b, 0);
    const points = sweepBudgets(scenario, 0.8 * total, 1.5 * total, 20);
    expect(await examine(county, points[11]!, points[12]!, 0.01)).toBe('plan');
  });
});
