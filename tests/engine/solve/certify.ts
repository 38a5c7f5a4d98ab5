/** An optimality certificate check for LP results: the duals make the point optimal on the whole model. */
import type { LpModel, SolveResult } from '../../../engine/solve/index.ts';

const TOL = 1e-6;

/** Dual feasibility and complementary slackness of (x, y) on the whole model, in HiGHS's sign convention (minimising). */
export function certifies(model: LpModel, r: SolveResult): boolean {
  const sign = model.sense === 'max' ? -1 : 1;
  const y = r.rowDuals!.map((v) => sign * v);
  const x = r.values;
  const reduced = model.variables.map((v) => sign * v.cost);
  model.constraints.forEach((row, i) => {
    for (const [j, a] of row.terms) reduced[j]! -= a * y[i]!;
  });
  const near = (a: number, b: number) => Math.abs(a - b) <= TOL * Math.max(1, Math.abs(b));
  const rowsOk = model.constraints.every((row, i) => {
    const act = r.rowActivities![i]!;
    if (y[i]! > TOL) return near(act, row.lb);
    if (y[i]! < -TOL) return near(act, row.ub);
    return true;
  });
  const colsOk = model.variables.every((v, j) => {
    if (reduced[j]! > TOL) return near(x[j]!, v.lb);
    if (reduced[j]! < -TOL) return near(x[j]!, v.ub);
    return true;
  });
  return rowsOk && colsOk;
}

