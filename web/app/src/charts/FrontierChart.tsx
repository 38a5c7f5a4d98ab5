/** Budget sweep: budget vs largest coefficient and vs schools passing, efficient points joined, chosen runs labelled. */
import { extent, line, max, scaleLinear, type ScaleLinear } from 'd3';
import type { FrontierPoint } from '../../../../engine/compare/frontier.ts';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { AxisBottom, AxisLeft } from './axes.tsx';
import { placeLabels } from './label-placement.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { plotArea, type ChartCommonProps, type PlotArea } from './layout.ts';
import { Mark, r, type LegendItem } from './marks.tsx';
import { chartMessages } from './messages.ts';
import { INK, MUTED, OKABE_ITO, PASS_FAIL, scenarioStyle } from './palette.ts';

export type FrontierMetric = 'maxCv' | 'schoolsPassing';

/** A chosen run to mark: its plan-total budget (yuan) and outcome. */
export interface FrontierMark { label: string; budget: number; maxCv?: number | null; schoolsPassing?: number | null }

export interface FrontierPanel { metric: FrontierMetric; plot: PlotArea; x: ScaleLinear<number, number>; y: ScaleLinear<number, number> }

export interface FrontierOptions {
  width: number; height: number; metric: FrontierMetric | 'both';
  marks?: readonly FrontierMark[];
  /** Shared budget domain in yuan. */
  xDomain?: readonly [number, number];
  /** Shared tops of the coefficient and schools axes. */
  cvMax?: number;
  passingMax?: number;
  /** Coefficient limit line, e.g. 0.45. */
  limit?: number;
}

const hasPlan = (p: FrontierPoint) => p.maxCv !== null && p.schoolsPassing !== null && (p.status === 'optimal' || p.status === 'timeout');

/** One panel per metric side by side; x covers every point's and mark's total budget, or the shared `xDomain`. */
export function frontierScales(points: readonly FrontierPoint[], opts: FrontierOptions): FrontierPanel[] {
  const metrics: FrontierMetric[] = opts.metric === 'both' ? ['maxCv', 'schoolsPassing'] : [opts.metric];
  const budgets = [...points.map((p) => p.totalBudget), ...(opts.marks ?? []).map((k) => k.budget)];
  const [lo = 0, hi = 1] = opts.xDomain ?? extent(budgets).map((v) => v ?? 0);
  const pad = hi === lo ? Math.max(1, Math.abs(lo) * 0.1) : 0;
  const gap = 40;
  const panelWidth = (opts.width - gap * (metrics.length - 1)) / metrics.length;
  return metrics.map((metric, i) => {
    const left = i * (panelWidth + gap);
    const area = plotArea(panelWidth, opts.height, { left: 52, right: 16, top: 22, bottom: 34 });
    const plot = { ...area, x0: area.x0 + left, x1: area.x1 + left };
    const x = scaleLinear().domain([lo - pad, hi + pad]).range([plot.x0, plot.x1]);
    if (!opts.xDomain) x.nice(4);
    const values = metric === 'maxCv'
      ? [...points.map((p) => p.maxCv ?? 0), ...(opts.marks ?? []).map((k) => k.maxCv ?? 0), (opts.limit ?? 0) * 1.1]
      : [...points.map((p) => Math.max(p.schoolsPassing ?? 0, p.schoolsTotal ?? 0)), ...(opts.marks ?? []).map((k) => k.schoolsPassing ?? 0)];
    const shared = metric === 'maxCv' ? opts.cvMax : opts.passingMax;
    const y = scaleLinear().domain([0, shared ?? Math.max(metric === 'maxCv' ? 0.1 : 1, max(values) ?? 0)]).range([plot.y1, plot.y0]);
    if (shared === undefined) y.nice();
    return { metric, plot, x, y };
  });
}

export interface FrontierChartProps extends ChartCommonProps, Omit<FrontierOptions, 'width' | 'height' | 'metric'> {
  /** SweepResult.frontier (sorted by total budget). */
  points: readonly FrontierPoint[];
  /** 'both' draws two panels side by side. */
  metric?: FrontierMetric | 'both';
}

