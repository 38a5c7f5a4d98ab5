/** Solver-neutral LP/MIP model as plain data, and pure checks on it. */

/** `lb` may be -Infinity and `ub` Infinity; `integer` makes the column integral (with its bounds). */
export interface LpVariable {
  name: string;
  lb: number;
  ub: number;
  cost: number;
  integer?: boolean;
}

/** Ranged row `lb <= a·x <= ub`: ±Infinity for a one-sided row, `lb === ub` for an equality. */
export interface LpConstraint {
  name: string;
  terms: Array<[index: number, coef: number]>;
  lb: number;
  ub: number;
}

/** Objective = objectiveConstant + Σ cost·x, minimised or maximised. */
export interface LpModel {
  name?: string;
  sense: 'min' | 'max';
  objectiveConstant?: number;
  variables: LpVariable[];
  constraints: LpConstraint[];
}

export type SolveStatus = 'optimal' | 'infeasible' | 'unbounded' | 'timeout' | 'error';

/** Defaults (applied by every adapter): 60 s, relative MIP gap 1e-4, presolve left to the solver. */
export interface SolveOptions {
  timeLimitSeconds?: number;
  mipRelGap?: number;
  presolve?: boolean;
  /** A known point (one value per variable) to start a MIP from; solvers without MIP starts ignore it. */
  start?: readonly number[];
  /** MIP only: stop at the first feasible point (a feasibility check); the result then has status 'timeout'. */
  firstSolution?: boolean;
  /** LPs only (ignored for MIPs and by solvers without it): row generation, see LazyRows. */
  lazy?: LazyRows;
}

/**
 * Row generation for an LP: `rows` (indices into model.constraints) start out of the model and are added
 * once a solution violates them; each `caps` entry is a temporary upper bound on a column, raised while
 * the solution sits on it. The result is the optimum of the whole model (every row met, no cap binding):
 * the reduced LP is a relaxation of the whole one once the caps are slack, so its optimum is optimal
 * for the whole model. Rows never added are slack there and get dual 0; the other duals are the reduced
 * LP's, a valid optimal dual of the whole model. Only the time changes with a poor choice of rows or caps.
 */
export interface LazyRows {
  rows: readonly number[];
  caps?: ReadonlyArray<readonly [column: number, ub: number]>;
}

/**
 * `values` has one entry per variable when a primal solution exists (optimal, or the incumbent of a
 * timeout), otherwise it is empty. `objective` includes objectiveConstant; it is NaN without a solution
 * and -Infinity/+Infinity (min/max) when unbounded. `rowDuals[i]` (LPs only) is the shadow price
 * d(objective)/d(active bound of row i), in objective units per row unit, for either sense.
 * `seconds` is wall time of the solve call.
 */
export interface SolveResult {
  status: SolveStatus;
  objective: number;
  values: number[];
  rowDuals?: number[];
  rowActivities?: number[];
  message?: string;
  solver: string;
  seconds: number;
  mipGap?: number;
  /** MIP only: the best proven bound on the objective (same sense and constant as `objective`). */
  bound?: number;
}

export interface Solver {
  readonly name: string;
  solve(model: LpModel, options?: SolveOptions): Promise<SolveResult>;
}

export const DEFAULT_TIME_LIMIT_SECONDS = 60;
export const DEFAULT_MIP_REL_GAP = 1e-4;

export type ViolationKind = 'var-lower' | 'var-upper' | 'integrality' | 'row-lower' | 'row-upper' | 'value';

/** `amount` is the (positive) distance to the bound, or to the nearest integer for 'integrality'. */
export interface Violation {
  kind: ViolationKind;
  name: string;
  index: number;
  value: number;
  bound: number;
  amount: number;
}

export function isMip(model: LpModel): boolean {
  return model.variables.some((v) => v.integer === true);
}

export function rowActivities(model: LpModel, values: readonly number[]): number[] {
  return model.constraints.map((row) => rowActivity(row, values));
}

/** Σ a_j · x_j of one row (a column without a value counts 0). */
export function rowActivity(row: LpConstraint, values: readonly number[]): number {
  let sum = 0;
  for (const [j, a] of row.terms) sum += a * (values[j] ?? 0);
  return sum;
}

export function objectiveValue(model: LpModel, values: readonly number[]): number {
  let sum = model.objectiveConstant ?? 0;
  model.variables.forEach((v, j) => {
    if (v.cost !== 0) sum += v.cost * (values[j] ?? 0);
  });
  return sum;
}

