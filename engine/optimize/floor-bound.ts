/**
 * A bound on the floor objective that whole units cannot fool: the max-min relaxation strengthened with
 * cuts that hold for every plan at least as good as the incumbent (value v, the average floor).
 *
 * Why: the plain relaxation buys fractions of a teacher or room at every school near the floor and lets a
 * passing school spread its 0.15 allowance over several indicators, so on the sample baseline it stays
 * 3 % above the best plan and no search on the primal side can close a 1 % gap against it. Every plan with
 * average floor ≥ v has, per year, z_t ≥ L_t = T·v − Σ_{s≠t} U_s (U_s: an upper bound on z_s), and on that
 * set three families of cuts are valid:
 *   - rounding (Chvátal–Gomory): a ratio row made only of whole units with one step size a,
 *     c + a·Σ ±x_j ≥ z_t ≥ L_t, gives Σ ±x_j ≥ ⌈(L_t − c)/a⌉ = k₀;
 *   - one step up: with z₀ = c + a·k₀ < U_t < z₀ + a (the next step lies above every reachable floor),
 *     z_t ≤ z₀ + (Σ ±x_j − k₀)(U_t − z₀): a floor above z₀ needs the whole next unit, not a fraction of it;
 *   - the school rule at the floor: with shortfalls s_k ≥ 1 − ratio_k, a passing part leaves at most `spare`
 *     indicators short, each by at most 1 − z_t (every ratio is ≥ z_t), a failing one all F:
 *     Σ s_k ≤ spare·(1 − z_t) + (F − spare)(1 − L_t)(1 − pass) and Σ s_k ≤ F(1 − z_t) − (F − spare)(1 − U_t)·pass;
 *     where the floor may pass the standard (U_t > 1) no indicator is short at z_t ≥ 1, and 1 − z_t is replaced
 *     by a line above max(0, 1 − z_t) on [L_t, U_t] (shortBelow; with 1 − z_t those rows cut off such plans).
 * The bound reported is max(v, the strengthened relaxation's optimum), valid for every plan. L and U feed
 * each other (tighter ceilings from the strengthened model raise L), so a few rounds are run.
 */
import { relaxed, withObjective, type PlanningModel } from '../model/build.ts';
import { LinExpr } from '../model/linear.ts';
import { ratioExpr } from '../model/targets.ts';
import type { LpConstraint, LpModel, LpVariable, Solver } from '../solve/model.ts';
import { remaining, type Deadline } from './heuristic.ts';
import type { Limits } from './stages.ts';

/** Slack on derived floor bounds and roundings: the LPs behind them are solved to about 1e-7. */
const SAFETY = 1e-6;

export interface FloorCuts {
  /** pm.model (integer columns as there) with the cuts, the extra shortfall columns and z_t ∈ [L_t, U_t]. */
  model: LpModel;
  lower: number[];
  upper: number[];
  /** A plan of pm.model (z_t at its floors) as a point of the cut model (shortfall columns filled in). */
  extend(x: readonly number[]): number[];
}

/** z_t column per plan year (the terms of the floor objective). */
export function floorColumns(pm: PlanningModel): number[] {
  return [...pm.objective.terms.keys()];
}

/**
 * Per year the highest z_t of `model`'s relaxation (other years free); null when one is not solved. `duals`, when
 * given, receives each year's LP row duals (of min −z_t; empty when the solver gives none) for ceiling-memo.ts.
 */
export async function yearCeilings(pm: PlanningModel, model: LpModel, solver: Solver, limits: Limits, deadline: Deadline, duals?: number[][]): Promise<number[] | null> {
  const out: number[] = [];
  for (const j of floorColumns(pm)) {
    const r = await solver.solve(relaxed(withObjective(model, new LinExpr().add(j, -1))), { ...limits, timeLimitSeconds: remaining(deadline) });
    if (r.status === 'infeasible') out.push(-Infinity);
    else if (r.status !== 'optimal') return null;
    else out.push(-r.objective + SAFETY);
    duals?.push(r.rowDuals ?? []);
  }
  return out;
}

/** L_t: the lowest z_t a plan with average floor ≥ v can have, given the ceilings U. */
export function lowerFloors(v: number, upper: readonly number[]): number[] {
  const T = upper.length;
  const sum = upper.reduce((a, b) => a + b, 0);
  return upper.map((u) => Math.max(0, T * v - (sum - u) - SAFETY));
}

