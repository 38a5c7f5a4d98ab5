/** One solve with the scenario's limits (tie-breaks, cv cuts); the primary plan comes from heuristic.ts / floor-search.ts. */
import { isMip, type LpModel, type SolveResult, type Solver } from '../solve/model.ts';
import type { SolveReport } from './solve-report.ts';

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
  return done(null, 'none');
}
