/**
 * javascript-lp-solver adapter, for cross-checking small models. The library takes a JSON model keyed
 * by names; this adapter uses synthetic keys (x<j>, p<j>/n<j> columns, r<i> rows, b<j> bound rows) so
 * user names never collide. Mapping:
 * - every column is made non-negative by substitution, never with the library's `unrestricted` flag
 *   (in 1.0.3 that flag gives wrong optima, e.g. min x with -2 <= x <= 0 returns 0):
 *   finite lb: x = lb + x', 0 <= x' <= ub - lb; only ub finite: x = ub - x'; free: x = p - n;
 *   integer columns use ceil(lb) / floor(ub) so the shift keeps them integral;
 * - ranged rows become { min, max } (the library splits them into two rows); free rows are dropped;
 * - integer columns go to `ints`; mipRelGap is the library's relative `tolerance`;
 * - the library's presolve is off unless `presolve: true` is asked for: in 1.0.3 it reports some
 *   feasible models as infeasible (see tests/engine/solve).
 * Limits: the library's `timeout` (ms) is only checked between branch-and-bound nodes, so
 * timeLimitSeconds bounds MIP solves only, and an LP (or one node's LP) that cycles never returns:
 * use this solver on small models, in a worker that can be terminated (engine/node/jslp-thread.ts runs
 * one with a real time limit; tests/engine/solve/shipped-lp.test.ts lists the shipped scenarios out of its
 * reach and why). There are no duals; the
 * objective and row activities are recomputed from the values, which the library rounds to 1e-9.
 */

import jslpImport from 'javascript-lp-solver';
import type { Model as JsonModel, ConstraintBound } from 'javascript-lp-solver';
import {
  DEFAULT_MIP_REL_GAP,
  DEFAULT_TIME_LIMIT_SECONDS,
  isMip,
  mergeTerms,
  objectiveValue,
  rowActivities,
  validateModel,
} from './model.ts';
import type { LpModel, SolveOptions, SolveResult, Solver } from './model.ts';

/** CJS-style typings: under ESM the default import is the solver object itself. */
type JslpApi = typeof jslpImport.default;
const jslp: JslpApi = 'Solve' in jslpImport ? (jslpImport as unknown as JslpApi) : jslpImport.default;

const OBJECTIVE = '__obj';

/** Integrality and rounding precision handed to the library (its default). */
const PRECISION = 1e-9;

interface JslpResult {
  feasible: boolean;
  bounded?: boolean;
  result: number | null;
  [variable: string]: number | boolean | null | undefined;
}

function bound(lb: number, ub: number): ConstraintBound | undefined {
  if (lb === ub) return { equal: lb };
  const b: ConstraintBound = {};
  if (Number.isFinite(lb)) b.min = lb;
  if (Number.isFinite(ub)) b.max = ub;
  return b.min === undefined && b.max === undefined ? undefined : b;
}

/** Original column = offset + Σ sign · library column. */
export interface ColumnMap {
  offset: number;
  parts: Array<[key: string, sign: 1 | -1]>;
}

export interface JslpTranslation {
  json: JsonModel;
  columns: ColumnMap[];
}

/** Synthetic-key JSON model of `model` (see the file comment for the mapping). */
export function toJslpModel(model: LpModel, options: SolveOptions = {}): JslpTranslation {
  const constraints: Record<string, ConstraintBound> = {};
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, 1> = {};
  const columns: ColumnMap[] = model.variables.map((v, j) => {
    const integer = v.integer === true;
    const lb = integer ? Math.ceil(v.lb) : v.lb;
    const ub = integer ? Math.floor(v.ub) : v.ub;
    let map: ColumnMap;
    if (Number.isFinite(lb)) {
      map = { offset: lb, parts: [[`x${j}`, 1]] };
      if (ub !== Infinity) constraints[`b${j}`] = { max: ub - lb };
    } else if (Number.isFinite(ub)) map = { offset: ub, parts: [[`x${j}`, -1]] };
    else map = { offset: 0, parts: [[`p${j}`, 1], [`n${j}`, -1]] };
    for (const [key, sign] of map.parts) {
      const coefs: Record<string, number> = {};
      if (v.cost !== 0) coefs[OBJECTIVE] = sign * v.cost;
      if (constraints[`b${j}`] !== undefined) coefs[`b${j}`] = 1;
      if (integer) ints[key] = 1;
      variables[key] = coefs;
    }
    return map;
  });
  model.constraints.forEach((row, i) => {
    const terms = mergeTerms(row.terms);
    const shift = terms.reduce((s, [j, a]) => s + a * columns[j]!.offset, 0);
    const b = bound(row.lb - shift, row.ub - shift);
    if (b === undefined) return;
    constraints[`r${i}`] = b;
    for (const [j, a] of terms) for (const [key, sign] of columns[j]!.parts) variables[key]![`r${i}`] = sign * a;
  });
  const json: JsonModel = {
    optimize: OBJECTIVE,
    opType: model.sense,
    constraints,
    variables,
    ints,
    options: {
      timeout: 1000 * (options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS),
      tolerance: options.mipRelGap ?? DEFAULT_MIP_REL_GAP,
      presolve: options.presolve === true,
    },
  };
  return { json, columns };
}

export class JslpSolver implements Solver {
  readonly name = 'jslp';

  async solve(model: LpModel, options: SolveOptions = {}): Promise<SolveResult> {
    const t0 = performance.now();
    const seconds = () => (performance.now() - t0) / 1000;
    const base = { solver: this.name, objective: NaN, values: [] as number[] };
    const problems = validateModel(model);
    if (problems.length > 0) return { ...base, status: 'error', message: problems.slice(0, 5).join('; '), seconds: seconds() };
    let raw: JslpResult;
    const { json, columns } = toJslpModel(model, options);
    try {
      raw = jslp.Solve(json, PRECISION) as JslpResult;
    } catch (e) {
      return { ...base, status: 'error', message: `jslp: ${e instanceof Error ? e.message : String(e)}`, seconds: seconds() };
    }
    const limit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
    const timedOut = isMip(model) && seconds() >= limit;
    if (raw.bounded === false) {
      return { ...base, status: 'unbounded', objective: model.sense === 'min' ? -Infinity : Infinity, seconds: seconds() };
    }
    if (!raw.feasible) {
      return { ...base, status: timedOut ? 'timeout' : 'infeasible', seconds: seconds() };
    }
    const values = columns.map(({ offset, parts }) =>
      parts.reduce((x, [key, sign]) => {
        const part = raw[key];
        return typeof part === 'number' ? x + sign * part : x;
      }, offset),
    );
    const result: SolveResult = {
      status: timedOut ? 'timeout' : 'optimal',
      objective: objectiveValue(model, values),
      values,
      rowActivities: rowActivities(model, values),
      solver: this.name,
      seconds: seconds(),
    };
    if (timedOut) result.message = 'time limit reached in branch-and-cut';
    return result;
  }
}

export const jslpSolver: Solver = new JslpSolver();
