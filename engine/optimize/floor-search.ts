/**
 * The floor objective (raise the lowest value/standard, averaged over the plan years) solved as a
 * parametric search over feasibility problems instead of one max-min MIP.
 *
 * Why: the max-min MIP has thousands of tied optima and its bound closes slowly (whole teachers and
 * m² make every school's ratio a step function of z, and z sits in every floor row). With the yearly
 * floors z_t *fixed* the rows become `amount ≥ f_t · need` with constant right-hand sides: presolve
 * rounds them up to whole units and a first feasible plan comes in a fraction of a second, and an
 * infeasible level is usually proved in presolve. So:
 *   1. LP relaxation of the floor model → per-year floors ẑ_t and the bound B = Σ ẑ_t / T;
 *   2. bisection on a common level θ with f_t = min(θ, ẑ_t): "is there a plan with floor_t ≥ f_t?",
 *      each check warm-started with the last feasible plan as a MIP start, and the lower end moved up
 *      at once to what that plan already achieves;
 *   3. the result is the last feasible plan, and the model with z_t fixed at its floors is the model
 *      the tie-break (cost, shortfall) is solved on, so the tie-break cannot lower the floor.
 * The reported gap is against B (a valid bound for every plan), improved by a short max-min MIP
 * started from the plan when time is left.
 */
import { relaxed, withObjective, type PlanningModel } from '../model/build.ts';
import type { LpModel, Solver } from '../solve/model.ts';
import { fixColumns, heuristicPlan, RELAXATION_SECONDS, remaining, rescuePlan, type Deadline } from './heuristic.ts';
import { planFloors } from './plan-objective.ts';
import type { Limits, StageResult } from './stages.ts';

/** Share of the time limit one MIP feasibility check may take once a plan is known. */
const MIP_CHECK_SHARE = 0.1;

export interface FloorSearch {
  stage: StageResult;
  /** The floor model with z_t fixed at the plan's floors (for the tie-break). */
  model: LpModel;
  /** Upper bound on the objective Σ z_t / T (LP relaxation, or the max-min MIP's bound). */
  bound: number;
  /** Feasibility checks run. */
  checks: number;
}

/** z_t column per plan year: the terms of the floor objective (−1/T each). */
function floorColumns(pm: PlanningModel): number[] {
  return [...pm.objective.terms.keys()];
}

