/** School × indicator value/standard ratios for one plan year, from a solve report's values and a standard's thresholds. */
import type { EvaluatedLevel } from '../../../../engine/county/types.ts';
import type { SolveReport } from '../../../../engine/optimize/solve-report.ts';
import { basic2012 } from '../../../../engine/standards/basic-2012.ts';
import { quality2017 } from '../../../../engine/standards/quality-2017.ts';
import type { IndicatorDef, Standard } from '../../../../engine/standards/types.ts';

const STANDARDS: Record<string, Standard> = { [quality2017.id]: quality2017, [basic2012.id]: basic2012 };

/** The scenario's standard set (built-in ids); quality-2017 when unnamed or unknown. */
export function standardById(id: string | undefined): Standard {
  return (id !== undefined && STANDARDS[id]) || quality2017;
}

export interface HeatRow {
  schoolId: string;
  schoolName: string;
  level: EvaluatedLevel;
  /** value / threshold per indicator key; null where the level has no threshold or no value. */
  ratios: Record<string, number | null>;
}

export interface HeatGrid {
  year: number;
  indicators: IndicatorDef[];
  rows: HeatRow[];
}

/** Indicators with a threshold at either level: the ones a ratio can be shown for. */
export function thresholdIndicators(standard: Standard): IndicatorDef[] {
  return standard.indicators.filter((d) => d.threshold.primary !== null || d.threshold.junior !== null);
}

export function ratioOf(value: number | undefined, threshold: number | null): number | null {
  if (value === undefined || !Number.isFinite(value) || threshold === null || threshold <= 0) return null;
  return value / threshold;
}

/** One row per school part (a nine-year school has a primary and a junior row), in the report's order. */
export function heatGrid(values: SolveReport['values'], year: number, standard: Standard, names: ReadonlyMap<string, string> = new Map()): HeatGrid {
  const indicators = thresholdIndicators(standard);
  const rows = values.filter((v) => v.year === year).map((v): HeatRow => ({
    schoolId: v.schoolId,
    schoolName: names.get(v.schoolId) ?? v.schoolId,
    level: v.level,
    ratios: Object.fromEntries(indicators.map((d) => [d.key, ratioOf(v.values[d.key], d.threshold[v.level])])),
  }));
  return { year, indicators, rows };
}

/** Plan years present in the values, ascending. */
export function valueYears(values: SolveReport['values']): number[] {
  return [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
}

/** Share of cells at or above the standard (ratio ≥ 1) among cells with a ratio. */
export function shareAtStandard(grid: HeatGrid): number | null {
  const cells = grid.rows.flatMap((r) => Object.values(r.ratios)).filter((x): x is number => x !== null);
  return cells.length === 0 ? null : cells.filter((x) => x >= 1).length / cells.length;
}
