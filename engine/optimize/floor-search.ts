/**
 * The floor objective (raise the lowest value/standard, averaged over the plan years) solved as a
 * search over feasibility problems against a strengthened bound, instead of one max-min MIP.
 *
 * Why: the max-min MIP has thousands of tied optima and its bound closes slowly (whole teachers and
 * m² make every school's ratio a step function of z, and z sits in every floor row). With the yearly
 * floors z_t *fixed* the rows become `amount ≥ f_t · need` with constant right-hand sides: presolve
 * rounds them up to whole units and a first feasible plan comes in a fraction of a second, and an
 * infeasible level is often proved in presolve. The plain relaxation's bound is too weak to certify a
 * 1 % gap (whole units again), so the bound comes from floor-bound.ts. So:
 *   1. relaxation of the floor model → per-year ẑ_t and the bound B; each year's ceiling U_t;
 *   2. one probe just below the strengthened relaxation's highest common level, else any plan meeting
 *      the targets (always a plan);
 *   3. the strengthened bound for that plan; while the gap is wider than asked, bisection on a common
 *      level θ with f_t = min(θ, ẑ_t) ("is there a plan with floor_t ≥ f_t?", the lower end moved at once
 *      to what a found plan achieves, stopped as soon as the plan is within the gap; each check at the
 *      midpoint or, lower, at the level whose plan would be within the gap of the current bound; left for
 *      the polish below as soon as the plan is within twice the gap, since its bound may end the search
 *      there: 200-school bench county 8.7–9.1 s → 7.0–7.4 s); once narrow, the
 *      later years alone (the common level stops at the first year short of its own ceiling, and later
 *      years have had more money: on the 200-school bench county the bound allows year 3 about 0.01 above
 *      year 2), then the max-min MIP on the strengthened model from the plan;
 *   4. the model with z_t fixed at the plan's floors is the model the tie-break (cost, shortfall) is
 *      solved on, so the tie-break cannot lower the floor.
 * The reported gap is the plan's against min(B, the strengthened bound), valid for every plan.
 */
import { relaxed, withObjective, type PlanningModel } from '../model/build.ts';
import { LinExpr } from '../model/linear.ts';
import type { LpModel, SolveResult, Solver } from '../solve/model.ts';
import { deadlineAfter, fixColumns, heuristicPlan, RELAXATION_SECONDS, remaining, rescuePlan, type Deadline } from './heuristic.ts';
import { fixAgreeing } from './rins.ts';
import { commonCeiling, floorColumns, floorCutModel, lowerFloors, strengthenedBound, yearCeilings, type FloorBound } from './floor-bound.ts';
import { planFloors, planObjective } from './plan-objective.ts';
import { certifyingLevel, warmCheck } from './floor-warm.ts';
import { ceilingMemo } from './ceiling-memo.ts';
import type { Limits, StageResult } from './stages.ts';

/**
 * One feasibility check's MIPs (each half of it): CHECK_LP_MULTIPLE times the
 * time of one relaxation of the model (a gauge of model size and machine speed, so a loaded machine or a
 * large county gets longer checks), within [CHECK_MIN_SECONDS, CHECK_MAX_SHARE × limit].
 * The least is what a warm point of a sweep gets (its gauge is a carried ceiling's, 7.5 × an LP of 0.02–0.04 s).
 * 0.5 s rather than 0.3 s: every check that ran out of its 0.3 s on the sample sweep (2 threads) was a level
 * with a plan; replayed alone, HiGHS found it at the end of its root (its sub-MIP after the cut loop, 0 nodes) in
 * 0.27–0.39 s, longer on a loaded machine. Each such check cost its cap and sent the search below its level.
 * A/B, that sweep on a new pool of 2 threads, 11 pairs interleaved in two batches (the machine slower in the
 * second): 10 of 11 quicker, medians 12.1 → 11.2 s and 13.6 → 12.2 s; the 20 points' objectives summed to
 * 15.5041–15.5043 in each 0.5 s run of the second batch and 15.5018–15.5040 at 0.3 s (lower plans after a check ran out).
 */
