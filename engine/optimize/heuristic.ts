/**
 * Always a plan: the primary solve within one time budget. The MIP runs for part of the budget; when
 * it has no plan by then, the LP relaxation is rounded and repaired (schools closest to passing chosen
 * to pass, decisions rounded to whole units, the rest re-solved) and that plan is handed to the MIP as
 * a start for the rest of the budget. Whenever the relaxation is feasible and the repair succeeds the
 * result has a plan, never `method: none`.
 */
import { relaxed, type PlanningModel } from '../model/build.ts';
import { isMip, type LpModel, type SolveResult, type Solver } from '../solve/model.ts';
import { choosePasses, roundPlan } from './repair.ts';
import type { Limits, StageResult } from './stages.ts';

/** Seconds the LP relaxation may always take, however short the scenario's limit: every plan starts from it. */
export const RELAXATION_SECONDS = 10;

/** performance.now() by which the primary solve must be done (ms). */
export type Deadline = number;

export function deadlineAfter(seconds: number): Deadline {
  return performance.now() + seconds * 1000;
}

/** Seconds left before the deadline (at least a sliver, so every solver call still gets a valid limit). */
export function remaining(deadline: Deadline): number {
  return Math.max(0.01, (deadline - performance.now()) / 1000);
}

/** The model with some columns fixed (a copy). */
export function fixColumns(model: LpModel, columns: readonly number[], values: readonly number[]): LpModel {
  const at = new Map(columns.map((j, k) => [j, values[k]!]));
  return { ...model, variables: model.variables.map((v, j) => (at.has(j) ? { ...v, lb: at.get(j)!, ub: at.get(j)! } : v)) };
}

function fixMap(model: LpModel, values: ReadonlyMap<number, number>): LpModel {
  return fixColumns(model, [...values.keys()], [...values.values()]);
}

export interface HeuristicOptions {
  /** The model to find a plan of (default pm.model, e.g. the floor search's model with floors fixed). */
  model?: LpModel;
  /** Its LP relaxation's solution, when already solved. */
  relaxation?: readonly number[];
  /** No plan is known yet: the first pass choice may take most of the time left. */
  firstPlan?: boolean;
}

/** Share of the time left the first pass choice's MIP gets when no plan is known yet. */
const FIRST_PLAN_SHARE = 0.7;

/**
 * LP relaxation → who passes (repair.ts choosePasses) → relaxation with those fixed → whole decisions
 * (nearest, then up) → the rest (rotations, continuous columns) solved. The first feasible plan, or null.
 */
export async function heuristicPlan(pm: PlanningModel, solver: Solver, limits: Limits, deadline: Deadline, options: HeuristicOptions = {}): Promise<number[] | null> {
  const within = () => ({ ...limits, timeLimitSeconds: remaining(deadline) });
  const model = options.model ?? pm.model;
  let lpX = options.relaxation;
  if (!lpX) {
    const lp = await solver.solve(relaxed(model), { ...limits, timeLimitSeconds: Math.max(remaining(deadline), RELAXATION_SECONDS) });
    if (lp.status !== 'optimal') return null;
    lpX = lp.values;
  }
  // Who passes: by the rough cost of passing, then by the relaxation's own choice. With that fixed the rest
  // is a MIP with no binaries whose rows presolve rounds to whole units: quick to a first plan.
  let fallback: { passes: Map<number, number>; values: number[] } | null = null;
  for (const by of ['cost', 'relaxation'] as const) {
    const passes = choosePasses(pm, lpX, by);
    const chosen = passes.size > 0 ? await solver.solve(relaxed(fixMap(model, passes)), within()) : null;
    if (chosen?.status !== 'optimal') continue;
    fallback ??= { passes, values: chosen.values };
    // A share of the limit: a pass choice that needs long to complete is better dropped for the next one. The
    // first plan of a solve gets most of what is left instead: on large counties (2,000 schools) completing
    // the first choice takes longer than a tenth of the limit, and without it there is no plan at all.
    const share = Math.max(1, HEURISTIC_MIP_SHARE * limits.timeLimitSeconds);
    const cap = Math.min(remaining(deadline), options.firstPlan && by === 'cost' ? Math.max(share, FIRST_PLAN_SHARE * remaining(deadline)) : share);
    const r = await solver.solve(fixMap(model, passes), { ...limits, timeLimitSeconds: cap, firstSolution: true, start: chosen.values });
    if (r.values.length > 0) return r.values;
    if (remaining(deadline) <= 0.02 || passes.size === 0) return null;
  }
  // Last resort: every whole decision rounded up from the relaxation, the rest (rotations) re-solved.
  const { x, decisions } = roundPlan(pm, fallback?.values ?? lpX, 'up');
  const values = new Map([...(fallback?.passes ?? []), ...[...decisions].map((j) => [j, x[j]!] as const)]);
  const repaired = await solver.solve(fixMap(model, values), { ...within(), firstSolution: true });
  if (repaired.values.length > 0) return repaired.values;
  return null;
}

