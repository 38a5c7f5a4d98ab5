/** Difference coefficient per indicator per year for one level, with the level's limit line; over-limit points are triangles. */
import { line, max, scaleLinear, scalePoint, type ScaleLinear, type ScalePoint } from 'd3';
import type { EvaluatedLevel } from '../../../../engine/county/types.ts';
import { quality2017 } from '../../../../engine/standards/quality-2017.ts';
import type { IndicatorDef } from '../../../../engine/standards/types.ts';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { AxisBottom, AxisLeft } from './axes.tsx';
import { BASE_SHADE, BaseColumn, yearTick } from './base-year.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { plotArea, spreadLabels, type ChartCommonProps, type PlotArea } from './layout.ts';
import { Mark, r, type LegendItem } from './marks.tsx';
import { chartMessages } from './messages.ts';
import { indicatorStyle, INK, MUTED, OKABE_ITO } from './palette.ts';

/** One year's coefficients per level and indicator key (YearSummary and compare's YearFigures fit). */
export interface CvYear {
  year: number;
  cv: Record<EvaluatedLevel, Record<string, number | null>>;
}

export interface CvPoint { year: number; value: number; over: boolean }
export interface CvSeries { key: string; points: CvPoint[] }

export interface CvScales {
  plot: PlotArea;
  x: ScalePoint<string>;
  y: ScaleLinear<number, number>;
  /** px of the limit line. */
  limitY: number;
  series: CvSeries[];
  /** The data year's points per indicator (in `keys` order), empty without a base. */
  base: CvSeries[];
}

const MARGIN = { left: 48, right: 110, top: 8, bottom: 30 };

/** Series per indicator (in `keys` order) over the years that have a finite value; `over` when value > limit. */
export function cvSeries(years: readonly CvYear[], level: EvaluatedLevel, keys: readonly string[], limit: number): CvSeries[] {
  return keys.map((key) => ({
    key,
    points: years.flatMap((y) => {
      const v = y.cv[level][key];
      return typeof v === 'number' && Number.isFinite(v) ? [{ year: y.year, value: v, over: v > limit + 1e-12 }] : [];
    }),
  }));
}

/**
 * y from 0 to the largest coefficient or 1.2 × limit (whichever is higher), or the shared `yMax`; x from the
 * data year (`base`, when given) through the plan years.
 */
export function cvScales(years: readonly CvYear[], level: EvaluatedLevel, opts: {
  width: number; height: number; limit: number; keys: readonly string[]; yMax?: number; baseline?: readonly CvYear[]; base?: CvYear;
}): CvScales {
  const plot = plotArea(opts.width, opts.height, MARGIN);
  const series = cvSeries(years, level, opts.keys, opts.limit);
  const base = opts.base ? cvSeries([opts.base], level, opts.keys, opts.limit) : [];
  const ghost = cvSeries(opts.baseline ?? [], level, opts.keys, opts.limit);
  const top = opts.yMax ?? Math.max(opts.limit * 1.2, max([...series, ...ghost, ...base].flatMap((s) => s.points.map((p) => p.value))) ?? 0);
  const y = scaleLinear().domain([0, top]).range([plot.y1, plot.y0]);
  if (opts.yMax === undefined) y.nice();
  const domain = [...(opts.base ? [opts.base] : []), ...years].map((d) => String(d.year));
  const x = scalePoint<string>().domain(domain).range([plot.x0, plot.x1]).padding(0.4);
  return { plot, x, y, limitY: y(opts.limit), series, base };
}

export interface CvChartProps extends ChartCommonProps {
  years: readonly CvYear[];
  level: EvaluatedLevel;
  /** Defaults to the 2017 standard's limit for the level (0.50 primary, 0.45 junior). */
  limit?: number;
  /** Indicators to draw, in order; defaults to the 2017 standard's seven. */
  indicators?: readonly Pick<IndicatorDef, 'key' | 'short' | 'name'>[];
  /** Shared top of the coefficient axis (compare screen). */
  yMax?: number;
  /** The baseline run: its lines drawn thin, dashed and grey behind. */
  baseline?: readonly CvYear[];
  /** The data year (before any action): drawn first, on a shaded column, joined to the first plan year by a dashed line. */
  base?: CvYear;
}

