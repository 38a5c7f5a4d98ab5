/**
 * School × indicator value/standard for one year: diverging colours centred on 1.0, cells below 1 also marked ▼;
 * a pass/fail column per plan year; schools not evaluated that year kept as marked rows. With `interactive`,
 * sort and filter controls sit outside the SVG, and school names open the school's page.
 */
import { useId, useState } from 'react';
import type { EvaluatedLevel, Location } from '../../../../engine/county/types.ts';
import type { SolveReport } from '../../../../engine/optimize/solve-report.ts';
import { quality2017 } from '../../../../engine/standards/quality-2017.ts';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { useOptionalWorkspace } from '../workspace.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { heatMessages } from './heat-messages.ts';
import { heatRows, type HeatIndicator, type HeatSchool, type HeatSort } from './heat-rows.ts';
import { FRAME, fitText, type ChartCommonProps } from './layout.ts';
import { r, type LegendItem } from './marks.tsx';
import { chartMessages } from './messages.ts';
import { GRID, INK, inkOn, MUTED, OKABE_ITO, RATIO_DOMAIN, ratioColorScale } from './palette.ts';

export { heatRows } from './heat-rows.ts';
export type { HeatCell, HeatIndicator, HeatRow, HeatSort, YearMark } from './heat-rows.ts';

/** px of one pass/fail column. */
const PASS_COL = 34;

export interface HeatLayout { labelWidth: number; x0: number; cellWidth: number; rowHeight: number; y0: number; height: number; passX0: number }

/** px: school labels left, a colour ramp and column headers above the cells, pass columns right; height grows with the rows. */
export function heatLayout(rows: number, columns: number, opts: { width: number; rowHeight?: number; passColumns?: number }): HeatLayout {
  const rowHeight = opts.rowHeight ?? 18;
  const labelWidth = Math.min(200, Math.round(opts.width * 0.3));
  const x0 = FRAME.padding + labelWidth;
  const passW = (opts.passColumns ?? 0) * PASS_COL;
  const cellWidth = Math.max(8, (opts.width - FRAME.padding - x0 - passW - (passW > 0 ? 6 : 0)) / Math.max(1, columns));
  const y0 = FRAME.top + 62;
  return { labelWidth, x0, cellWidth, rowHeight, y0, height: y0 + Math.max(1, rows) * rowHeight + 10 + FRAME.bottom, passX0: x0 + columns * cellWidth + 6 };
}

export interface HeatMapProps extends Omit<ChartCommonProps, 'height'> {
  /** SolveReport.values (indicator values in the standard's units per school part and year). */
  values: SolveReport['values'];
  year: number;
  /** Names (and level, location for the filters) for school ids. */
  schools?: readonly HeatSchool[];
  indicators?: readonly HeatIndicator[];
  level?: EvaluatedLevel | 'all';
  sort?: HeatSort;
  /** px per school row; the chart's height follows from the rows. */
  rowHeight?: number;
  /** With both, a built-in year slider is shown outside the SVG. */
  years?: readonly number[];
  onYearChange?: (year: number) => void;
  /** School rule over a part's ratios: with it, a pass/fail column per plan year and absent schools kept. */
  judge?: (ratios: readonly (number | null)[]) => boolean;
  /** Sort and filter controls outside the SVG. */
  interactive?: boolean;
  /** Opens a school's page; default the workspace's, where there is one. */
  onSchool?: (schoolId: string) => void;
}

function HeatControls({ sort, setSort, level, setLevel, location, setLocation, locations }: {
  sort: HeatSort; setSort(s: HeatSort): void; level: EvaluatedLevel | 'all'; setLevel(l: EvaluatedLevel | 'all'): void;
  location: Location | 'all'; setLocation(l: Location | 'all'): void; locations: Location[];
}) {
  const h = useMessages(heatMessages);
  return (
    <>
      <label>{h('sort')}{' '}
        <select data-testid="heat-sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as HeatSort)}>
          {(['input', 'worst', 'gaps', 'name'] as const).map((s) => <option key={s} value={s}>{h(`sort.${s}`)}</option>)}
        </select>
      </label>
      <label>{h('level')}{' '}
        <select data-testid="heat-level" value={level} onChange={(e) => setLevel(e.currentTarget.value as EvaluatedLevel | 'all')}>
          {(['all', 'primary', 'junior'] as const).map((s) => <option key={s} value={s}>{h(`level.${s}`)}</option>)}
        </select>
      </label>
      {locations.length > 0 && (
        <label>{h('location')}{' '}
          <select data-testid="heat-location" value={location} onChange={(e) => setLocation(e.currentTarget.value as Location | 'all')}>
            <option value="all">{h('location.all')}</option>
            {locations.map((s) => <option key={s} value={s}>{h(`location.${s}`)}</option>)}
          </select>
        </label>
      )}
    </>
  );
}