export async function searchFloor(pm: PlanningModel, solver: Solver, limits: Limits, deadline: Deadline): Promise<FloorSearch> {
  const z = floorColumns(pm);
  const T = z.length;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  // The relaxation always gets the whole limit (at least RELAXATION_SECONDS): without it there is neither
  // a bound nor a heuristic plan.
  const lp = await solver.solve(relaxed(pm.model), { ...limits, timeLimitSeconds: Math.max(limits.timeLimitSeconds, RELAXATION_SECONDS) });
  const none = (result = lp): FloorSearch => ({ stage: { result, x: null, method: 'none', seconds: seconds() }, model: pm.model, bound: NaN, checks: 0 });
  if (process.env.JUNHENG_DEBUG) console.error('floor LP', lp.status, lp.seconds.toFixed(2), lp.message);
  if (lp.status !== 'optimal') return none();
  const top = z.map((j) => lp.values[j]!);
  let bound = top.reduce((a, b) => a + b, 0) / T;
  const levels = (theta: number) => top.map((v) => Math.min(v, theta));
  const costAt = (theta: number) => fixColumns(withObjective(pm.model, pm.cost), z, levels(theta));
  // "Is there a plan with floor_t ≥ min(θ, ẑ_t)?" First the relaxation rounded and repaired (fast, and an
  // infeasible relaxation proves the level out of reach); when that finds nothing, the MIP itself.
  const check = async (theta: number, start: readonly number[] | null, mipSeconds: number): Promise<number[] | 'infeasible' | 'unknown'> => {
    const model = costAt(theta);
    const lpAt = await solver.solve(relaxed(model), { ...limits, timeLimitSeconds: remaining(deadline) });
    if (lpAt.status === 'infeasible') return 'infeasible';
    if (lpAt.status !== 'optimal') return 'unknown';
    const h = await heuristicPlan(pm, solver, limits, deadline, { model, relaxation: lpAt.values });
    if (h || mipSeconds <= 0) return h ?? 'unknown';
    const r = await solver.solve(model, { ...limits, timeLimitSeconds: Math.min(remaining(deadline), mipSeconds), firstSolution: true, ...(start ? { start } : {}) });
    return r.values.length > 0 ? r.values : r.status === 'infeasible' ? 'infeasible' : 'unknown';
  };
  // The level a plan already reaches: the largest θ with min(θ, ẑ_t) ≤ its floor_t for every year.
  const reached = (x: readonly number[]) => Math.min(...planFloors(pm, x).map((a, t) => (a >= top[t]! - 1e-12 ? Infinity : a)));

  let best: number[] | null = null;
  let method: StageResult['method'] = 'mip';
  let hi = Math.max(...top);
  let lo = 0;
  let checks = 0;
  let timedOut = false;
  const tol = Math.max(1e-3, limits.mipRelGap / 4);
  // First any plan meeting the targets (θ = 0; by the MIP when rounding fails: always a plan), then bisect.
  for (let theta = 0; ; theta = (lo + hi) / 2) {
    // Without a plan yet the MIP may use all the time; later a MIP check gets a share of the limit.
    const r = await check(theta, best, best ? MIP_CHECK_SHARE * limits.timeLimitSeconds : Infinity);
    checks++;
    if (process.env.JUNHENG_DEBUG) console.error('floor check', theta.toFixed(5), typeof r === 'string' ? r : 'plan', seconds().toFixed(2), lo.toFixed(5), hi.toFixed(5));
    if (typeof r !== 'string') {
      best = r;
      lo = Math.max(theta, Math.min(hi, reached(best)));
    } else if (theta === 0 && !best) {
      if (r === 'infeasible') return none({ ...lp, status: 'infeasible', values: [] });
      const h = await rescuePlan(pm, solver, limits, lp.values);
      if (!h) return none({ ...lp, status: 'timeout', values: [], message: 'no integer plan within the time limit' });
      best = h;
      method = 'lp-round-repair';
      lo = Math.min(hi, reached(best));
    } else {
      hi = theta;
      if (r === 'unknown') timedOut = true;
    }
    if (best && (hi - lo <= tol * Math.max(Math.abs(lo), 1e-3) || remaining(deadline) <= 0.02)) break;
  }
  // Time left: the max-min MIP from this plan, for a better bound (and perhaps a better plan).
  const polishSeconds = Math.min(remaining(deadline), Math.max(0.3, seconds()));
  if (polishSeconds > 0.1 && pm.model.variables.some((v) => v.integer)) {
    const r = await solver.solve(pm.model, { ...limits, timeLimitSeconds: polishSeconds, start: fixedZ(pm, best) });
    if (process.env.JUNHENG_DEBUG) console.error('polish', polishSeconds.toFixed(2), r.status, r.bound, r.objective, bound);
    if (r.bound !== undefined && Number.isFinite(r.bound)) bound = Math.min(bound, -r.bound);
    if (r.values.length > 0 && pm.objective.value(r.values) < pm.objective.value(fixedZ(pm, best)) - 1e-12) best = r.values;
  }
  const floors = planFloors(pm, best);
  const x = fixedZ(pm, best);
  const value = floors.reduce((a, b) => a + b, 0) / T;
  const gap = Math.max(0, (bound - value) / Math.max(Math.abs(value), 1e-9));
  const status = timedOut && gap > limits.mipRelGap ? 'timeout' : 'optimal';
  const result = { status, objective: -value, values: x, solver: solver.name, seconds: seconds(), mipGap: gap, bound: -bound } as const;
  return {
    stage: { result: { ...result }, x, method: method === 'mip' && status === 'timeout' ? 'mip-incumbent' : method, seconds: seconds() },
    model: fixColumns(pm.model, z, floors), bound, checks,
  };
}

/** x with each z_t set to the plan's floor in year t (what the plan achieves, not what the check asked for). */
function fixedZ(pm: PlanningModel, x: readonly number[]): number[] {
  const out = [...x];
  const floors = planFloors(pm, x);
  floorColumns(pm).forEach((j, t) => (out[j] = floors[t]!));
  return out;
}