export function floorCutModel(pm: PlanningModel, lower: readonly number[], upper: readonly number[]): FloorCuts {
  const { ctx, model } = pm;
  const z = floorColumns(pm);
  const variables: LpVariable[] = model.variables.map((v, j) => {
    const t = z.indexOf(j);
    return t < 0 ? v : { ...v, lb: lower[t]!, ub: Math.max(lower[t]!, upper[t]!) };
  });
  const rows: LpConstraint[] = [...model.constraints];
  /** Shortfall columns: [column, ratio expression] for extend(). */
  const shortfalls: [number, LinExpr][] = [];
  const rule = ctx.standard.schoolRule;
  for (let t = 0; t < ctx.T; t++) {
    const [L, U] = [lower[t]!, upper[t]!];
    ctx.parts.forEach((part, pi) => {
      if (!part.included[t]) return;
      const fallible: LinExpr[] = [];
      for (const ind of ctx.judged(part)) {
        const ratio = ratioExpr(ctx, pi, ind.key, t);
        if (!ratio) continue;
        roundingCuts(model, ratio, z[t]!, L, U, rows);
        if (lowest(model, ratio) < 1) fallible.push(ratio);
      }
      const pass = ctx.passColumns?.part[pi]?.[t] ?? -1;
      const spare = rule ? Math.max(0, ctx.judged(part).length - rule.minMet) : 0;
      const F = fallible.length;
      if (!rule || pass < 0 || model.variables[pass]!.ub === 0 || spare >= F || U <= rule.otherMinRatio) return;
      const sum: [number, number][] = fallible.map((ratio) => {
        const j = variables.length;
        variables.push({ name: `floorShortfall[${j}]`, lb: 0, ub: Math.max(0, 1 - L), cost: 0 });
        rows.push({ name: `floorShortfallDef[${j}]`, terms: [...ratio.terms, [j, 1]], lb: 1 - ratio.constant, ub: Infinity });
        shortfalls.push([j, ratio]);
        return [j, 1];
      });
      // Each shortfall is at most max(0, 1 − z_t) ≤ α − β·z_t on [L, U] (shortBelow).
      const { alpha, beta } = shortBelow(L, U);
      const k = (F - spare) * Math.max(0, 1 - L);
      rows.push({ name: `floorRuleCut[${pi},${t}]`, terms: [...sum, [z[t]!, spare * beta], [pass, k]], lb: -Infinity, ub: spare * alpha + k });
      rows.push({ name: `floorRuleCap[${pi},${t}]`, terms: [...sum, [z[t]!, F * beta], [pass, (F - spare) * Math.max(0, 1 - U)]], lb: -Infinity, ub: F * alpha });
    });
  }
  const extend = (x: readonly number[]): number[] => {
    const out = [...x];
    for (const [j, ratio] of shortfalls) out[j] = Math.min(variables[j]!.ub, Math.max(0, 1 - ratio.value(x)));
    return out;
  };
  return { model: { ...model, variables, constraints: rows }, lower: [...lower], upper: [...upper], extend };
}

/**
 * A line α − β·z on or above max(0, 1 − z) (the most an indicator can be short when every ratio is ≥ z) for z in
 * [L, U]: 1 − z itself while U ≤ 1; the chord to (U, 0) when the floor may pass the standard (U > 1: there no
 * indicator is short, and 1 − z < 0 would cut off plans; found on a 12-school county at 1.65 × the baseline's
 * budget per student, whose best plan has floor 1.06 in its last year); 0 when L ≥ 1.
 */
export function shortBelow(L: number, U: number): { alpha: number; beta: number } {
  if (U <= 1) return { alpha: 1, beta: 1 };
  if (L >= 1) return { alpha: 0, beta: 0 };
  const beta = (1 - L) / (U - L);
  return { alpha: beta * U, beta };
}

/** Lowest value of an expression within the column bounds. */
function lowest(model: LpModel, e: LinExpr): number {
  let lo = e.constant;
  for (const [j, a] of e.terms) lo += a * (a > 0 ? model.variables[j]!.lb : model.variables[j]!.ub);
  return lo;
}

/** The rounding and one-step-up cuts of one ratio row (whole units of one step size only). */
function roundingCuts(model: LpModel, ratio: LinExpr, zt: number, L: number, U: number, rows: LpConstraint[]): void {
  const terms = [...ratio.terms];
  if (terms.length === 0 || !terms.every(([j]) => model.variables[j]!.integer)) return;
  const a = Math.abs(terms[0]![1]);
  if (!terms.every(([, c]) => Math.abs(Math.abs(c) - a) <= 1e-12 * a)) return;
  const units = (L - ratio.constant) / a;
  const k0 = Math.ceil(units - SAFETY);
  if (k0 - units < SAFETY) return;
  const signs = terms.map(([j, c]): [number, number] => [j, Math.sign(c)]);
  rows.push({ name: 'floorRounding', terms: signs, lb: k0, ub: Infinity });
  const z0 = ratio.constant + k0 * a;
  if (z0 >= U || z0 + a <= U) return;
  // z_t − (U − z₀)·Σ ±x_j ≤ z₀ − k₀(U − z₀)
  const step = U - z0;
  rows.push({ name: 'floorStep', terms: [[zt, 1], ...signs.map(([j, s]): [number, number] => [j, -s * step])], lb: -Infinity, ub: z0 - k0 * step });
}

