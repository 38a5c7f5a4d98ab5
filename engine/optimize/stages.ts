/** One solve with the scenario's limits, falling back to LP-round-and-repair when a MIP finds no plan in time. */
import { relaxed } from '../model/build.ts';
import { isMip, type LpModel, type SolveResult, type Solver } from '../solve/model.ts';
import type { SolveReport } from '../plan/types.ts';

export interface StageResult {
  result: SolveResult;
  x: number[] | null;
  method: SolveReport['method'];
  seconds: number;
}

export interface Limits {
  timeLimitSeconds: number;
  mipRelGap: number;
}

/** `start`: a feasible point to begin from (MIP start), where the solver supports one. */
export async function solveStage(solver: Solver, model: LpModel, limits: Limits, start?: readonly number[]): Promise<StageResult> {
  const started = performance.now();
  const mip = isMip(model);
  const result = await solver.solve(model, { ...limits, ...(start && mip ? { start } : {}) });
  const done = (x: number[] | null, method: SolveReport['method'], r = result): StageResult =>
    ({ result: r, x, method, seconds: (performance.now() - started) / 1000 });
  if (result.status === 'optimal') return done(result.values, mip ? 'mip' : 'lp');
  if (result.status === 'timeout' && result.values.length > 0) return done(result.values, mip ? 'mip-incumbent' : 'lp');
  if (result.status !== 'timeout' || !mip) return done(null, 'none');
  return roundAndRepair(solver, model, limits, started);
}

/** LP relaxation; binaries at ≥ 0.5 fixed to 1 and the rest to 0; the remaining integers solved again; last resort rounding. */
async function roundAndRepair(solver: Solver, model: LpModel, limits: Limits, started: number): Promise<StageResult> {
  const seconds = () => (performance.now() - started) / 1000;
  const lp = await solver.solve(relaxed(model), limits);
  if (lp.status !== 'optimal') return { result: lp, x: null, method: 'none', seconds: seconds() };
  const fixed: LpModel = {
    ...model,
    variables: model.variables.map((v, j) => {
      if (!v.integer || v.ub !== 1 || v.lb !== 0) return v;
      const b = (lp.values[j] ?? 0) >= 0.5 ? 1 : 0;
      return { ...v, lb: b, ub: b };
    }),
  };
  const repaired = await solver.solve(fixed, limits);
  if (repaired.values.length > 0 && (repaired.status === 'optimal' || repaired.status === 'timeout')) {
    return { result: { ...repaired, status: 'timeout' }, x: repaired.values, method: 'lp-round-repair', seconds: seconds() };
  }
  const rounded = lp.values.map((v, j) => (model.variables[j]!.integer ? Math.round(v) : v));
  return { result: { ...lp, status: 'timeout', message: 'LP relaxation rounded; bounds may be violated slightly' }, x: rounded, method: 'lp-round-repair', seconds: seconds() };
}
