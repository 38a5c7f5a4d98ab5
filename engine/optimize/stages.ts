/** One solve with the scenario's limits, falling back to LP-round-and-repair when a MIP finds no plan in time. */
import { relaxed } from '../model/build.ts';
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
/** Problem-specific repair: fix the target binaries from a relaxation, and round decisions to whole numbers. */
export interface Rounding {
  choose(relaxed: readonly number[]): Map<number, number>;
  round(relaxed: readonly number[], mode: 'nearest' | 'up'): { x: number[]; decisions: Set<number> };
}

function fix(model: LpModel, values: ReadonlyMap<number, number>): LpModel {
  return { ...model, variables: model.variables.map((v, j) => (values.has(j) ? { ...v, lb: values.get(j)!, ub: values.get(j)! } : v)) };
}

export async function solveStage(solver: Solver, model: LpModel, limits: Limits, start?: readonly number[], rounding?: Rounding): Promise<StageResult> {
  const started = performance.now();
  const mip = isMip(model);
  const result = await solver.solve(model, { ...limits, ...(start && mip ? { start } : {}) });
  const done = (x: number[] | null, method: SolveReport['method'], r = result): StageResult =>
    ({ result: r, x, method, seconds: (performance.now() - started) / 1000 });
  if (result.status === 'optimal') return done(result.values, mip ? 'mip' : 'lp');
  if (result.status === 'timeout' && result.values.length > 0) return done(result.values, mip ? 'mip-incumbent' : 'lp');
  if (result.status !== 'timeout' || !mip || !rounding) return done(null, 'none');
  return roundAndRepair(solver, model, limits, started, rounding);
}

/** No plan within the time limit: LP relaxation, whole decisions by rounding, then the rest (pass binaries, continuous) solved again. */
async function roundAndRepair(solver: Solver, model: LpModel, limits: Limits, started: number, rounding: Rounding): Promise<StageResult> {
  const seconds = () => (performance.now() - started) / 1000;
  const lp = await solver.solve(relaxed(model), limits);
  if (lp.status !== 'optimal') return { result: lp, x: null, method: 'none', seconds: seconds() };
  // The relaxation meets the school rule with every indicator near 85%; choose who passes, then re-solve.
  const passes = rounding.choose(lp.values);
  const chosen = passes.size > 0 ? await solver.solve(relaxed(fix(model, passes)), limits) : lp;
  const base = chosen.status === 'optimal' ? chosen.values : lp.values;
  for (const mode of ['nearest', 'up'] as const) {
    const { x, decisions } = rounding.round(base, mode);
    const values = new Map([...(chosen.status === 'optimal' ? passes : []), ...[...decisions].map((j) => [j, x[j]!] as const)]);
    const repaired = await solver.solve(fix(model, values), limits);
    if (repaired.values.length > 0 && (repaired.status === 'optimal' || repaired.status === 'timeout')) {
      const message = `no integer plan within the time limit: the LP relaxation was rounded (${mode}) to whole decisions and repaired`;
      return { result: { ...repaired, status: 'timeout', message }, x: repaired.values, method: 'lp-round-repair', seconds: seconds() };
    }
  }
  const message = 'no integer plan within the time limit, and rounding the LP relaxation did not give a feasible plan';
  return { result: { ...lp, status: 'timeout', values: [], message }, x: null, method: 'none', seconds: seconds() };
}
