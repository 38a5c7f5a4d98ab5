/**
 * HiGHS adapter (default solver). The model goes to HiGHS as sparse arrays through the highs-js
 * persistent API (`createModel(ModelData)` -> Highs_passModel), never as LP text: the LP-text reader
 * drops the lower side of ranged rows. One WASM runtime is loaded per process (per worker) and reused;
 * each solve owns one native Highs instance and disposes it in `finally` (WASM memory is not collected).
 */

import highsImport from 'highs';
import type { Highs, Model as HighsModel, ModelData, ModelStatusCode } from 'highs';
import { DEFAULT_MIP_REL_GAP, DEFAULT_TIME_LIMIT_SECONDS, isMip, validateModel } from './model.ts';
import type { LpModel, SolveOptions, SolveResult, SolveStatus, Solver } from './model.ts';
import { solveLazy, type HighsRun } from './highs-lazy.ts';
import { csrRows } from './csr.ts';

/** highs ships CJS-style typings: under ESM the default import is the loader itself. */
type Loader = typeof highsImport.default;
const loadHighs: Loader = typeof highsImport === 'function' ? (highsImport as unknown as Loader) : highsImport.default;

/** A SolveResult before the adapter stamps solver name and wall time. */
type Outcome = Omit<SolveResult, 'solver' | 'seconds'>;

let runtime: Promise<Highs> | undefined;

/** The shared HiGHS WASM runtime, loaded on first use (again after a failed load). */
export function getHighsRuntime(): Promise<Highs> {
  if (runtime !== undefined) return runtime;
  const loading = loadHighs().catch((e: unknown) => {
    runtime = undefined;
    throw e;
  });
  runtime = loading;
  return loading;
}

const STATUS_NAMES: Record<number, string> = {
  0: 'not set',
  1: 'load error',
  2: 'model error',
  3: 'presolve error',
  4: 'solve error',
  5: 'postsolve error',
  6: 'empty',
  7: 'optimal',
  8: 'infeasible',
  9: 'unbounded or infeasible',
  10: 'unbounded',
  11: 'objective bound reached',
  12: 'objective target reached',
  13: 'time limit reached',
  14: 'iteration limit reached',
  15: 'unknown',
  16: 'solution limit reached',
  17: 'interrupted',
};