export function CvChart({ id, title, width = 640, height = 360, dataDate, years, level, limit = quality2017.cvLimit[level], indicators = quality2017.indicators, yMax, baseline, base }: CvChartProps) {
  const { fmt, text } = useI18n();
  const m = useMessages(chartMessages);
  const keys = indicators.map((d) => d.key);
  const { plot, x, y, limitY, series, base: basePoints } = cvScales(years, level, { width, height, limit, keys, yMax, baseline, base });
  const step = x.step();
  const xOf = (year: number) => x(String(year)) ?? plot.x0;
  const path = line<CvPoint>().x((p) => xOf(p.year)).y((p) => y(p.value));
  const ghost = cvSeries(baseline ?? [], level, keys, limit);
  const drawn = series.filter((s) => s.points.length > 0);
  const ends = drawn.map((s) => y(s.points[s.points.length - 1]!.value));
  const labelYs = spreadLabels(ends, 12, plot.y0, plot.y1);
  const name = (key: string) => text(indicators.find((d) => d.key === key)?.short ?? key);
  const legend: LegendItem[] = [
    ...drawn.map((s, i): LegendItem => { const st = indicatorStyle(s.key, i); return { label: name(s.key), swatch: { kind: 'mark', color: st.color, shape: st.shape } }; }),
    { label: m('cv.limit', { limit: fmt.coef(limit) }), swatch: { kind: 'line', color: OKABE_ITO.vermillion, dash: '6 3' } },
    { label: m('cv.over'), swatch: { kind: 'mark', color: INK, shape: 'triangle', hollow: true } },
    ...(baseline ? [{ label: m('cv.baseline'), swatch: { kind: 'line', color: MUTED, dash: '3 3', width: 1 } } as LegendItem] : []),
    ...(base ? [{ label: m('base.legend'), swatch: { kind: 'fill', color: BASE_SHADE } } as LegendItem] : []),
  ];
  // Unknown indicator keys take their style from their place among the drawn series, as their lines do.
  const styleOf = (key: string) => indicatorStyle(key, Math.max(0, drawn.findIndex((s) => s.key === key)));
  const point = (key: string, p: CvPoint, className: string) => {
    const st = styleOf(key);
    const label = `${name(key)} ${p.year}: ${fmt.coef(p.value)}`;
    return (
      <g key={p.year} className={p.over ? `${className} cv-over` : className} data-year={p.year} data-value={p.value}>
        {p.over
          ? <Mark x={xOf(p.year)} y={y(p.value)} shape="triangle" color={st.color} area={110} hollow label={label} />
          : <Mark x={xOf(p.year)} y={y(p.value)} shape={st.shape} color={st.color} label={label} />}
        {p.over && <text x={r(xOf(p.year))} y={r(y(p.value) - 9)} textAnchor="middle" fontSize={10} fontWeight={700} fill={INK}>{fmt.coef(p.value)}</text>}
      </g>
    );
  };
  return (
    <ChartFrame id={id} title={title ?? m(level === 'primary' ? 'cv.title.primary' : 'cv.title.junior')} width={width} height={height}
      legend={legend} units={m('cv.units')} dataDate={dataDate}>
      {base && <BaseColumn x0={plot.x0} x1={xOf(base.year) + step / 2} y0={plot.y0} y1={plot.y1} />}
      <AxisLeft scale={y} x={plot.x0} x1={plot.x1} format={(v) => fmt.coef(v)} />
      <AxisBottom scale={x} y={plot.y1} format={yearTick(base?.year, (year) => m('base.tick', { year }))} />
      {ghost.filter((s) => s.points.length > 1).map((s) => (
        <path key={`ghost-${s.key}`} className="cv-baseline" d={path(s.points) ?? ''} fill="none" stroke={MUTED} strokeWidth={1} strokeDasharray="3 3" />
      ))}
      <g className="cv-limit">
        <line x1={plot.x0} x2={plot.x1} y1={r(limitY)} y2={r(limitY)} stroke={OKABE_ITO.vermillion} strokeWidth={1.5} strokeDasharray="6 3" />
        <text x={plot.x0 + 4} y={r(limitY - 4)} fontSize={11} fill={OKABE_ITO.vermillion}>{m('cv.limit', { limit: fmt.coef(limit) })}</text>
      </g>
      {basePoints.map((s) => {
        const p = s.points[0];
        const first = series.find((x) => x.key === s.key)?.points[0];
        if (!p) return null;
        const st = styleOf(s.key);
        return (
          <g key={`base-${s.key}`} className="cv-base" data-indicator={s.key}>
            {first && <path className="cv-base-link" d={path([p, first]) ?? ''} fill="none" stroke={st.color} strokeWidth={1.5} strokeDasharray="4 3" />}
            {point(s.key, p, 'cv-point cv-base-point')}
          </g>
        );
      })}
      {drawn.map((s, i) => {
        const st = indicatorStyle(s.key, i);
        const last = s.points[s.points.length - 1]!;
        return (
          <g key={s.key} className="cv-series" data-indicator={s.key}>
            <path d={path(s.points) ?? ''} fill="none" stroke={st.color} strokeWidth={2} />
            {s.points.map((p) => point(s.key, p, 'cv-point'))}
            <text className="cv-end-label" x={r(xOf(last.year) + 10)} y={r(labelYs[i]!)} dy="0.32em" fontSize={11} fill={INK}>
              {`${name(s.key)} ${fmt.coef(last.value)}`}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
