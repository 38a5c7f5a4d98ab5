/** School × indicator value/standard for one year: diverging colours centred on 1.0, cells below 1 also marked ▼. */
import { useId } from 'react';
import type { EvaluatedLevel } from '../../../../engine/county/types.ts';
import type { SolveReport } from '../../../../engine/optimize/solve-report.ts';
import { quality2017 } from '../../../../engine/standards/quality-2017.ts';
import type { IndicatorDef } from '../../../../engine/standards/types.ts';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { FRAME, fitText, type ChartCommonProps } from './layout.ts';
import { r, type LegendItem } from './marks.tsx';
import { chartMessages } from './messages.ts';
import { GRID, INK, inkOn, MUTED, RATIO_DOMAIN, ratioColorScale } from './palette.ts';

export type HeatIndicator = Pick<IndicatorDef, 'key' | 'short' | 'threshold'>;
export interface HeatCell { key: string; value: number | null; threshold: number | null; ratio: number | null }
export interface HeatRow { key: string; schoolId: string; level: EvaluatedLevel; name: string; cells: HeatCell[]; minRatio: number }

/**
 * Rows for one year: one per school part (a nine-year school has a primary and a junior row); ratio =
 * value / threshold of the row's level; 'worst' sorts by the lowest ratio first.
 */
export function heatRows(values: SolveReport['values'], year: number, opts: {
  indicators: readonly HeatIndicator[]; schools?: readonly { id: string; name: string }[]; level?: EvaluatedLevel | 'all'; sort?: 'input' | 'worst';
}): HeatRow[] {
  const names = new Map((opts.schools ?? []).map((s) => [s.id, s.name]));
  const rows = values
    .filter((v) => v.year === year && (opts.level === undefined || opts.level === 'all' || v.level === opts.level))
    .map((v): HeatRow => {
      const cells = opts.indicators.map((d) => {
        const value = v.values[d.key];
        const threshold = d.threshold[v.level];
        const ok = typeof value === 'number' && Number.isFinite(value);
        return { key: d.key, value: ok ? value : null, threshold, ratio: ok && threshold !== null && threshold > 0 ? value / threshold : null };
      });
      const ratios = cells.map((c) => c.ratio).filter((x): x is number => x !== null);
      return { key: `${v.schoolId}:${v.level}`, schoolId: v.schoolId, level: v.level, name: names.get(v.schoolId) ?? v.schoolId, cells, minRatio: ratios.length ? Math.min(...ratios) : Infinity };
    });
  if (opts.sort === 'worst') rows.sort((a, b) => a.minRatio - b.minRatio || a.key.localeCompare(b.key));
  return rows;
}

export interface HeatLayout { labelWidth: number; x0: number; cellWidth: number; rowHeight: number; y0: number; height: number }

/** px: school labels left, a colour ramp and column headers above the cells; height grows with the rows. */
export function heatLayout(rows: number, columns: number, opts: { width: number; rowHeight?: number }): HeatLayout {
  const rowHeight = opts.rowHeight ?? 18;
  const labelWidth = Math.min(200, Math.round(opts.width * 0.3));
  const x0 = FRAME.padding + labelWidth;
  const cellWidth = Math.max(8, (opts.width - FRAME.padding - x0) / Math.max(1, columns));
  const y0 = FRAME.top + 62;
  return { labelWidth, x0, cellWidth, rowHeight, y0, height: y0 + Math.max(1, rows) * rowHeight + 10 + FRAME.bottom };
}

export interface HeatMapProps extends Omit<ChartCommonProps, 'height'> {
  /** SolveReport.values (indicator values in the standard's units per school part and year). */
  values: SolveReport['values'];
  year: number;
  /** Names for school ids. */
  schools?: readonly { id: string; name: string }[];
  indicators?: readonly HeatIndicator[];
  level?: EvaluatedLevel | 'all';
  sort?: 'input' | 'worst';
  /** px per school row; the chart's height follows from the rows. */
  rowHeight?: number;
  /** With both, a built-in year slider is shown outside the SVG. */
  years?: readonly number[];
  onYearChange?: (year: number) => void;
}