/**
 * Violated bounds, rows and integrality of `values`. A bound b counts as violated when the distance
 * exceeds tol·max(1, |b|) (relative for large bounds, absolute near 0); integrality uses plain `tol`.
 * A missing or non-finite value is reported with kind 'value'.
 */
export function checkFeasibility(model: LpModel, values: readonly number[], tol = 1e-6): Violation[] {
  const out: Violation[] = [];
  const over = (amount: number, bound: number) => amount > tol * Math.max(1, Math.abs(bound));
  model.variables.forEach((v, j) => {
    const x = values[j];
    if (x === undefined || !Number.isFinite(x)) {
      out.push({ kind: 'value', name: v.name, index: j, value: x ?? NaN, bound: NaN, amount: Infinity });
      return;
    }
    if (over(v.lb - x, v.lb)) out.push({ kind: 'var-lower', name: v.name, index: j, value: x, bound: v.lb, amount: v.lb - x });
    if (over(x - v.ub, v.ub)) out.push({ kind: 'var-upper', name: v.name, index: j, value: x, bound: v.ub, amount: x - v.ub });
    const frac = Math.abs(x - Math.round(x));
    if (v.integer === true && frac > tol) {
      out.push({ kind: 'integrality', name: v.name, index: j, value: x, bound: Math.round(x), amount: frac });
    }
  });
  rowActivities(model, values).forEach((act, i) => {
    const row = model.constraints[i]!;
    const at = { name: row.name, index: i, value: act };
    if (over(row.lb - act, row.lb)) out.push({ kind: 'row-lower', ...at, bound: row.lb, amount: row.lb - act });
    if (over(act - row.ub, row.ub)) out.push({ kind: 'row-upper', ...at, bound: row.ub, amount: act - row.ub });
  });
  return out;
}

/**
 * Structural problems (bad indices, NaN, infinite costs, lb = +Infinity); empty when usable.
 * Crossed bounds are not errors: they make the model infeasible.
 */
export function validateModel(model: LpModel): string[] {
  const errors: string[] = [];
  const n = model.variables.length;
  const bad = (x: number) => Number.isNaN(x);
  if (model.sense !== 'min' && model.sense !== 'max') errors.push(`sense must be 'min' or 'max'`);
  if (!Number.isFinite(model.objectiveConstant ?? 0)) errors.push('objectiveConstant must be finite');
  model.variables.forEach((v, j) => {
    if (!Number.isFinite(v.cost)) errors.push(`variable ${v.name} (#${j}): cost ${v.cost} is not finite`);
    if (bad(v.lb) || bad(v.ub) || v.lb === Infinity || v.ub === -Infinity) {
      errors.push(`variable ${v.name} (#${j}): invalid bounds [${v.lb}, ${v.ub}]`);
    }
  });
  model.constraints.forEach((row, i) => {
    if (bad(row.lb) || bad(row.ub) || row.lb === Infinity || row.ub === -Infinity) {
      errors.push(`row ${row.name} (#${i}): invalid bounds [${row.lb}, ${row.ub}]`);
    }
    for (const [j, a] of row.terms) {
      if (!Number.isInteger(j) || j < 0 || j >= n) errors.push(`row ${row.name} (#${i}): variable index ${j} out of range`);
      if (!Number.isFinite(a)) errors.push(`row ${row.name} (#${i}): coefficient ${a} is not finite`);
    }
  });
  return errors;
}

/** Row terms with duplicate indices summed and exact zeros dropped, sorted by index. */
export function mergeTerms(terms: Iterable<readonly [number, number]>): Array<[number, number]> {
  // Sorted copy, then duplicates summed in place: no Map per row (models of 2,000 schools have ~70k rows).
  const sorted = (Array.isArray(terms) ? terms.slice() : [...terms]) as Array<[number, number]>;
  if (!isMerged(sorted)) sorted.sort((p, q) => p[0] - q[0]);
  let n = 0;
  for (let k = 0; k < sorted.length; k++) {
    const term = sorted[k]!;
    if (n > 0 && sorted[n - 1]![0] === term[0]) sorted[n - 1] = [term[0], sorted[n - 1]![1] + term[1]];
    else sorted[n++] = term;
  }
  sorted.length = n;
  return isMerged(sorted) ? sorted : sorted.filter(([, a]) => a !== 0);
}

/** True when indices strictly increase and no coefficient is 0 (what mergeTerms returns). */
export function isMerged(terms: readonly (readonly [number, number])[]): boolean {
  for (let k = 0; k < terms.length; k++) {
    if (terms[k]![1] === 0 || (k > 0 && terms[k]![0] <= terms[k - 1]![0])) return false;
  }
  return true;
}
