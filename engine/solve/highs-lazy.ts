/**
 * Row generation on one persistent HiGHS instance (SolveOptions.lazy, model.ts LazyRows): the LP without
 * the lazy rows and with the caps, solved; violated rows added (addRows) and binding caps raised
 * (changeColBounds); solved again from the last basis (dual simplex warm start); until no lazy row is
 * violated and no cap binds. Why: the 2,000-school floor LP has 37,000 rows `ratio − z_t ≥ 0`, of which
 * a fifth are tight at the optimum; the LP without the far-from-binding ones solves several times faster.
 */
import type { Highs, Model as HighsModel, ModelData, ModelStatusCode } from 'highs';
import { rowActivities, rowActivity, type LazyRows, type LpConstraint, type LpModel, type SolveOptions, type SolveResult, type SolveStatus } from './model.ts';
import { csrRows } from './csr.ts';

type Outcome = Omit<SolveResult, 'solver' | 'seconds'>;

/** What highs.ts lends the loop (passed in: highs.ts imports this file). */
export interface HighsRun {
  toModelData(model: LpModel): ModelData;
  configure(m: HighsModel, options: SolveOptions): void;
  status(code: ModelStatusCode): SolveStatus;
  statusText(code: ModelStatusCode): string;
}

/** A lazy row counts as violated beyond this, relative to max(1, |bound|) (HiGHS keeps rows to 1e-7 absolute). */
const ROW_TOLERANCE = 1e-9;
/** A capped column this close to its cap (relative) is on it. */
const CAP_TOLERANCE = 1e-9;
/** First raise of a binding cap, relative; each further raise of the same cap doubles it. */
const FIRST_RAISE = 0.04;
/** After this many raises a cap is dropped (the column's own bound again). */
const MAX_RAISES = 6;
/** Rounds before every remaining lazy row is added at once (the loop always ends). */
const MAX_ROUNDS = 30;

/** null when HiGHS cannot tell unbounded from infeasible on the whole model: the caller's plain solve decides. */
export function solveLazy(h: Highs, model: LpModel, options: SolveOptions & { lazy: LazyRows }, run: HighsRun): Outcome | null {
  const started = performance.now();
  const limit = options.timeLimitSeconds ?? 60;
  const lazy = new Set(options.lazy.rows);
  /** Original row index of each row of the HiGHS model, in its order. */
  const inModel = model.constraints.flatMap((_, i) => (lazy.has(i) ? [] : [i]));
  const outside = new Set(lazy);
  const caps = new Map<number, { ub: number; raises: number }>();
  for (const [j, ub] of options.lazy.caps ?? []) {
    if (ub < model.variables[j]!.ub && ub >= model.variables[j]!.lb) caps.set(j, { ub, raises: 0 });
  }
  const variables = model.variables.map((v, j) => (caps.has(j) ? { ...v, ub: caps.get(j)!.ub } : v));
  const m = h.createModel(run.toModelData({ ...model, variables, constraints: inModel.map((i) => model.constraints[i]!) }));
  try {
    run.configure(m, options);
    // Devex pricing: on the 2,000-school floor LP 20–30 % quicker than the default (dual steepest edge), same optimum.
    m.options.set({ simplex_dual_edge_weight_strategy: 1 });
    for (let round = 0; ; round++) {
      m.options.set({ time_limit: Math.max(0.01, limit - (performance.now() - started) / 1000) });
      m.run();
      const code = m.getModelStatus();
      const status = run.status(code);
      if (status === 'infeasible' && caps.size > 0) {
        // A cap may be what makes it infeasible (a column's lower bound above it): without them it is a relaxation.
        for (const j of caps.keys()) m.changeColBounds(j, model.variables[j]!.lb, model.variables[j]!.ub);
        caps.clear();
        continue;
      }
      if (status === 'infeasible') return { status, objective: NaN, values: [], message: run.statusText(code) };
      if (status === 'unbounded' || code === h.constants.modelStatus.unboundedOrInfeasible) {
        // Unbounded without some rows or above the caps says nothing: the whole model decides.
        if (outside.size === 0 && caps.size === 0) {
          if (status !== 'unbounded') return null;
          return { status, objective: model.sense === 'min' ? -Infinity : Infinity, values: [], message: run.statusText(code) };
        }
        addRows(m, model, [...outside], inModel, outside);
        for (const j of caps.keys()) m.changeColBounds(j, model.variables[j]!.lb, model.variables[j]!.ub);
        caps.clear();
        continue;
      }
      if (status !== 'optimal') return { status: status === 'timeout' ? 'timeout' : status, objective: NaN, values: [], message: run.statusText(code) };
      const x = Array.from(m.getSolution().colValue);
      const violated = round >= MAX_ROUNDS ? [...outside] : [...outside].filter((i) => violates(model.constraints[i]!, x));
      const raised = raiseCaps(m, model, caps, x);
      if (violated.length === 0 && !raised) return outcome(h, m, model, x, inModel);
      addRows(m, model, violated, inModel, outside);
    }
  } finally {
    m.dispose();
  }
}

function violates(row: LpConstraint, x: readonly number[]): boolean {
  const act = rowActivity(row, x);
  return act < row.lb - ROW_TOLERANCE * Math.max(1, Math.abs(row.lb)) || act > row.ub + ROW_TOLERANCE * Math.max(1, Math.abs(row.ub));
}

/** Raises the caps the solution sits on (FIRST_RAISE, doubling; dropped after MAX_RAISES); true when one was. */
function raiseCaps(m: HighsModel, model: LpModel, caps: Map<number, { ub: number; raises: number }>, x: readonly number[]): boolean {
  let raised = false;
  for (const [j, cap] of caps) {
    if (x[j]! < cap.ub - CAP_TOLERANCE * Math.max(1, Math.abs(cap.ub))) continue;
    raised = true;
    const v = model.variables[j]!;
    const up = cap.ub + Math.max(Math.abs(cap.ub), 1e-3) * FIRST_RAISE * 2 ** cap.raises;
    if (cap.raises + 1 >= MAX_RAISES || up >= v.ub) {
      caps.delete(j);
      m.changeColBounds(j, v.lb, v.ub);
    } else {
      caps.set(j, { ub: up, raises: cap.raises + 1 });
      m.changeColBounds(j, v.lb, up);
    }
  }
  return raised;
}

/** Appends rows (original indices) to the HiGHS model (csr.ts, terms merged as for the whole model); records them in inModel, drops them from outside. */
function addRows(m: HighsModel, model: LpModel, rows: readonly number[], inModel: number[], outside: Set<number>): void {
  if (rows.length === 0) return;
  const added = rows.map((i) => model.constraints[i]!);
  for (const i of rows) {
    inModel.push(i);
    outside.delete(i);
  }
  m.addRows({
    lower: Float64Array.from(added, (row) => row.lb),
    upper: Float64Array.from(added, (row) => row.ub),
    matrix: csrRows(added, model.variables.length),
  });
}

/** The whole model's result: activities of every row, duals of the rows in the HiGHS model (0 elsewhere). */
function outcome(h: Highs, m: HighsModel, model: LpModel, x: number[], inModel: readonly number[]): Outcome {
  const result: Outcome = { status: 'optimal', objective: m.getObjectiveValue(), values: x, rowActivities: rowActivities(model, x) };
  if (Number(m.info.get('dual_solution_status')) === h.constants.solutionStatus.feasible) {
    const duals = m.getSolution().rowDual;
    const rowDuals = new Array<number>(model.constraints.length).fill(0);
    inModel.forEach((i, r) => (rowDuals[i] = duals[r]!));
    result.rowDuals = rowDuals;
  }
  return result;
}