const CHECK_LP_MULTIPLE = 15;
const CHECK_MIN_SECONDS = 0.5;
const CHECK_MAX_SHARE = 0.1;
/** Bisection stops when the level is known to within this many times the requested gap (the polish closes the rest). */
const BISECTION_TOLERANCE = 0.5;
/** The first probe for a plan: this many times the requested gap below the aimed floor. */
const FIRST_PROBE = 3;
/**
 * Each further probe this many times as far below the aim as the one before (3, 4.5, 6.75 … × the gap). 1.5
 * rather than 2: the second probe then lands where the bisection's first check used to, near the plan that
 * ends the search. A/B: 200-school county 5.56 / 5.81 → 4.17 / 4.28 s (one check of 1.2 s less), sample sweep
 * 10.6–11.3 → 9.9–11.3 s (median 11.0 → 10.5), the sample 0.90 / 0.92 → 0.96 / 1.00 s (its second probe is a whole check).
 */
const PROBE_STEP = 1.5;
/**
 * The strengthened max-min MIP at the end: this share of the limit, at least POLISH_MIN_SECONDS. 1 s rather than
 * 0.5 s: a polish stopped just short of the gap is run again from its root (the sweep's lowest budget: 0.6 s to
 * 1.03 %, then 0.7 s more); A/B, 200-school floor 7.5/7.7 → 6.7/6.9 s, sweep 13.3/13.8 → 13.0/13.3 s.
 */
const POLISH_SHARE = 0.02;
const POLISH_MIN_SECONDS = 1.0;
/**
 * The polish runs before further checks once the plan is within this many times the requested gap of the bound,
 * except from a neighbouring what-if's plan: there a check next to the plan (nearPlan) costs 0.03–0.1 s, a polish
 * its cap (0.2–0.3 s) without certifying a sweep point alone. Sample sweep, A/B, 3 runs: 12.2/14.0/14.6 →
 * 12.0/13.2/13.7 s, 15 of 20 plans higher (top budget 0.7984 → 0.7997), point 1 varying either way, none lower.
 */
const POLISH_EARLY = 2;
/** That early polish is capped at half a check's time, at least this many seconds (a failed one should cost little). */
const EARLY_POLISH_MIN_SECONDS = 0.15;
/**
 * With carried ceilings (ceiling-memo.ts) the gauge of one LP's time is this share of the relaxation's: on the sample
 * sweep's warm points a ceiling LP took 0.015–0.025 s and the relaxation 0.03–0.045 s.
 */
const CARRIED_LP_SHARE = 0.5;
/** Share of the limit the per-year ceilings (floor-bound.ts yearCeilings) may take together. */
const CEILINGS_SHARE = 0.25;
/** A relaxation taking this share of the limit or more marks a large county: no probes, a plan first. */
const LARGE_LP_SHARE = 0.04;
/**
 * A bisection check that ran out of time (no plan, no proof) ends the bisection's range as if out of reach; when that
 * range is narrow the level is checked once more with this many times the time. On the sample sweep such a check
 * (0.3 s cap, 0.25 s when it finds the plan) decided which of two paths a point took: 1.0 s, or a plan below it and
 * polishes of 1 s then as long again that ran out of time (3.7–4.3 s, once 1.08 % short of the gap).
 */
const RETRY_MULTIPLE = 2;
/** The later years' search reaches this many times as far above the binding year as the strengthened relaxation puts them. */
const LATER_REACH = 2;

export interface FloorSearch {
  stage: StageResult;
  /** The floor model with z_t fixed at the plan's floors (for the tie-break). */
  model: LpModel;
  /** Upper bound on the objective Σ z_t / T (relaxation, strengthened relaxation or its MIP's bound). */
  bound: number;
  /** Feasibility checks run. */
  checks: number;
  /**
   * Seconds one relaxation of the floor model takes (a gauge of what one more MIP root costs): the quicker of
   * the first relaxation and the ceilings' average, since the first solve in a process also pays HiGHS's
   * start-up (0.6–1 s on a 10-school county under load, which skipped its tie-break).
   */
  relaxationSeconds: number;
}

