/** Shared axis tops for 2–4 runs on the compare screen, so their charts are drawn on the same scales. */
import { nice } from 'd3';
import type { EvaluatedLevel } from '../../../../engine/county/types.ts';
import type { CvYear } from './CvChart.tsx';
import type { PassingYear } from './PassingChart.tsx';
import { spendStacks, type SpendYear } from './SpendChart.tsx';

function niceTop(values: number[], floor: number): number {
  const top = Math.max(floor, ...values.filter((v) => Number.isFinite(v)));
  return nice(0, top, 5)[1];
}

/** yMax (yuan) for SpendChart: the largest stack or budget over all runs, rounded up to a nice tick. */
export function sharedSpendMax(runs: readonly (readonly SpendYear[])[]): number {
  return niceTop(runs.flatMap((years) => spendStacks(years).flatMap((s) => [s.total, s.budget ?? 0])), 1);
}

/** yMax for CvChart of one level: the largest coefficient over all runs, at least 1.2 × limit. */
export function sharedCvMax(runs: readonly (readonly CvYear[])[], level: EvaluatedLevel, limit: number): number {
  return niceTop(runs.flatMap((years) => years.flatMap((y) => Object.values(y.cv[level]).filter((v): v is number => typeof v === 'number'))), limit * 1.2);
}

/** yMax for PassingChart: the largest schools total or count over all runs. */
export function sharedPassingMax(runs: readonly (readonly PassingYear[])[]): number {
  return niceTop(runs.flatMap((years) => years.flatMap((y) => [y.schoolsTotal ?? 0, y.schoolsPassing ?? 0])), 1);
}