export function HeatMap({ id, title, width = 640, dataDate, values, year, schools, indicators = quality2017.indicators, level: level0 = 'all', sort: sort0 = 'input', rowHeight, years, onYearChange, judge, interactive, onSchool }: HeatMapProps) {
  const { fmt, text } = useI18n();
  const m = useMessages(chartMessages);
  const h = useMessages(heatMessages);
  const ws = useOptionalWorkspace();
  const open = onSchool ?? ws?.openSchool;
  const sliderId = useId();
  const [sort, setSort] = useState<HeatSort>(sort0);
  const [level, setLevel] = useState<EvaluatedLevel | 'all'>(level0);
  const [location, setLocation] = useState<Location | 'all'>('all');
  const passYears = judge ? [...new Set(values.map((v) => v.year))].sort((a, b) => a - b) : [];
  const rows = heatRows(values, year, { indicators, schools, level, location, sort, judge, passYears, keepAbsent: judge !== undefined });
  const L = heatLayout(rows.length, indicators.length, { width, rowHeight, passColumns: passYears.length });
  const color = ratioColorScale();
  const twoParts = new Set(rows.filter((a) => rows.some((b) => b.schoolId === a.schoolId && b.level !== a.level)).map((a) => a.schoolId));
  const legend: LegendItem[] = [{ label: m('heat.below'), swatch: { kind: 'fill', color: color(0.7) } }];
  if (passYears.length > 0) legend.push({ label: h('passLegend'), swatch: { kind: 'fill', color: '#ffffff' } });
  const steps = Array.from({ length: 11 }, (_, i) => RATIO_DOMAIN[0] + (i * (RATIO_DOMAIN[2] - RATIO_DOMAIN[0])) / 10);
  const rampW = Math.min(220, width - L.x0 - FRAME.padding);
  const stepW = rampW / steps.length;
  const rampY = FRAME.top + 4;
  const showText = L.cellWidth >= 40 && L.rowHeight >= 14;
  const locations = [...new Set((schools ?? []).map((s) => s.location).filter((x): x is Location => x !== undefined))].sort();
  const slider = years && onYearChange && years.length > 1 ? (
    <label htmlFor={sliderId} style={{ display: 'inline-flex', gap: '0.5rem', alignItems: 'center' }}>
      {m('heat.year')} {year}
      <input id={sliderId} type="range" data-testid="heat-year" min={Math.min(...years)} max={Math.max(...years)} step={1} value={year}
        onChange={(e) => onYearChange(Number(e.currentTarget.value))} />
    </label>
  ) : undefined;
  const controls = interactive || slider ? (
    <>{slider}{interactive && <HeatControls {...{ sort, setSort, level, setLevel, location, setLocation, locations }} />}</>
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
        {passYears.map((y, k) => (
          <g key={y} className="heat-pass-head">
            <text x={r(L.passX0 + (k + 0.5) * PASS_COL)} y={L.y0 - 18} textAnchor="middle" fontSize={9}>{h('passHead')}</text>
            <text x={r(L.passX0 + (k + 0.5) * PASS_COL)} y={L.y0 - 6} textAnchor="middle" fontSize={10} fontWeight={y === year ? 700 : 400}>{y}</text>
          </g>
        ))}
      </g>
      {rows.length === 0 && <text x={L.x0} y={L.y0 + 14} fontSize={12} fill={MUTED}>{m('heat.empty')}</text>}
      {rows.map((row, i) => {
        const y = L.y0 + i * L.rowHeight;
        const suffix = twoParts.has(row.schoolId) ? m(row.level === 'junior' ? 'heat.junior' : 'heat.primary') : '';
        return (
          <g key={row.key} className={row.absent ? 'heat-row heat-absent' : 'heat-row'} data-school={row.schoolId} data-level={row.level} data-min-ratio={row.minRatio} data-gaps={row.gaps}>
            <text className="heat-school" x={FRAME.padding} y={r(y + L.rowHeight / 2)} dy="0.32em" fontSize={11} fill={row.absent ? MUTED : open ? '#0b5cad' : INK}
              style={open ? { cursor: 'pointer' } : undefined} onClick={open ? () => open(row.schoolId) : undefined}>
              {fitText(`${row.name}${suffix}`, 11, L.labelWidth - 6)}
            </text>
            {row.absent && (
              <g className="heat-absent-cell">
                <rect x={r(L.x0)} y={r(y)} width={r(L.cellWidth * indicators.length)} height={L.rowHeight} fill="#f2f2f2" stroke={GRID} strokeWidth={0.5} />
                <text x={r(L.x0 + 6)} y={r(y + L.rowHeight / 2)} dy="0.32em" fontSize={10} fill={MUTED}>{h('absent')}</text>
              </g>
            )}
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
            {row.marks?.map((mk, k) => (
              <g key={passYears[k]} className={`heat-pass heat-pass-${mk}`} data-year={passYears[k]} data-mark={mk}>
                <rect x={r(L.passX0 + k * PASS_COL)} y={r(y)} width={PASS_COL} height={L.rowHeight} fill={mk === 'pass' ? '#e3f4ec' : mk === 'fail' ? '#fde8e4' : '#f2f2f2'} stroke={GRID} strokeWidth={0.5} />
                <text x={r(L.passX0 + (k + 0.5) * PASS_COL)} y={r(y + L.rowHeight / 2)} dy="0.32em" textAnchor="middle" fontSize={11}
                  fill={mk === 'pass' ? OKABE_ITO.bluishGreen : mk === 'fail' ? OKABE_ITO.vermillion : MUTED}>{h(`mark.${mk}`)}</text>
              </g>
            ))}
          </g>
        );
      })}
    </ChartFrame>
  );
}