/** `start`: a plan of this model (warm-start.ts) to begin from: the first incumbent of the search. */
export async function searchFloor(pm: PlanningModel, solver: Solver, limits: Limits, deadline: Deadline, start?: readonly number[]): Promise<FloorSearch> {
  const z = floorColumns(pm);
  const T = z.length;
  const target = limits.mipRelGap;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const costModel = withObjective(pm.model, pm.cost);
  const feasibility = withObjective(pm.model, new LinExpr());
  const search = { best: null as number[] | null, checks: 0, timedOut: false };
  let relaxationSeconds = 0;
  // "Is there a plan with floor_t ≥ f_t?" The relaxation first (an infeasible one proves the levels out of
  // reach), then the MIP with the floors fixed and no objective, stopped at its first plan or after `cap`
  // seconds: with the cost objective HiGHS's first plan came only after its root's cuts (200 schools: 1.1–1.2 s
  // against 2.5–4.4 s; docs/planning-model.md). Its plans may cost more than needed: the tie-break's task.
  const check = async (f: number[], cap: number): Promise<number[] | 'infeasible' | 'unknown'> => {
    search.checks++;
    const model = fixColumns(costModel, z, f);
    const lpAt = await solver.solve(relaxed(model), { ...limits, timeLimitSeconds: remaining(deadline) });
    if (lpAt.status === 'infeasible') return 'infeasible';
    if (lpAt.status !== 'optimal') return 'unknown';
    const atLevels = fixColumns(feasibility, z, f);
    const near = search.best ? await nearPlan(solver, atLevels, lpAt.values, search.best, { ...limits, timeLimitSeconds: Math.min(remaining(deadline), cap / 2) }) : null;
    if (near) return near;
    const r = await solver.solve(atLevels, { ...limits, timeLimitSeconds: Math.min(remaining(deadline), cap), firstSolution: true });
    if (r.values.length > 0) return r.values;
    if (r.status === 'infeasible') return 'infeasible';
    // No plan yet: the relaxation rounded and repaired (heuristic.ts), whose MIPs have no pass binaries
    // and a tenth of the limit each (at least 1 s): always a plan where one can be found.
    if (search.best) return 'unknown';
    return (await heuristicPlan(pm, solver, limits, deadline, { model, relaxation: lpAt.values, firstPlan: true })) ?? 'unknown';
  };
  let checkSeconds = CHECK_MIN_SECONDS;
  /**
   * Bisection on θ for levels(θ) in [lo, hi] to within BISECTION_TOLERANCE × the requested gap; lo lifted to
   * what a found plan reaches. Ends early once `stop()` (the plan is within the requested gap of the bound).
   */
  const bisect = async (levels: (theta: number) => number[], lo: number, hi: number, reached: (floors: number[]) => number, stop: () => boolean = () => false, onUndecided?: (theta: number, above: number) => void) => {
    while (hi - lo > BISECTION_TOLERANCE * target * Math.max(Math.abs(lo), 1e-3) && remaining(deadline) > 0.02 && !stop()) {
      // The midpoint, or lower where a plan would already be within the requested gap of the bound: such a
      // check is no harder than the midpoint's and, when it finds a plan, ends the search.
      const theta = Math.min((lo + hi) / 2, certifyingLevel(levels, lo, hi, bound / (1 + target)));
      const r = await check(levels(theta), checkSeconds);
      if (typeof r !== 'string') {
        // The level is reached; the plan is kept only if its average is no lower (a warm start's years may
        // have another shape: a common level can cost one year more than it gains in another).
        if (!search.best || value(r) >= value(search.best) - 1e-12) search.best = r;
        lo = Math.max(theta, Math.min(hi, reached(planFloors(pm, r))));
      } else {
        if (r === 'unknown') onUndecided?.(theta, hi);
        hi = theta;
      }
    }
    return { lo, hi };
  };

  const none = (result: SolveResult): FloorSearch => ({ stage: { result, x: null, method: 'none', seconds: seconds() }, model: pm.model, bound: NaN, checks: search.checks, relaxationSeconds });
  /** The plan as the stage result: objective and gap from its own floors; z_t fixed there for the tie-break. */
  const finish = (best: number[], method: StageResult['method'], bound: number | undefined): FloorSearch => {
    const floors = planFloors(pm, best);
    const x = fixedZ(pm, best);
    const value = floors.reduce((a, b) => a + b, 0) / T;
    const gap = bound === undefined ? undefined : Math.max(0, (bound - value) / Math.max(Math.abs(value), 1e-9));
    const status = search.timedOut || (gap !== undefined && gap > target) ? 'timeout' : 'optimal';
    const result: SolveResult = { status, objective: -value, values: x, solver: solver.name, seconds: seconds(), ...(gap !== undefined ? { mipGap: gap, bound: -bound! } : {}) };
    return {
      stage: { result, x, method: method === 'mip' && status === 'timeout' ? 'mip-incumbent' : method, seconds: seconds() },
      model: fixColumns(pm.model, z, floors), bound: bound ?? NaN, checks: search.checks, relaxationSeconds,
    };
  };

  // The relaxation of the max-min model (the bound B) and each year's own ceiling (for the cuts). It always
  // gets RELAXATION_SECONDS at least.
  const lp = await solver.solve(relaxed(pm.model), { ...limits, timeLimitSeconds: Math.max(remaining(deadline), RELAXATION_SECONDS) });
  relaxationSeconds = lp.seconds; // the gauge below replaces it once the ceilings are timed
  if (lp.status === 'infeasible') return none({ status: 'infeasible', objective: NaN, values: [], solver: solver.name, seconds: seconds() });
  // Each year's z_t in the relaxation: the top of the search path (common levels are capped there).
  const top = lp.status === 'optimal' ? z.map((j) => lp.values[j]!) : z.map(() => 0);
  const ceilingsStarted = performance.now();
  // The ceilings get at most CEILINGS_SHARE of the limit: on 2,000 schools one of them ran 28 s of a 60 s limit
  // and left no time for a plan. Without them the plain relaxation is the bound.
  const ceilingsBy = Math.min(deadline, deadlineAfter(CEILINGS_SHARE * limits.timeLimitSeconds));
  // Carried from another budget of the same model when one was solved in this thread (ceiling-memo.ts), unless a
  // carried ceiling lies below the relaxation's own z_t (it would not be an upper bound; never seen).
  const memo = ceilingMemo(pm);
  const carried = lp.status === 'optimal' ? memo.carried() : null;
  const usable = carried && carried.every((u, t) => u >= top[t]! - 1e-9) ? carried : null;
  const duals: number[][] = [];
  const ceilings = usable ?? (lp.status === 'optimal' ? await yearCeilings(pm, pm.model, solver, limits, ceilingsBy, duals) : null);
  // The gauge: the quicker of the first relaxation (often slowed by the solver's first use) and the ceilings' average.
  // Carried, a ceiling LP is taken to take CARRIED_LP_SHARE of this relaxation's time.
  const ceilingSeconds = usable ? CARRIED_LP_SHARE * lp.seconds : ceilings ? (performance.now() - ceilingsStarted) / 1000 / T : Infinity;
  const lpSeconds = Math.min(lp.seconds, ceilingSeconds);
  if (!usable && ceilings) memo.remember(ceilings, duals);
  relaxationSeconds = lpSeconds;
  checkSeconds = Math.min(Math.max(CHECK_MIN_SECONDS, CHECK_LP_MULTIPLE * lpSeconds), CHECK_MAX_SHARE * limits.timeLimitSeconds);
  const value = (x: readonly number[]) => -(planObjective(pm, x) ?? 0);
  let bound = lp.status === 'optimal' ? -lp.objective : Infinity;
  const common = (theta: number) => top.map((v) => Math.min(v, theta));
  const level = (floors: number[]) => Math.min(...floors.map((a, t) => (a >= top[t]! - 1e-12 ? Infinity : a)));
  let hi = Math.max(...top);
  const large = lpSeconds >= LARGE_LP_SHARE * limits.timeLimitSeconds;
  // A warm start has reached its own common level: no check at or below it (the sweep's points probed there).
  const startLevel = start ? level(planFloors(pm, start)) : -Infinity;
  if (start) search.best = [...start]; // a neighbouring what-if's plan, already checked to fit (warm-start.ts)
  // From a neighbour's plan, first the bound for plans at least as good as it and one check at the lowest common
  // level whose plan that bound certifies (warmCheck): at the sample sweep's upper budgets that check is the plan.
  const warm = start && ceilings && !large ? await warmCheck(pm, solver, limits, deadline, { start, ceilings, common, from: startLevel, hi, check: (f) => check(f, checkSeconds), value }) : null;
  if (warm) {
    bound = Math.min(bound, warm.strong.bound);
    if (warm.plan && value(warm.plan) >= value(search.best!)) search.best = warm.plan;
    if (warm.outOfReach !== undefined) hi = warm.outOfReach;
  }
  // Where to aim: the highest common level the relaxation strengthened with the cuts valid for every plan allows
  // (not once the warm check has settled: it found the plan, or the level it proved out of reach is lower).
  const aim = ceilings && !warm?.settled ? await commonCeiling(floorCutModel(pm, lowerFloors(0, ceilings), ceilings), z, top, Math.min(...top), solver, limits, deadline) : null;
  if (aim !== null) hi = Math.min(hi, aim);
  // Probes below the aim, FIRST_PROBE × the requested gap and then PROBE_STEP times as far each time, while a level is
  // proved out of reach (quick, by presolve): on a small county the first plan lands near the level the
  // bisection would end at. A check that does not finish (a large county) ends the probes: the bisection starts low.
  // A county whose relaxation alone takes LARGE_LP_SHARE of the limit or more skips them: its checks take
  // seconds each and failed all the way down at 500 and 2,000 schools; a plan first (below), then the bisection.
  for (let step = FIRST_PROBE * target, aimed = large || (warm?.settled && warm.outOfReach === undefined) ? 0 : hi; aimed > 0 && step < 0.5 && remaining(deadline) > 0.02; step *= PROBE_STEP) {
    const theta = aimed * (1 - step);
    if (theta <= startLevel) break;
    const r = await check(common(theta), checkSeconds);
    if (typeof r !== 'string') {
      if (!search.best || value(r) >= value(search.best)) search.best = r; // never below the warm start
      break;
    }
    hi = theta;
    if (r === 'unknown') break;
  }
  // Else any plan meeting the targets (floors free), by the MIP when rounding fails: always a plan.
  let method: StageResult['method'] = 'mip';
  if (!search.best) {
    const first = await anyPlan(pm, solver, limits, deadline, fixColumns(costModel, z, z.map(() => 0)));
    if (first === 'infeasible') return none({ status: 'infeasible', objective: NaN, values: [], solver: solver.name, seconds: seconds() });
    if (!first) return none({ status: 'timeout', objective: NaN, values: [], solver: solver.name, seconds: seconds(), message: 'no integer plan within the time limit' });
    search.best = first.x;
    method = first.method;
    if (method !== 'mip') search.timedOut = true;
  }
  if (!ceilings || !Number.isFinite(bound)) {
    search.timedOut = true;
    // Without the ceilings there is no strengthened bound, but the relaxation's still bounds every plan: a gap is reported.
    return finish(search.best, method, Number.isFinite(bound) ? bound : undefined);
  }
  const within = (k = 1) => bound - value(search.best!) <= k * target * Math.abs(value(search.best!));
  let strong: Awaited<ReturnType<typeof strengthenedBound>> = warm?.strong ?? null;
  /** The highest common level a check reached, whether or not its plan was kept (its average may be lower). */
  let reachedLevel = -Infinity;
  // The bound for the plan (floor-bound.ts): the relaxation with the cuts valid for plans at least as good.
  const tighten = async () => {
    strong = await strengthenedBound(pm, solver, limits, deadline, value(search.best!), ceilings, 1);
    if (!strong) return;
    bound = Math.min(bound, strong.bound);
  };
  // The highest common level of the strengthened relaxation, once per cut model, when the search goes on from
  // it (not after an early polish that ends the search: 0.3 s of the 200-school county's time).
  let ceilingFrom: FloorBound | null = null;
  const lowerHi = async () => {
    if (!strong || strong === ceilingFrom || within()) return;
    ceilingFrom = strong;
    const lo = Math.min(hi, Math.max(reachedLevel, level(planFloors(pm, search.best!))));
    const ceiling = await commonCeiling(strong.cuts, z, top, lo, solver, limits, deadline);
    if (ceiling !== null) hi = Math.max(lo, Math.min(hi, ceiling + 1e-9));
  };
  // The max-min MIP on that strengthened model from the plan, stopped at the requested gap: a better bound, perhaps a better plan.
  const polish = async (share = POLISH_SHARE, cap = Infinity) => {
    const polishSeconds = Math.min(remaining(deadline), cap, Math.max(POLISH_MIN_SECONDS, share * limits.timeLimitSeconds));
    if (!strong || polishSeconds <= 0.1) return;
    const r = await solver.solve(strong.cuts.model, { ...limits, timeLimitSeconds: polishSeconds, start: strong.cuts.extend(fixedZ(pm, search.best!)) });
    const found = r.values.length > 0 ? r.values.slice(0, pm.model.variables.length) : null;
    if (found && value(found) > value(search.best!) + 1e-12) search.best = found;
    // The cut model holds every plan at least as good as the incumbent: its bound, or the incumbent, bounds all plans.
    if (r.bound !== undefined && Number.isFinite(r.bound)) bound = Math.min(bound, Math.max(value(search.best!), -r.bound));
  };
  // Bound; bisection on one common level θ for every year (capped at
  // the relaxation's ẑ_t) from what the plan reaches up to the strengthened relaxation's common level; once
  // narrow, the polish from the plan (mostly for its bound: from a plan farther off it rarely finds a better one).
  // The plan value the bound was last strengthened for (the warm check's: the start's).
  let bounded = warm ? value(start!) : -Infinity;
  let polished = -Infinity;
  /** The early polish is due for a plan of value v (POLISH_EARLY): a cold search, close to the bound, not yet polished at v. */
  const polishDue = (v: number) => start === undefined && within(POLISH_EARLY) && polished < v - 1e-12;
  let raised = -Infinity;
  /** The last level the common-level bisection left undecided (its check ran out of time) and the upper end before it. */
  let undecided = null as { theta: number; above: number } | null;
  let [laterYear, laterHi] = [-1, Infinity];
  // The common level stopped at the first year below its own ceiling; the later years (more money by then)
  // may go higher: a bisection on their common level with the earlier years held at the plan's floors.
  const raiseLater = async (): Promise<boolean> => {
    const floors = planFloors(pm, search.best!);
    const b = floors.findIndex((f, t) => f < top[t]! - 1e-9);
    if (b < 0 || b === T - 1) return false;
    const later = (theta: number) => floors.map((f, t) => (t <= b ? f : Math.min(top[t]!, Math.max(f, theta))));
    const reachedLater = (fl: number[]) => Math.min(...fl.map((a, t) => (t <= b || a >= top[t]! - 1e-12 ? Infinity : a)));
    const from = reachedLater(floors);
    // How far above year b the strengthened relaxation puts the later years: the search looks up to twice that.
    const levels = strong?.levels;
    const ahead = levels ? Math.max(...levels.slice(b + 1).map((l) => l - levels[b]!)) : 0;
    if (ahead <= BISECTION_TOLERANCE * target * Math.abs(floors[b]!)) return false;
    const before = value(search.best!);
    if (laterYear !== b) [laterYear, laterHi] = [b, Math.min(Math.max(...top.slice(b + 1)), floors[b]! + LATER_REACH * ahead)];
    laterHi = (await bisect(later, from, laterHi, reachedLater, () => within())).hi;
    return value(search.best!) > before + 1e-12;
  };
  while (remaining(deadline) > 0.05) {
    const v = value(search.best);
    if (within()) break; // the bound already certifies the plan: no more LPs for it
    if (v > bounded + 1e-12) {
      await tighten();
      bounded = v;
    }
    if (within()) break;
    // Close to the bound already: the polish first, which may certify the plan without more checks.
    if (polishDue(v)) {
      await polish(POLISH_SHARE, Math.max(EARLY_POLISH_MIN_SECONDS, checkSeconds / 2));
      polished = v;
      continue;
    }
    await lowerHi();
    const lo = Math.min(hi, Math.max(reachedLevel, level(planFloors(pm, search.best))));
    const narrow = hi - lo <= BISECTION_TOLERANCE * target * Math.max(Math.abs(lo), 1e-3);
    // The upper end is a level whose check ran out of time: checked once more, with RETRY_MULTIPLE times the time,
    // before the polish, which from the lower plan took 2–4 s on the sample sweep (see RETRY_MULTIPLE).
    if (narrow && undecided && Math.abs(undecided.theta - hi) <= 1e-12) {
      const { theta, above } = undecided;
      undecided = null;
      const r = await check(common(theta), RETRY_MULTIPLE * checkSeconds);
      if (typeof r !== 'string') {
        if (value(r) >= value(search.best) - 1e-12) search.best = r;
        [reachedLevel, hi] = [Math.max(reachedLevel, theta), above];
        continue;
      }
    }
    if (narrow && raised < v - 1e-12) {
      raised = v;
      if (await raiseLater()) continue;
    }
    if (narrow && polished < v - 1e-12) {
      await polish();
      polished = v;
      continue;
    }
    if (narrow) break;
    // Back to the loop for the early polish as soon as the plan is close enough for it (its bound may say
    // which level suffices: the sample's bisection then skips a check at its cap, 0.3 s).
    const ends = await bisect(common, lo, hi, level, () => within() || polishDue(value(search.best!)), (theta, above) => (undecided = { theta, above }));
    [reachedLevel, hi] = [ends.lo, ends.hi];
  }
  // Still wider than asked: the polish again with as long again as the search took (at most the time left).
  if (!within() && remaining(deadline) > 0.1) {
    if (value(search.best) > bounded + 1e-12) await tighten();
    await polish(seconds() / limits.timeLimitSeconds);
  }
  return finish(search.best, method, bound);
}

