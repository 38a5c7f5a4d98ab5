/** What the next 1 million yuan in each year buys in the objective: bars from zero, with the engine's sentences. */
import { max, min, scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import type { ShadowPrice } from '../../../../engine/optimize/solve-report.ts';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { AxisBottom, AxisLeft } from './axes.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { FRAME, fitText, plotArea, type ChartCommonProps, type PlotArea } from './layout.ts';
import { r, type LegendItem } from './marks.tsx';
import { chartMessages } from './messages.ts';
import { INK, MUTED, OKABE_ITO } from './palette.ts';

/** px per message line under the plot. */
const LINE = 15;

export interface ShadowScales { plot: PlotArea; x: ScaleBand<string>; y: ScaleLinear<number, number>; messagesY: number }

/** y spans 0 and every price (or the shared `yDomain`); one message line per year is reserved below the axis. */
export function shadowScales(prices: readonly ShadowPrice[], opts: { width: number; height: number; yDomain?: readonly [number, number] }): ShadowScales {
  const lines = prices.length;
  const plot = plotArea(opts.width, opts.height, { left: 60, right: 20, top: 14, bottom: 30 + lines * LINE + 6 });
  const lo = Math.min(0, min(prices, (p) => p.perMillion) ?? 0);
  const hi = Math.max(0, max(prices, (p) => p.perMillion) ?? 0);
  const y = scaleLinear().domain(opts.yDomain ? [opts.yDomain[0], opts.yDomain[1]] : [lo, hi === lo ? lo + 1 : hi]).range([plot.y1, plot.y0]);
  if (!opts.yDomain) y.nice();
  const x = scaleBand<string>().domain(prices.map((p) => String(p.year))).range([plot.x0, plot.x1]).paddingInner(0.4).paddingOuter(0.2);
  return { plot, x, y, messagesY: plot.y1 + 30 + LINE };
}

export interface ShadowPriceChartProps extends ChartCommonProps {
  prices: readonly ShadowPrice[];
  /** The objective's unit (SolveReport.objective.unit), shown with the axis. */
  unit?: string;
  /** Shared value domain (compare screen). */
  yDomain?: readonly [number, number];
  /** The baseline run's prices: dashed outlines. */
  baseline?: readonly ShadowPrice[];
}

export function ShadowPriceChart({ id, title, width = 640, height = 360, dataDate, prices, unit, yDomain, baseline }: ShadowPriceChartProps) {
  const { fmt, text } = useI18n();
  const m = useMessages(chartMessages);
  const { plot, x, y, messagesY } = shadowScales(prices, { width, height, yDomain });
  const bw = x.bandwidth();
  const value = (v: number) => fmt.num(v, 4); // the rounding of the engine's sentence (scale.format)
  const base = new Map((baseline ?? []).map((b) => [b.year, b]));
  const legend: LegendItem[] = [
    { label: m('shadow.effect'), swatch: { kind: 'fill', color: OKABE_ITO.bluishGreen } },
    ...(baseline ? [{ label: m('passing.baseline'), swatch: { kind: 'outline', color: MUTED, dash: '4 2' } } as LegendItem] : []),
  ];
  return (
    <ChartFrame id={id} title={title ?? m('shadow.title')} width={width} height={height} legend={legend}
      units={unit ? `${m('shadow.units')} (${unit})` : m('shadow.units')} dataDate={dataDate}>
      <AxisLeft scale={y} x={plot.x0} x1={plot.x1} format={value} />
      <AxisBottom scale={x} y={plot.y1} />
      <line className="shadow-zero" x1={plot.x0} x2={plot.x1} y1={r(y(0))} y2={r(y(0))} stroke={INK} />
      {prices.map((p) => {
        const x0 = x(String(p.year)) ?? 0;
        const top = Math.min(y(p.perMillion), y(0));
        const b = base.get(p.year);
        return (
          <g key={p.year} className="shadow-year" data-year={p.year} data-value={p.perMillion}>
            <rect className="shadow-bar" x={r(x0)} y={r(top)} width={r(bw)} height={r(Math.abs(y(p.perMillion) - y(0)))} fill={OKABE_ITO.bluishGreen}>
              <title>{text(p.message)}</title>
            </rect>
            {b && (
              <rect className="shadow-baseline" x={r(x0 - 3)} y={r(Math.min(y(b.perMillion), y(0)))} width={r(bw + 6)} height={r(Math.abs(y(b.perMillion) - y(0)))}
                fill="none" stroke={MUTED} strokeWidth={1.5} strokeDasharray="4 2" />
            )}
            <text x={r(x0 + bw / 2)} y={r(p.perMillion >= 0 ? top - 5 : y(p.perMillion) + 13)} textAnchor="middle" fontSize={11} fill={INK}>
              {p.perMillion > 0 ? `+${value(p.perMillion)}` : value(p.perMillion)}
            </text>
          </g>
        );
      })}
      <g className="shadow-messages" fontSize={11} fill={INK}>
        {prices.map((p, i) => (
          <text key={p.year} x={FRAME.padding} y={r(messagesY + i * LINE)}>{fitText(`• ${text(p.message)}`, 11, width - 2 * FRAME.padding)}</text>
        ))}
      </g>
    </ChartFrame>
  );
}
