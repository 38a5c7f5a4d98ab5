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
import type { LpModel, SolveResult, Solver } from '../solve/model.ts';
import { fixColumns, heuristicPlan, RELAXATION_SECONDS, remaining, rescuePlan, type Deadline } from './heuristic.ts';
import { planFloors, planObjective } from './plan-objective.ts';
import type { Limits, StageResult } from './stages.ts';

/** Share of the time limit one MIP feasibility check may take once a plan is known. */
const MIP_CHECK_SHARE = 0.05;

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

/** `start`: a plan of this model (warm-start.ts) to begin from: the first incumbent instead of the floors-free check. */
export async function searchFloor(pm: PlanningModel, solver: Solver, limits: Limits, deadline: Deadline, start?: readonly number[]): Promise<FloorSearch> {
  const z = floorColumns(pm);
  const T = z.length;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const costModel = withObjective(pm.model, pm.cost);
  const search = { best: null as number[] | null, checks: 0, timedOut: false, relaxation: undefined as number[] | undefined };
  // "Is there a plan with floor_t ≥ f_t?" First the relaxation rounded and repaired (fast, and an infeasible
  // relaxation proves the levels out of reach); when that finds nothing, the MIP for a share of the limit.
  const check = async (f: number[], mip = true): Promise<number[] | 'infeasible' | 'unknown'> => {
    search.checks++;
    const model = fixColumns(costModel, z, f);
    const lpAt = await solver.solve(relaxed(model), { ...limits, timeLimitSeconds: remaining(deadline) });
    if (lpAt.status === 'infeasible') return 'infeasible';
    if (lpAt.status !== 'optimal') return 'unknown';
    search.relaxation = lpAt.values;
    const h = await heuristicPlan(pm, solver, limits, deadline, { model, relaxation: lpAt.values, firstPlan: !search.best });
    if (h || !mip) return h ?? 'unknown';
    const mipSeconds = search.best ? MIP_CHECK_SHARE * limits.timeLimitSeconds : Infinity;
    const r = await solver.solve(model, { ...limits, timeLimitSeconds: Math.min(remaining(deadline), mipSeconds), firstSolution: true, ...(search.best ? { start: search.best } : {}) });
    return r.values.length > 0 ? r.values : r.status === 'infeasible' ? 'infeasible' : 'unknown';
  };
  /** Bisection on θ for levels(θ) in [lo, hi]; `reached` lifts lo to what a found plan already achieves. */
  const bisect = async (levels: (theta: number) => number[], lo: number, hi: number, reached: (floors: number[]) => number, mip: boolean) => {
    const tol = Math.max(1e-3, limits.mipRelGap / 4);
    while (hi - lo > tol * Math.max(Math.abs(lo), 1e-3) && remaining(deadline) > 0.02) {
      const theta = (lo + hi) / 2;
      const r = await check(levels(theta), mip);
      if (typeof r !== 'string') {
        search.best = r;
        lo = Math.max(theta, Math.min(hi, reached(planFloors(pm, r))));
      } else {
        hi = theta;
        if (r === 'unknown' && mip) search.timedOut = true;
      }
    }
    return lo;
  };

  const none = (result: SolveResult): FloorSearch => ({ stage: { result, x: null, method: 'none', seconds: seconds() }, model: pm.model, bound: NaN, checks: search.checks });
  /** The plan as the stage result: objective and gap from its own floors; z_t fixed there for the tie-break. */
  const finish = (best: number[], method: StageResult['method'], bound: number | undefined): FloorSearch => {
    const floors = planFloors(pm, best);
    const x = fixedZ(pm, best);
    const value = floors.reduce((a, b) => a + b, 0) / T;
    const gap = bound === undefined ? undefined : Math.max(0, (bound - value) / Math.max(Math.abs(value), 1e-9));
    const status = search.timedOut && (gap === undefined || gap > limits.mipRelGap) ? 'timeout' : 'optimal';
    const result: SolveResult = { status, objective: -value, values: x, solver: solver.name, seconds: seconds(), ...(gap !== undefined ? { mipGap: gap, bound: -bound! } : {}) };
    return {
      stage: { result, x, method: method === 'mip' && status === 'timeout' ? 'mip-incumbent' : method, seconds: seconds() },
      model: fixColumns(pm.model, z, floors), bound: bound ?? NaN, checks: search.checks,
    };
  };

  // Any plan meeting the targets (floors free), by the MIP when rounding fails: always a plan.
  let method: StageResult['method'] = 'mip';
  const first = start ? [...start] : await check(z.map(() => 0));
  if (typeof first !== 'string') search.best = first;
  else if (first === 'infeasible') return none({ status: 'infeasible', objective: NaN, values: [], solver: solver.name, seconds: seconds() });
  else {
    search.timedOut = true;
    // On the floors-free model (a plan of it is a plan of the floor model), from its relaxation when solved.
    const zero = fixColumns(costModel, z, z.map(() => 0));
    search.best = await rescuePlan(pm, solver, limits, { model: zero, ...(search.relaxation ? { relaxation: search.relaxation } : {}) });
    if (!search.best) return none({ status: 'timeout', objective: NaN, values: [], solver: solver.name, seconds: seconds(), message: 'no integer plan within the time limit' });
    method = 'lp-round-repair';
  }
  // The relaxation of the max-min model: per-year ẑ_t (where the search aims) and the bound. It always gets
  // RELAXATION_SECONDS at least; without it the plan found so far stands, with no bound.
  const lp = await solver.solve(relaxed(pm.model), { ...limits, timeLimitSeconds: Math.max(remaining(deadline), RELAXATION_SECONDS) });
  if (lp.status !== 'optimal') {
    search.timedOut = true;
    return finish(search.best, method, undefined);
  }
  const top = z.map((j) => lp.values[j]!);
  // Phase 1: one common level θ for every year (capped at the relaxation's ẑ_t).
  const common = (theta: number) => top.map((v) => Math.min(v, theta));
  const level = (floors: number[]) => Math.min(...floors.map((a, t) => (a >= top[t]! - 1e-12 ? Infinity : a)));
  const reachedLevel = await bisect(common, Math.min(Math.max(...top), level(planFloors(pm, search.best))), Math.max(...top), level, true);
  // Phase 2: a year above the common level (another year held θ down) and below its ẑ_t is raised alone,
  // the others held at what the plan reaches (rounding checks only).
  for (let t = 0; t < T; t++) {
    const floors = planFloors(pm, search.best!);
    if (floors[t]! <= reachedLevel * (1 + 1e-3) || floors[t]! >= top[t]! - 1e-9) continue;
    const held = (theta: number) => floors.map((a, s) => (s === t ? theta : a));
    await bisect(held, floors[t]!, top[t]!, (f) => f[t]!, false);
  }
  let best = search.best!;
  // Time left: the max-min MIP from this plan, for a better bound (and perhaps a better plan).
  let bound = top.reduce((a, b) => a + b, 0) / T;
  const polishSeconds = Math.min(remaining(deadline), Math.max(0.3, seconds() / 2));
  if (polishSeconds > 0.1) {
    const r = await solver.solve(pm.model, { ...limits, timeLimitSeconds: polishSeconds, start: fixedZ(pm, best) });
    if (r.bound !== undefined && Number.isFinite(r.bound)) bound = Math.min(bound, -r.bound);
    if (r.values.length > 0 && (planObjective(pm, r.values) ?? 0) < (planObjective(pm, best) ?? 0) - 1e-12) best = r.values;
  }
  return finish(best, method, bound);
}

/** x with each z_t set to the plan's floor in year t (what the plan achieves, not what the check asked for). */
function fixedZ(pm: PlanningModel, x: readonly number[]): number[] {
  const out = [...x];
  const floors = planFloors(pm, x);
  floorColumns(pm).forEach((j, t) => (out[j] = floors[t]!));
  return out;
}