/**
 * Any plan meeting the targets on `zero` (the floor model with floors free: a plan of it is a plan of the
 * floor model): the rounding heuristic, the MIP stopped at its first plan, else the rescue (one more limit).
 */
async function anyPlan(pm: PlanningModel, solver: Solver, limits: Limits, deadline: Deadline, zero: LpModel): Promise<{ x: number[]; method: StageResult['method'] } | 'infeasible' | null> {
  const relaxation = await solver.solve(relaxed(zero), { ...limits, timeLimitSeconds: Math.max(remaining(deadline), RELAXATION_SECONDS) });
  if (relaxation.status === 'infeasible') return 'infeasible';
  const fromRelaxation = relaxation.status === 'optimal' ? { relaxation: relaxation.values } : {};
  const h = await heuristicPlan(pm, solver, limits, deadline, { model: zero, ...fromRelaxation, firstPlan: true });
  if (h) return { x: h, method: 'mip' };
  const r = await solver.solve(zero, { ...limits, timeLimitSeconds: remaining(deadline), firstSolution: true });
  if (r.status === 'infeasible') return 'infeasible';
  if (r.values.length > 0) return { x: r.values, method: 'mip' };
  const rescued = await rescuePlan(pm, solver, limits, { model: zero, ...fromRelaxation });
  return rescued ? { x: rescued, method: 'lp-round-repair' } : null;
}

