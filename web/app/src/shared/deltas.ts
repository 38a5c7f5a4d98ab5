/** Rows of the comparison's difference table: each run's figure, its change from the baseline, and whether that is better. */
import type { Comparison, RunFigures, Value } from '../../../../engine/compare/compare.ts';
import type { EvaluatedLevel } from '../../../../engine/county/types.ts';
import { SPEND_CATEGORIES, type SpendCategory } from '../../../../engine/plan/types.ts';

/** Which way is better: fewer yuan and lower coefficients; more schools passing. */
export type Direction = 'lower' | 'higher';

export type DeltaMetric =
  | { kind: 'spend'; category: SpendCategory | 'total' }
  | { kind: 'passing' }
  | { kind: 'maxCv' }
  | { kind: 'cv'; level: EvaluatedLevel; indicator: string };

export interface DeltaCell {
  value: Value;
  /** value minus the baseline's; null for the baseline itself or where either is missing. */
  delta: Value;
  /** true better, false worse, null unchanged (|delta| within tolerance) or unknown. */
  better: boolean | null;
}

export interface DeltaRow {
  key: string;
  metric: DeltaMetric;
  direction: Direction;
  cells: DeltaCell[];
}

/** Changes smaller than this are shown as unchanged: 1 yuan, 0.0005 of a coefficient, no school. */
const TOLERANCE: Record<DeltaMetric['kind'], number> = { spend: 1, passing: 0.5, maxCv: 0.0005, cv: 0.0005 };

export function judge(delta: Value, direction: Direction, tolerance: number): boolean | null {
  if (delta === null || Math.abs(delta) <= tolerance) return null;
  return direction === 'lower' ? delta < 0 : delta > 0;
}

function finalYearCv(f: RunFigures, level: EvaluatedLevel, indicator: string): Value {
  const last = f.years[f.years.length - 1];
  return last?.cv[level][indicator] ?? null;
}

function valueOf(f: RunFigures, metric: DeltaMetric): Value {
  switch (metric.kind) {
    case 'spend': return f.totals.spend[metric.category];
    case 'passing': return f.totals.schoolsPassing;
    case 'maxCv': return f.totals.maxCv;
    case 'cv': return finalYearCv(f, metric.level, metric.indicator);
  }
}

function keyOf(metric: DeltaMetric): string {
  switch (metric.kind) {
    case 'spend': return `spend.${metric.category}`;
    case 'cv': return `cv.${metric.level}.${metric.indicator}`;
    default: return metric.kind;
  }
}

/** Totals over the plan and final-year coefficients; the delta is recomputed from the figures so the table is self-consistent. */
export function deltaRows(comparison: Comparison, options: { spendCategories?: boolean } = {}): DeltaRow[] {
  const metrics: DeltaMetric[] = [
    { kind: 'spend', category: 'total' },
    ...(options.spendCategories === false ? [] : SPEND_CATEGORIES.map((category): DeltaMetric => ({ kind: 'spend', category }))),
    { kind: 'passing' },
    { kind: 'maxCv' },
    ...(['primary', 'junior'] as const).flatMap((level) => comparison.indicators[level].map((indicator): DeltaMetric => ({ kind: 'cv', level, indicator }))),
  ];
  const base = comparison.runs[0];
  return metrics.map((metric) => {
    const direction: Direction = metric.kind === 'passing' ? 'higher' : 'lower';
    const baseValue = base ? valueOf(base.figures, metric) : null;
    const cells = comparison.runs.map((run, i): DeltaCell => {
      const value = valueOf(run.figures, metric);
      const delta = i === 0 || value === null || baseValue === null ? null : value - baseValue;
      return { value, delta, better: i === 0 ? null : judge(delta, direction, TOLERANCE[metric.kind]) };
    });
    return { key: keyOf(metric), metric, direction, cells };
  });
}

/** Rows where some run differs from the baseline beyond tolerance. */
export function changedRows(rows: readonly DeltaRow[]): DeltaRow[] {
  return rows.filter((r) => r.cells.some((c) => c.better !== null));
}

/** A compared run at its budget, as the sweep's frontier chart and table mark it. */
export interface ComparedMark { name: string; budget: number; maxCv: number | null; schoolsPassing: number | null }

/** The compared runs at their total budgets (yuan over the plan); runs without a budget are left out. */
export function comparedMarks(comparison: Comparison | null): ComparedMark[] {
  return (comparison?.runs ?? []).flatMap((r) => (r.figures.totals.budget === null ? [] : [{
    name: r.name, budget: r.figures.totals.budget, maxCv: r.figures.totals.maxCv, schoolsPassing: r.figures.totals.schoolsPassing,
  }]));
}

/** Shared y maxima so side-by-side charts use one scale: yuan per year, schools, coefficient. */
export function sharedDomains(comparison: Comparison): { spendMax: number; schoolsMax: number; cvMax: number } {
  let spendMax = 0, schoolsMax = 0, cvMax = 0;
  for (const run of comparison.runs) {
    for (const y of run.figures.years) {
      spendMax = Math.max(spendMax, y.spend.total ?? 0, y.budget ?? 0);
      schoolsMax = Math.max(schoolsMax, y.schoolsTotal ?? 0, y.schoolsPassing ?? 0);
      for (const level of ['primary', 'junior'] as const) for (const v of Object.values(y.cv[level])) cvMax = Math.max(cvMax, v ?? 0);
    }
  }
  return { spendMax, schoolsMax, cvMax };
}