/**
 * A plan when the deadline passed without one: the rounding heuristic, else the MIP as a pure feasibility
 * problem stopped at its first plan; together they get one more limit (at least RELAXATION_SECONDS).
 */
export async function rescuePlan(pm: PlanningModel, solver: Solver, limits: Limits, options: Omit<HeuristicOptions, 'firstPlan'> = {}): Promise<number[] | null> {
  const deadline = deadlineAfter(Math.max(limits.timeLimitSeconds, RELAXATION_SECONDS));
  const h = await heuristicPlan(pm, solver, limits, deadline, { ...options, firstPlan: true });
  if (h) return h;
  const model = options.model ?? pm.model;
  const feasibility = { ...model, objectiveConstant: 0, variables: model.variables.map((v) => ({ ...v, cost: 0 })) };
  const r = await solver.solve(feasibility, { ...limits, timeLimitSeconds: remaining(deadline), firstSolution: true });
  return r.values.length > 0 ? r.values : null;
}

/** Share of the time limit the heuristic's MIP (who passes fixed) may take. */
const HEURISTIC_MIP_SHARE = 0.1;

/** Share of the time budget the MIP gets before the heuristic steps in. */
const FIRST_SHARE = 0.4;

/**
 * Minimise the model's objective within the deadline, with a heuristic start when the MIP has no plan in time.
 * `warm`: a plan of this model (warm-start.ts), handed to the MIP as its start.
 */
export async function solvePrimary(pm: PlanningModel, solver: Solver, limits: Limits, deadline: Deadline, warm?: readonly number[]): Promise<StageResult> {
  const started = performance.now();
  const model = pm.model;
  const done = (result: SolveResult, x: number[] | null, method: StageResult['method']): StageResult =>
    ({ result, x, method, seconds: (performance.now() - started) / 1000 });
  if (!isMip(model)) {
    const r = await solver.solve(model, { ...limits, timeLimitSeconds: remaining(deadline) });
    return done(r, r.status === 'optimal' || (r.status === 'timeout' && r.values.length > 0) ? r.values : null, r.values.length > 0 ? 'lp' : 'none');
  }
  const first = await solver.solve(model, { ...limits, timeLimitSeconds: remaining(deadline) * FIRST_SHARE, ...(warm ? { start: warm } : {}) });
  if (first.status === 'optimal') return done(first, first.values, 'mip');
  if (first.status !== 'timeout') return done(first, null, 'none');
  let start: number[] | null = first.values.length > 0 ? first.values : null;
  let method: StageResult['method'] = 'mip-incumbent';
  if (!start) {
    start = await rescuePlan(pm, solver, limits);
    method = 'lp-round-repair';
  }
  if (!start) return done({ ...first, message: 'no integer plan within the time limit, and rounding the LP relaxation did not give one' }, null, 'none');
  const second = await solver.solve(model, { ...limits, timeLimitSeconds: remaining(deadline), start });
  // Both runs bound the same model: keep the stronger bound (minimising: the larger).
  const bounds = [first.bound, second.bound].filter((b): b is number => b !== undefined && Number.isFinite(b));
  const bound = bounds.length > 0 ? { bound: Math.max(...bounds) } : {};
  if (second.values.length > 0 && (second.status === 'optimal' || second.status === 'timeout')) {
    return done({ ...second, ...bound }, second.values, second.status === 'optimal' ? 'mip' : 'mip-incumbent');
  }
  const objective = pm.objective.value(start);
  return done({ ...first, ...bound, status: 'timeout', objective, values: start, message: 'time limit reached; the plan is the MIP start' }, start, method);
}
