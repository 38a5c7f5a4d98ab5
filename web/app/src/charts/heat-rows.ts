/**
 * The heat map's rows for one year: one per school part, sorted (input order, worst ratio, most gaps, name)
 * and filtered (level, location); a pass/fail mark per plan year; schools not evaluated that year kept as
 * marked rows instead of dropped.
 */
import type { EvaluatedLevel, Location } from '../../../../engine/county/types.ts';
import type { SolveReport } from '../../../../engine/optimize/solve-report.ts';
import type { IndicatorDef } from '../../../../engine/standards/types.ts';

export type HeatIndicator = Pick<IndicatorDef, 'key' | 'short' | 'threshold'>;
export interface HeatCell { key: string; value: number | null; threshold: number | null; ratio: number | null }
/** A year's verdict for the row's school part: passes, fails, or not evaluated that year. */
export type YearMark = 'pass' | 'fail' | 'absent';
export interface HeatRow {
  key: string; schoolId: string; level: EvaluatedLevel; name: string; cells: HeatCell[];
  /** Lowest ratio; Infinity when none. */
  minRatio: number;
  /** Cells below the standard. */
  gaps: number;
  /** Not evaluated in this year (left the evaluation): no cells. */
  absent?: boolean;
  /** Per plan year, in `passYears` order, when a judge is given. */
  marks?: YearMark[];
}
export type HeatSort = 'input' | 'worst' | 'gaps' | 'name';
export interface HeatSchool { id: string; name: string; level?: string; location?: Location }

export interface HeatRowOptions {
  indicators: readonly HeatIndicator[];
  schools?: readonly HeatSchool[];
  level?: EvaluatedLevel | 'all';
  location?: Location | 'all';
  sort?: HeatSort;
  /** School rule over a part's ratios (null = no threshold); with it, rows carry a pass mark per year of `passYears`. */
  judge?: (ratios: readonly (number | null)[]) => boolean;
  passYears?: readonly number[];
  /** Keep schools evaluated in some year but not this one, as rows marked absent. */
  keepAbsent?: boolean;
}

const BELOW = 1 - 1e-9;

function cellsOf(v: SolveReport['values'][number], indicators: readonly HeatIndicator[]): HeatCell[] {
  return indicators.map((d) => {
    const value = v.values[d.key];
    const threshold = d.threshold[v.level];
    const ok = typeof value === 'number' && Number.isFinite(value);
    return { key: d.key, value: ok ? value : null, threshold, ratio: ok && threshold !== null && threshold > 0 ? value / threshold : null };
  });
}

export function heatRows(values: SolveReport['values'], year: number, opts: HeatRowOptions): HeatRow[] {
  const names = new Map((opts.schools ?? []).map((s) => [s.id, s.name]));
  const locations = new Map((opts.schools ?? []).map((s) => [s.id, s.location]));
  const keep = (schoolId: string, level: EvaluatedLevel) => (opts.level === undefined || opts.level === 'all' || level === opts.level)
    && (opts.location === undefined || opts.location === 'all' || locations.get(schoolId) === opts.location);
  const byKey = new Map<string, SolveReport['values'][number]>();
  for (const v of values) byKey.set(`${v.year}|${v.schoolId}:${v.level}`, v);
  const mark = (schoolId: string, level: EvaluatedLevel): YearMark[] | undefined => opts.judge && opts.passYears?.map((y) => {
    const v = byKey.get(`${y}|${schoolId}:${level}`);
    return v ? (opts.judge!(cellsOf(v, opts.indicators).map((c) => c.ratio)) ? 'pass' : 'fail') : 'absent';
  });
  const rows = values.filter((v) => v.year === year && keep(v.schoolId, v.level)).map((v): HeatRow => {
    const cells = cellsOf(v, opts.indicators);
    const ratios = cells.map((c) => c.ratio).filter((x): x is number => x !== null);
    const marks = mark(v.schoolId, v.level);
    return {
      key: `${v.schoolId}:${v.level}`, schoolId: v.schoolId, level: v.level, name: names.get(v.schoolId) ?? v.schoolId, cells,
      minRatio: ratios.length ? Math.min(...ratios) : Infinity, gaps: ratios.filter((x) => x < BELOW).length, ...(marks ? { marks } : {}),
    };
  });
  if (opts.keepAbsent) {
    const present = new Set(rows.map((r) => r.key));
    const seen = new Set<string>();
    for (const v of values) {
      const key = `${v.schoolId}:${v.level}`;
      if (v.year === year || present.has(key) || seen.has(key) || !keep(v.schoolId, v.level)) continue;
      seen.add(key);
      const marks = mark(v.schoolId, v.level);
      rows.push({ key, schoolId: v.schoolId, level: v.level, name: names.get(v.schoolId) ?? v.schoolId, cells: [], minRatio: Infinity, gaps: 0, absent: true, ...(marks ? { marks } : {}) });
    }
  }
  const byName = (a: HeatRow, b: HeatRow) => a.name.localeCompare(b.name, 'zh-CN') || a.key.localeCompare(b.key);
  if (opts.sort === 'worst') rows.sort((a, b) => a.minRatio - b.minRatio || a.key.localeCompare(b.key));
  else if (opts.sort === 'gaps') rows.sort((a, b) => b.gaps - a.gaps || a.minRatio - b.minRatio || a.key.localeCompare(b.key));
  else if (opts.sort === 'name') rows.sort(byName);
  // Absent rows go last whatever the sort, so the evaluated schools stay together.
  return [...rows.filter((r) => !r.absent), ...rows.filter((r) => r.absent)];
}
