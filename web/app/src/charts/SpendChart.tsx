/** Spending per year as bars stacked by category, the yearly budget as a marker, optional baseline ghosts. */
import { max, scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import { SPEND_CATEGORIES, type SpendCategory } from '../../../../engine/plan/types.ts';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { AxisBottom, AxisLeft } from './axes.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { plotArea, signed, type ChartCommonProps, type PlotArea } from './layout.ts';
import { PatternOverlay, r, type LegendItem } from './marks.tsx';
import { chartMessages } from './messages.ts';
import { INK, MUTED, SPEND_COLORS, SPEND_HATCH } from './palette.ts';

/** One plan year's money in yuan (YearSummary and compare's YearFigures both fit). */
export interface SpendYear {
  year: number;
  budget: number | null;
  spend: Record<SpendCategory, number | null>;
}

export interface SpendSegment { category: SpendCategory; y0: number; y1: number }
export interface SpendStack { year: number; total: number; budget: number | null; segments: SpendSegment[] }

export interface SpendScales {
  plot: PlotArea;
  x: ScaleBand<string>;
  /** yuan → px */
  y: ScaleLinear<number, number>;
  stacks: SpendStack[];
}

/** Stacks in category order (yuan, bottom to top); y covers the largest stack and budget, or the shared `yMax`. */
export function spendStacks(years: readonly SpendYear[]): SpendStack[] {
  return years.map((y) => {
    let acc = 0;
    const segments = SPEND_CATEGORIES.map((category) => {
      const v = Math.max(0, y.spend[category] ?? 0);
      const seg = { category, y0: acc, y1: acc + v };
      acc += v;
      return seg;
    });
    return { year: y.year, total: acc, budget: y.budget, segments };
  });
}

export function spendScales(years: readonly SpendYear[], opts: { width: number; height: number; yMax?: number; baseline?: readonly SpendYear[] }): SpendScales {
  const plot = plotArea(opts.width, opts.height);
  const stacks = spendStacks(years);
  const ghost = spendStacks(opts.baseline ?? []);
  const top = opts.yMax ?? max([...stacks, ...ghost].flatMap((s) => [s.total, s.budget ?? 0])) ?? 0;
  const y = scaleLinear().domain([0, top > 0 ? top : 1]).range([plot.y1, plot.y0]);
  if (opts.yMax === undefined) y.nice();
  const x = scaleBand<string>().domain(years.map((d) => String(d.year))).range([plot.x0, plot.x1]).paddingInner(0.3).paddingOuter(0.2);
  return { plot, x, y, stacks };
}

export interface SpendChartProps extends ChartCommonProps {
  years: readonly SpendYear[];
  /** Shared top of the money axis in yuan (compare screen). */
  yMax?: number;
  /** The baseline run's years: its totals drawn as dashed outlines, differences labelled. */
  baseline?: readonly SpendYear[];
}

export function SpendChart({ id, title, width = 640, height = 360, dataDate, years, yMax, baseline }: SpendChartProps) {
  const { fmt } = useI18n();
  const m = useMessages(chartMessages);
  const { plot, x, y, stacks } = spendScales(years, { width, height, yMax, baseline });
  const money = (v: number) => fmt.num(fmt.moneyValue(v), 1);
  const ghost = new Map(spendStacks(baseline ?? []).map((s) => [s.year, s]));
  const used = SPEND_CATEGORIES.filter((c) => stacks.some((s) => (s.segments.find((g) => g.category === c)?.y1 ?? 0) > (s.segments.find((g) => g.category === c)?.y0 ?? 0)));
  const legend: LegendItem[] = [
    ...(used.length > 0 ? used : SPEND_CATEGORIES).map((c): LegendItem => ({ label: m(`spend.category.${c}`), swatch: { kind: 'fill', color: SPEND_COLORS[c], pattern: SPEND_HATCH[c] } })),
    { label: m('spend.budget'), swatch: { kind: 'line', color: INK, dash: '5 3', width: 2 } },
    ...(baseline ? [{ label: m('spend.baseline'), swatch: { kind: 'outline', color: MUTED, dash: '4 2' } } as LegendItem] : []),
  ];
  const bw = x.bandwidth();
  return (
    <ChartFrame id={id} title={title ?? m('spend.title')} width={width} height={height} legend={legend} units={fmt.moneyUnit} dataDate={dataDate}>
      <AxisLeft scale={y} x={plot.x0} x1={plot.x1} format={money} label={fmt.moneyUnit} />
      <AxisBottom scale={x} y={plot.y1} />
      {stacks.map((s) => {
        const x0 = x(String(s.year)) ?? 0;
        const base = ghost.get(s.year);
        const labelY = Math.min(y(s.total), s.budget !== null ? y(s.budget) : Infinity, base ? y(base.total) : Infinity) - 6;
        return (
          <g key={s.year} className="spend-year" data-year={s.year} data-total={s.total}>
            {s.segments.filter((g) => g.y1 > g.y0).map((g) => {
              const top = y(g.y1), h = y(g.y0) - y(g.y1);
              return (
                <g key={g.category} data-category={g.category}>
                  <rect x={r(x0)} y={r(top)} width={r(bw)} height={r(h)} fill={SPEND_COLORS[g.category]}>
                    <title>{`${m(`spend.category.${g.category}`)}: ${fmt.money(g.y1 - g.y0)}`}</title>
                  </rect>
                  <PatternOverlay x={r(x0)} y={r(top)} width={r(bw)} height={r(h)} pattern={SPEND_HATCH[g.category]} />
                </g>
              );
            })}
            {base && (
              <rect className="spend-baseline" x={r(x0 - 3)} y={r(y(base.total))} width={r(bw + 6)} height={r(Math.max(0, y(0) - y(base.total)))}
                fill="none" stroke={MUTED} strokeWidth={1.5} strokeDasharray="4 2" />
            )}
            {s.budget !== null && (
              <line className="spend-budget" x1={r(x0 - 6)} x2={r(x0 + bw + 6)} y1={r(y(s.budget))} y2={r(y(s.budget))} stroke={INK} strokeWidth={2} strokeDasharray="5 3">
                <title>{`${m('spend.budget')}: ${fmt.money(s.budget)}`}</title>
              </line>
            )}
            <text x={r(x0 + bw / 2)} y={r(labelY)} textAnchor="middle" fontSize={11} fill={INK}>{money(s.total)}</text>
            {base && (
              <text className="spend-delta" x={r(x0 + bw / 2)} y={r(labelY - 13)} textAnchor="middle" fontSize={10} fill={MUTED}>
                {m('delta.vs', { delta: signed(s.total - base.total, money) })}
              </text>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