/** Row-wise (CSR) arrays; duplicate indices within a row are summed. */
export function toHighsModelData(h: Highs, model: LpModel): ModelData {
  const mip = isMip(model);
  return {
    numCols: model.variables.length,
    numRows: model.constraints.length,
    sense: model.sense === 'max' ? h.constants.objectiveSense.maximize : h.constants.objectiveSense.minimize,
    offset: model.objectiveConstant ?? 0,
    colCost: Float64Array.from(model.variables, (v) => v.cost),
    colLower: Float64Array.from(model.variables, (v) => v.lb),
    colUpper: Float64Array.from(model.variables, (v) => v.ub),
    rowLower: Float64Array.from(model.constraints, (r) => r.lb),
    rowUpper: Float64Array.from(model.constraints, (r) => r.ub),
    matrix: csrRows(model.constraints, model.variables.length),
    ...(mip ? { integrality: Int32Array.from(model.variables, (v) => (v.integer === true ? 1 : 0)) } : {}),
  };
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class HighsSolver implements Solver {
  readonly name = 'highs';

  async solve(model: LpModel, options: SolveOptions = {}): Promise<SolveResult> {
    const t0 = performance.now();
    const done = (r: Outcome): SolveResult => ({ ...r, solver: this.name, seconds: (performance.now() - t0) / 1000 });
    const problems = validateModel(model);
    if (problems.length > 0) return done({ status: 'error', objective: NaN, values: [], message: problems.slice(0, 5).join('; ') });
    if (model.variables.length === 0) return done(solveEmpty(model));
    let h: Highs;
    try {
      h = await getHighsRuntime();
    } catch (e) {
      return done({ status: 'error', objective: NaN, values: [], message: `cannot load HiGHS: ${errorMessage(e)}` });
    }
    try {
      const lazy = isMip(model) ? undefined : withFreeRows(model, options.lazy);
      const outcome = lazy ? solveLazy(h, model, { ...options, lazy }, lazyRun(h)) : null;
      return done(outcome ?? runOnce(h, model, toHighsModelData(h, model), options));
    } catch (e) {
      return done({ status: 'error', objective: NaN, values: [], message: `HiGHS: ${errorMessage(e)}` });
    }
  }
}

function configure(m: HighsModel, options: SolveOptions): void {
  const timeLimit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const gap = options.mipRelGap ?? DEFAULT_MIP_REL_GAP;
  if (!(timeLimit > 0) || !(gap >= 0)) throw new Error(`invalid options: timeLimitSeconds=${timeLimit}, mipRelGap=${gap}`);
  m.options.set({
    output_flag: false,
    log_to_console: false,
    time_limit: timeLimit,
    mip_rel_gap: gap,
    presolve: options.presolve === undefined ? 'choose' : options.presolve ? 'on' : 'off',
    // A MIP stopped at its first plan: presolve at the root node only (mip_root_presolve_only). Its root
    // work is most of such a solve; measured on the sample baseline's floor-search checks, 110–140 ms
    // instead of 170–330 ms each, and the same or cheaper plans. Left at the default for full solves,
    // where it did not help (tie-break, polish).
    ...(options.firstSolution ? { mip_max_improving_sols: 1, mip_root_presolve_only: true } : {}),
  });
}

/** One native instance: create, configure, run, read, dispose. */
function runOnce(h: Highs, model: LpModel, data: ModelData, options: SolveOptions): Outcome {
  const m = h.createModel(data);
  try {
    configure(m, options);
    if (options.start && options.start.length === model.variables.length && isMip(model)) {
      m.setSolution({ colValue: Float64Array.from(options.start) });
    }
    m.run();
    let code: ModelStatusCode = m.getModelStatus();
    const mip = isMip(model);
    if (code === h.constants.modelStatus.unboundedOrInfeasible) code = disambiguate(h, data, options);
    const status = mapStatus(h, code);
    const statusText = STATUS_NAMES[code] ?? `status ${code}`;
    const hasPrimal = Number(m.info.get('primal_solution_status')) === h.constants.solutionStatus.feasible;
    if (status === 'unbounded') {
      return { status, objective: model.sense === 'min' ? -Infinity : Infinity, values: [], message: statusText };
    }
    if ((status !== 'optimal' && status !== 'timeout') || !hasPrimal) {
      const solved = status === 'optimal' || status === 'timeout';
      const message = solved ? `${statusText}, no primal solution` : statusText;
      return { status: status === 'optimal' ? 'error' : status, objective: NaN, values: [], message };
    }
    const sol = m.getSolution();
    const result: Outcome = {
      status,
      objective: m.getObjectiveValue(),
      values: Array.from(sol.colValue),
      rowActivities: Array.from(sol.rowValue),
    };
    if (status === 'timeout') result.message = statusText;
    const hasDual = Number(m.info.get('dual_solution_status')) === h.constants.solutionStatus.feasible;
    if (!mip && hasDual) result.rowDuals = Array.from(sol.rowDual);
    if (mip) {
      result.mipGap = Number(m.info.get('mip_gap'));
      const bound = Number(m.info.get('mip_dual_bound'));
      if (Number.isFinite(bound)) result.bound = bound;
    }
    return result;
  } finally {
    m.dispose();
  }
}

/**
 * An LP's lazy rows (SolveOptions.lazy) plus its free empty rows, which no point violates: they stay out of
 * HiGHS (a model with z_t fixed leaves most floor rows so, floor-rows.ts floorsFixed). undefined when none.
 */
function withFreeRows(model: LpModel, lazy: SolveOptions['lazy']): SolveOptions['lazy'] {
  const free = model.constraints.flatMap((r, i) => (r.terms.length === 0 && r.lb === -Infinity && r.ub === Infinity ? [i] : []));
  if (free.length === 0) return lazy && (lazy.rows.length > 0 || (lazy.caps?.length ?? 0) > 0) ? lazy : undefined;
  return { ...lazy, rows: lazy ? [...new Set([...lazy.rows, ...free])] : free };
}

function lazyRun(h: Highs): HighsRun {
  return {
    toModelData: (model) => toHighsModelData(h, model),
    configure,
    status: (code) => mapStatus(h, code),
    statusText: (code) => STATUS_NAMES[code] ?? `status ${code}`,
  };
}

function mapStatus(h: Highs, code: ModelStatusCode): SolveStatus {
  const s = h.constants.modelStatus;
  if (code === s.optimal) return 'optimal';
  if (code === s.infeasible) return 'infeasible';
  if (code === s.unbounded) return 'unbounded';
  // Stopped early with a plan (time, iterations, or the first feasible point of a feasibility check).
  if (code === s.timeLimit || code === s.iterationLimit || code === s.interrupted || code === s.solutionLimit) return 'timeout';
  return 'error';
}

/**
 * HiGHS may stop with "unbounded or infeasible" (mostly from presolve). A feasibility solve with zero
 * costs decides: feasible -> unbounded, infeasible -> infeasible. (For a MIP with rational data an
 * unbounded relaxation plus an integer point means an unbounded MIP.)
 */
function disambiguate(h: Highs, data: ModelData, options: SolveOptions): ModelStatusCode {
  const m = h.createModel({ ...data, colCost: new Float64Array(data.numCols), offset: 0 });
  try {
    configure(m, options);
    m.run();
    const code = m.getModelStatus();
    if (code === h.constants.modelStatus.optimal) return h.constants.modelStatus.unbounded;
    if (code === h.constants.modelStatus.infeasible) return code;
    return h.constants.modelStatus.unboundedOrInfeasible;
  } finally {
    m.dispose();
  }
}

/** No variables: every row has activity 0. */
function solveEmpty(model: LpModel): Outcome {
  const feasible = model.constraints.every((r) => r.lb <= 0 && r.ub >= 0);
  if (!feasible) return { status: 'infeasible', objective: NaN, values: [], message: 'empty model with an unsatisfiable row' };
  const zeros = model.constraints.map(() => 0);
  return { status: 'optimal', objective: model.objectiveConstant ?? 0, values: [], rowActivities: zeros, rowDuals: zeros };
}

export const highsSolver: Solver = new HighsSolver();