export interface FloorBound {
  bound: number;
  cuts: FloorCuts;
  /** z_t of the strengthened relaxation's optimum (where a search for better plans may aim); null when infeasible. */
  levels: number[] | null;
}

/**
 * The strengthened bound for incumbent value v (average floor), from the ceilings U of the plain
 * relaxation: up to `rounds` rounds of cut model → relaxation (bound) → tighter ceilings. Stops once the
 * bound is within `gap` of v. null when a relaxation is not solved in time.
 */
export async function strengthenedBound(pm: PlanningModel, solver: Solver, limits: Limits, deadline: Deadline, v: number, ceilings: readonly number[], rounds = 3, gap = limits.mipRelGap): Promise<FloorBound | null> {
  let upper = [...ceilings];
  let best: FloorBound | null = null;
  for (let round = 0; round < rounds; round++) {
    const cuts = floorCutModel(pm, lowerFloors(v, upper), upper);
    const lp = await solver.solve(relaxed(cuts.model), { ...limits, timeLimitSeconds: remaining(deadline) });
    if (lp.status !== 'optimal' && lp.status !== 'infeasible') return best;
    // Infeasible: no plan beats v, so v is the bound.
    const bound: number = lp.status === 'infeasible' ? v : Math.max(v, Math.min(best?.bound ?? Infinity, -lp.objective + SAFETY));
    best = { bound, cuts, levels: lp.status === 'optimal' ? floorColumns(pm).map((j) => lp.values[j]!) : null };
    if (bound - v <= gap * Math.abs(v) || round === rounds - 1) break;
    const next = await yearCeilings(pm, cuts.model, solver, limits, deadline);
    if (!next) break;
    const tighter = next.map((u, t) => Math.min(u, upper[t]!));
    if (tighter.every((u, t) => u > upper[t]! - 1e-4)) break;
    upper = tighter;
  }
  return best;
}

/**
 * The highest common level θ the strengthened relaxation allows on the search path f_t = min(θ, caps_t)
 * above `from`: where the bisection for plans need not look beyond. Segment by segment between the caps
 * (a year whose cap is passed is held at it), from the highest: the levels the relaxation allows on the
 * path form an interval (the path only rises), so the first segment with a feasible LP holds the answer,
 * and it mostly is the highest (on the 200-school bench county one LP of 0.3 s instead of two, 0.54 s).
 * A heuristic limit for the search, not a bound (the bound is strengthenedBound's). null when a relaxation
 * is not solved.
 */
export async function commonCeiling(cuts: FloorCuts, z: readonly number[], caps: readonly number[], from: number, solver: Solver, limits: Limits, deadline: Deadline): Promise<number | null> {
  const base = relaxed(cuts.model);
  const theta = base.variables.length;
  const ends = [...new Set(caps.filter((c) => c > from))].sort((a, b) => a - b);
  for (let s = ends.length - 1; s >= 0; s--) {
    const [lower, upper] = [s === 0 ? from : ends[s - 1]!, ends[s]!];
    const variables = base.variables.map((v) => ({ ...v, cost: 0 }));
    z.forEach((j, t) => {
      if (caps[t]! <= lower) variables[j] = { ...variables[j]!, lb: Math.max(variables[j]!.lb, caps[t]!) };
    });
    variables.push({ name: 'commonLevel', lb: lower, ub: upper, cost: -1 }); // minimised: θ as high as it goes
    const rows = z.flatMap((j, t): LpConstraint[] => (caps[t]! > lower ? [{ name: `commonLevel[${t}]`, terms: [[j, 1], [theta, -1]], lb: 0, ub: Infinity }] : []));
    const r = await solver.solve({ ...base, sense: 'min', objectiveConstant: 0, variables, constraints: [...base.constraints, ...rows] }, { ...limits, timeLimitSeconds: remaining(deadline) });
    if (r.status === 'optimal') return r.values[theta]!;
    if (r.status !== 'infeasible') return null;
  }
  return from;
}