export function HeatMap({ id, title, width = 640, dataDate, values, year, schools, indicators = quality2017.indicators, level = 'all', sort = 'input', rowHeight, years, onYearChange }: HeatMapProps) {
  const { fmt, text } = useI18n();
  const m = useMessages(chartMessages);
  const sliderId = useId();
  const rows = heatRows(values, year, { indicators, schools, level, sort });
  const L = heatLayout(rows.length, indicators.length, { width, rowHeight });
  const color = ratioColorScale();
  const twoParts = new Set(rows.filter((a) => rows.some((b) => b.schoolId === a.schoolId && b.level !== a.level)).map((a) => a.schoolId));
  const legend: LegendItem[] = [{ label: m('heat.below'), swatch: { kind: 'fill', color: color(0.7) } }];
  const steps = Array.from({ length: 11 }, (_, i) => RATIO_DOMAIN[0] + (i * (RATIO_DOMAIN[2] - RATIO_DOMAIN[0])) / 10);
  const rampW = Math.min(220, width - L.x0 - FRAME.padding);
  const stepW = rampW / steps.length;
  const rampY = FRAME.top + 4;
  const showText = L.cellWidth >= 40 && L.rowHeight >= 14;
  const controls = years && onYearChange && years.length > 1 ? (
    <label htmlFor={sliderId} style={{ display: 'inline-flex', gap: '0.5rem', alignItems: 'center' }}>
      {m('heat.year')} {year}
      <input id={sliderId} type="range" data-testid="heat-year" min={Math.min(...years)} max={Math.max(...years)} step={1} value={year}
        onChange={(e) => onYearChange(Number(e.currentTarget.value))} />
    </label>
  ) : undefined;
  return (
    <ChartFrame id={id} title={title ?? m('heat.title', { year })} width={width} height={L.height} legend={legend} units={m('heat.units')} dataDate={dataDate} controls={controls}>
      <g className="heat-ramp" fontSize={10} fill={INK}>
        {steps.map((v, i) => <rect key={v} x={r(L.x0 + i * stepW)} y={rampY} width={r(stepW + 0.5)} height={10} fill={color(v)} />)}
        <rect x={L.x0} y={rampY} width={r(stepW * steps.length)} height={10} fill="none" stroke={MUTED} strokeWidth={0.5} />
        <line className="heat-ramp-one" x1={r(L.x0 + 5.5 * stepW)} x2={r(L.x0 + 5.5 * stepW)} y1={rampY - 3} y2={rampY + 13} stroke={INK} strokeWidth={1.5} />
        <text x={L.x0} y={rampY + 24}>{fmt.num(RATIO_DOMAIN[0], 1)}</text>
        <text x={r(L.x0 + 5.5 * stepW)} y={rampY + 24} textAnchor="middle" fontWeight={700}>{m('heat.meets')}</text>
        <text x={r(L.x0 + steps.length * stepW)} y={rampY + 24} textAnchor="end">{fmt.num(RATIO_DOMAIN[2], 1)}</text>
      </g>
      <g className="heat-columns" fontSize={11} fill={INK}>
        {indicators.map((d, j) => (
          <text key={d.key} x={r(L.x0 + (j + 0.5) * L.cellWidth)} y={L.y0 - 6} textAnchor="middle">{fitText(text(d.short), 11, L.cellWidth - 2)}</text>
        ))}
      </g>
      {rows.length === 0 && <text x={L.x0} y={L.y0 + 14} fontSize={12} fill={MUTED}>{m('heat.empty')}</text>}
      {rows.map((row, i) => {
        const y = L.y0 + i * L.rowHeight;
        const suffix = twoParts.has(row.schoolId) ? m(row.level === 'junior' ? 'heat.junior' : 'heat.primary') : '';
        return (
          <g key={row.key} className="heat-row" data-school={row.schoolId} data-level={row.level}>
            <text x={FRAME.padding} y={r(y + L.rowHeight / 2)} dy="0.32em" fontSize={11} fill={INK}>{fitText(`${row.name}${suffix}`, 11, L.labelWidth - 6)}</text>
            {row.cells.map((c, j) => {
              const x = L.x0 + j * L.cellWidth;
              const fill = c.ratio === null ? '#f2f2f2' : color(c.ratio);
              const below = c.ratio !== null && c.ratio < 1 - 1e-9;
              const label = c.ratio === null ? '—' : showText ? `${below ? '▼' : ''}${fmt.coef(c.ratio)}` : below ? '▼' : '';
              return (
                <g key={c.key} className={below ? 'heat-cell heat-below' : 'heat-cell'} data-indicator={c.key} data-ratio={c.ratio ?? ''}>
                  <rect x={r(x)} y={r(y)} width={r(L.cellWidth)} height={L.rowHeight} fill={fill} stroke={GRID} strokeWidth={0.5}>
                    <title>{`${row.name}${suffix} · ${text(indicators[j]!.short)}: ${c.value === null ? '—' : fmt.num(c.value, 2)} / ${c.threshold === null ? '—' : fmt.num(c.threshold, 2)}`}</title>
                  </rect>
                  {label && (
                    <text x={r(x + L.cellWidth / 2)} y={r(y + L.rowHeight / 2)} dy="0.32em" textAnchor="middle" fontSize={Math.min(11, L.rowHeight - 4)} fill={inkOn(fill)}>{label}</text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </ChartFrame>
  );
}