/** x with each z_t set to the plan's floor in year t (what the plan achieves, not what the check asked for). */
function fixedZ(pm: PlanningModel, x: readonly number[]): number[] {
  const out = [...x];
  const floors = planFloors(pm, x);
  floorColumns(pm).forEach((j, t) => (out[j] = floors[t]!));
  return out;
}

/**
 * A check's first try once a plan is known: its counts (teachers, m², equipment steps, rooms: integer columns
 * above 0/1) fixed where the plan and the check's relaxation agree, the yes/no choices (who passes, which
 * indicator is left short, projects) free, stopped at the first plan. null when that smaller MIP has none
 * (it is not a proof: the whole check follows). Why: near the plan's level most schools need no change,
 * and the smaller MIP finds a plan before HiGHS's root cut loop would on the whole one: the sample sweep's
 * 20 points in one process 20.3–20.8 s → 18.9–19.2 s (checks 4.8–5.0 → 3.3 s); the sample 1.27–1.40 →
 * 1.05 s. On the 200-school bench county it has no plan (0.1–0.2 s lost per check). Fixing the yes/no
 * choices as well left it without a plan more often (the sample's second check).
 */
async function nearPlan(solver: Solver, model: LpModel, relaxation: readonly number[], plan: readonly number[], limits: Limits): Promise<number[] | null> {
  const near = fixAgreeing(model, relaxation, plan, (v) => v.ub > 1);
  if (near.fixed === 0 || limits.timeLimitSeconds <= 0) return null;
  const r = await solver.solve(near.model, { ...limits, firstSolution: true });
  return r.values.length > 0 ? r.values : null;
}
