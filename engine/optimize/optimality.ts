/**
 * Honest optimality: the gap of the plan delivered (after the tie-break) to the bound the primary stage
 * proved. "Optimal" only when that gap is at most OPTIMAL_GAP; otherwise "within X % of optimal".
 */
import type { PlanningModel } from '../model/build.ts';
import type { SolveReport } from './solve-report.ts';
import { planObjective, relativeGap } from './plan-objective.ts';
import type { StageResult } from './stages.ts';

/** Relative gap at or below which a plan is called optimal. */
export const OPTIMAL_GAP = 1e-6;
/** Relative share of the primary objective a tie-break may give up (the solver's own tolerance). */
export const TIE_SLACK = 1e-7;

export function optimalityText(gap: number | undefined): { zh: string; en: string } {
  if (gap === undefined) return { zh: '可行方案（未证明与最优的差距）', en: 'a feasible plan (no proven bound)' };
  if (gap <= OPTIMAL_GAP) return { zh: '最优', en: 'optimal' };
  const pct = gap * 100 < 0.01 ? '< 0.01' : (gap * 100).toFixed(2);
  return { zh: `与最优相差不超过 ${pct}%`, en: `within ${pct} % of optimal` };
}

/** integer: false with targets: the optimum is the LP relaxation's, with schools passing counted fractionally. */
export const FRACTIONAL_PASSES = { zh: '线性松弛，达标学校按分数计', en: 'LP relaxation, schools passing counted fractionally' };

/** The optimality words with the LP-relaxation caveat when the model counts passes fractionally (integer: false, targets). */
export function withFractionalPasses(o: NonNullable<SolveReport['optimality']>): NonNullable<SolveReport['optimality']> {
  return { ...o, zh: `${o.zh}（${FRACTIONAL_PASSES.zh}）`, en: `${o.en} (${FRACTIONAL_PASSES.en})` };
}

/** mipGap and optimality of the plan x against the primary stage's bound (model units, minimised). */
export function provenGap(pm: PlanningModel, x: readonly number[], primary: StageResult): Pick<SolveReport, 'mipGap' | 'optimality'> | undefined {
  const value = planObjective(pm, x);
  if (value === undefined) return undefined;
  const mip = pm.model.variables.some((v) => v.integer);
  const bound = mip ? primary.result.bound : primary.result.status === 'optimal' ? primary.result.objective : undefined;
  const gap = relativeGap(value, bound);
  const text = optimalityText(gap);
  return { ...(gap !== undefined ? { mipGap: gap } : {}), optimality: { optimal: gap !== undefined && gap <= OPTIMAL_GAP, ...text } };
}
