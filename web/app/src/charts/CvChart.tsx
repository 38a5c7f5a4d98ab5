/** Difference coefficient per indicator per year for one level, with the level's limit line; over-limit points are triangles. */
import { line, max, scaleLinear, scalePoint, type ScaleLinear, type ScalePoint } from 'd3';
import type { EvaluatedLevel } from '../../../../engine/county/types.ts';
import { quality2017 } from '../../../../engine/standards/quality-2017.ts';
import type { IndicatorDef } from '../../../../engine/standards/types.ts';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { AxisBottom, AxisLeft } from './axes.tsx';
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

/** y from 0 to the largest coefficient or 1.2 × limit (whichever is higher), or the shared `yMax`. */
export function cvScales(years: readonly CvYear[], level: EvaluatedLevel, opts: {
  width: number; height: number; limit: number; keys: readonly string[]; yMax?: number; baseline?: readonly CvYear[];
}): CvScales {
  const plot = plotArea(opts.width, opts.height, MARGIN);
  const series = cvSeries(years, level, opts.keys, opts.limit);
  const ghost = cvSeries(opts.baseline ?? [], level, opts.keys, opts.limit);
  const top = opts.yMax ?? Math.max(opts.limit * 1.2, max([...series, ...ghost].flatMap((s) => s.points.map((p) => p.value))) ?? 0);
  const y = scaleLinear().domain([0, top]).range([plot.y1, plot.y0]);
  if (opts.yMax === undefined) y.nice();
  const x = scalePoint<string>().domain(years.map((d) => String(d.year))).range([plot.x0, plot.x1]).padding(0.4);
  return { plot, x, y, limitY: y(opts.limit), series };
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
}

export function CvChart({ id, title, width = 640, height = 360, dataDate, years, level, limit = quality2017.cvLimit[level], indicators = quality2017.indicators, yMax, baseline }: CvChartProps) {
  const { fmt, text } = useI18n();
  const m = useMessages(chartMessages);
  const keys = indicators.map((d) => d.key);
  const { plot, x, y, limitY, series } = cvScales(years, level, { width, height, limit, keys, yMax, baseline });
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
  ];
  return (
    <ChartFrame id={id} title={title ?? m(level === 'primary' ? 'cv.title.primary' : 'cv.title.junior')} width={width} height={height}
      legend={legend} units={m('cv.units')} dataDate={dataDate}>
      <AxisLeft scale={y} x={plot.x0} x1={plot.x1} format={(v) => fmt.coef(v)} />
      <AxisBottom scale={x} y={plot.y1} />
      {ghost.filter((s) => s.points.length > 1).map((s) => (
        <path key={`ghost-${s.key}`} className="cv-baseline" d={path(s.points) ?? ''} fill="none" stroke={MUTED} strokeWidth={1} strokeDasharray="3 3" />
      ))}
      <g className="cv-limit">
        <line x1={plot.x0} x2={plot.x1} y1={r(limitY)} y2={r(limitY)} stroke={OKABE_ITO.vermillion} strokeWidth={1.5} strokeDasharray="6 3" />
        <text x={plot.x0 + 4} y={r(limitY - 4)} fontSize={11} fill={OKABE_ITO.vermillion}>{m('cv.limit', { limit: fmt.coef(limit) })}</text>
      </g>
      {drawn.map((s, i) => {
        const st = indicatorStyle(s.key, i);
        const last = s.points[s.points.length - 1]!;
        return (
          <g key={s.key} className="cv-series" data-indicator={s.key}>
            <path d={path(s.points) ?? ''} fill="none" stroke={st.color} strokeWidth={2} />
            {s.points.map((p) => (
              <g key={p.year} className={p.over ? 'cv-point cv-over' : 'cv-point'} data-year={p.year} data-value={p.value}>
                {p.over
                  ? <Mark x={xOf(p.year)} y={y(p.value)} shape="triangle" color={st.color} area={110} hollow label={`${name(s.key)} ${p.year}: ${fmt.coef(p.value)}`} />
                  : <Mark x={xOf(p.year)} y={y(p.value)} shape={st.shape} color={st.color} label={`${name(s.key)} ${p.year}: ${fmt.coef(p.value)}`} />}
                {p.over && <text x={r(xOf(p.year))} y={r(y(p.value) - 9)} textAnchor="middle" fontSize={10} fontWeight={700} fill={INK}>{fmt.coef(p.value)}</text>}
              </g>
            ))}
            <text className="cv-end-label" x={r(xOf(last.year) + 10)} y={r(labelYs[i]!)} dy="0.32em" fontSize={11} fill={INK}>
              {`${name(s.key)} ${fmt.coef(last.value)}`}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