export function FrontierChart({ id, title, width = 720, height = 360, dataDate, points, metric = 'both', marks, xDomain, cvMax, passingMax, limit }: FrontierChartProps) {
  const { fmt } = useI18n();
  const m = useMessages(chartMessages);
  const panels = frontierScales(points, { width, height, metric, marks, xDomain, cvMax, passingMax, limit });
  const money = (v: number) => fmt.num(fmt.moneyValue(v), 1);
  const planned = points.filter(hasPlan);
  const legend: LegendItem[] = [
    { label: m('frontier.efficient'), swatch: { kind: 'mark', color: INK, shape: 'circle' } },
    { label: m('frontier.dominated'), swatch: { kind: 'mark', color: MUTED, shape: 'circle', hollow: true } },
    ...(points.some((p) => !hasPlan(p)) ? [{ label: m('frontier.infeasible'), swatch: { kind: 'text', color: PASS_FAIL.fail.color, text: PASS_FAIL.fail.mark } } as LegendItem] : []),
    ...(marks ?? []).map((k, i): LegendItem => ({ label: k.label, swatch: { kind: 'mark', color: scenarioStyle(i).color, shape: scenarioStyle(i).shape } })),
  ];
  return (
    <ChartFrame id={id} title={title ?? m('frontier.title')} width={width} height={height} legend={legend}
      units={m('frontier.units', { money: fmt.moneyUnit })} dataDate={dataDate}>
      {panels.map(({ metric: k, plot, x, y }) => {
        const value = (p: { maxCv?: number | null; schoolsPassing?: number | null }) => (k === 'maxCv' ? p.maxCv : p.schoolsPassing) ?? null;
        const efficient = planned.filter((p) => p.efficient);
        const path = line<FrontierPoint>().x((p) => x(p.totalBudget)).y((p) => y(value(p)!));
        return (
          <g key={k} className="frontier-panel" data-metric={k}>
            <text x={plot.x0} y={plot.y0 - 8} fontSize={12} fontWeight={700} fill={INK}>{m(k === 'maxCv' ? 'frontier.maxCv' : 'frontier.passing')}</text>
            <AxisLeft scale={y} x={plot.x0} x1={plot.x1} format={(v) => (k === 'maxCv' ? fmt.coef(v) : fmt.num(v, 1))} />
            <AxisBottom scale={x} y={plot.y1} format={(v) => money(Number(v))} label={m('frontier.budget')} x1={plot.x1} />
            {k === 'maxCv' && limit !== undefined && (
              <g className="frontier-limit">
                <line x1={plot.x0} x2={plot.x1} y1={r(y(limit))} y2={r(y(limit))} stroke={OKABE_ITO.vermillion} strokeDasharray="6 3" />
                <text x={plot.x1} y={r(y(limit) - 4)} textAnchor="end" fontSize={10} fill={OKABE_ITO.vermillion}>{m('frontier.limit', { limit: fmt.coef(limit) })}</text>
              </g>
            )}
            {efficient.length > 1 && <path className="frontier-line" d={path(efficient) ?? ''} fill="none" stroke={INK} strokeWidth={1.5} />}
            {points.map((p, i) => {
              const v = value(p);
              const ok = hasPlan(p) && v !== null;
              return (
                <g key={i} className={ok ? (p.efficient ? 'frontier-point efficient' : 'frontier-point dominated') : 'frontier-point infeasible'} data-budget={p.totalBudget}>
                  {ok
                    ? <Mark x={x(p.totalBudget)} y={y(v)} shape="circle" color={p.efficient ? INK : MUTED} hollow={!p.efficient} area={44}
                        label={`${fmt.money(p.totalBudget)}: ${k === 'maxCv' ? fmt.coef(v) : fmt.int(v)}`} />
                    : <text x={r(x(p.totalBudget))} y={r(plot.y1 - 4)} textAnchor="middle" fontSize={12} fontWeight={700} fill={PASS_FAIL.fail.color}>{PASS_FAIL.fail.mark}</text>}
                </g>
              );
            })}
            {(() => {
              // Runs at the same budget would print their labels on top of each other: place them apart.
              const shown = (marks ?? []).map((mk, i) => ({ mk, i, v: value(mk) })).filter((e): e is { mk: FrontierMark; i: number; v: number } => e.v !== null);
              const placed = placeLabels(shown.map((e) => ({ ax: x(e.mk.budget), ay: y(e.v), text: e.mk.label, fontSize: 11 })),
                { x: plot.x0, y: plot.y0 - 4, width: plot.x1 - plot.x0 + 40, height: plot.y1 - plot.y0 + 8 });
              return shown.map((e, j) => {
                const st = scenarioStyle(e.i);
                const at = placed.find((q) => q.index === j);
                return (
                  <g key={`mark-${e.i}`} className="frontier-mark" data-label={e.mk.label}>
                    <Mark x={x(e.mk.budget)} y={y(e.v)} shape={st.shape} color={st.color} area={90} />
                    {at?.leader && <line x1={r(x(e.mk.budget))} y1={r(y(e.v))} x2={r(at.box.x)} y2={r(at.y)} stroke={MUTED} strokeWidth={0.75} />}
                    {at && <text className="frontier-mark-label" x={r(at.x)} y={r(at.y)} dy="0.32em" fontSize={11} fontWeight={700} fill={INK} stroke="#ffffff" strokeWidth={3} paintOrder="stroke">{e.mk.label}</text>}
                  </g>
                );
              });
            })()}
          </g>
        );
      })}
    </ChartFrame>
  );
}
