/** Schools passing per year against schools in total, yearly targets, and an optional Monte Carlo band. */
import { area, line, max, scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import type { YearRisk } from '../../../../engine/uncertainty/monte-carlo.ts';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { AxisBottom, AxisLeft } from './axes.tsx';
import { BaseColumn, yearTick } from './base-year.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { plotArea, signed, type ChartCommonProps, type PlotArea } from './layout.ts';
import { Mark, PatternOverlay, r, type LegendItem } from './marks.tsx';
import { chartMessages } from './messages.ts';
import { INK, MUTED, OKABE_ITO, PASS_FAIL } from './palette.ts';

/** YearSummary and compare's YearFigures fit. */
export interface PassingYear { year: number; schoolsPassing: number | null; schoolsTotal: number | null }

/** A Monte Carlo year (`simulate` result years[]): schools passing 5% / 50% / 95% and the county pass probability. */
export type RiskYear = Pick<YearRisk, 'year' | 'passProbability'> & { schoolsPassing: { p5: number; p50: number; p95: number } | null };

export interface PassingScales {
  plot: PlotArea;
  x: ScaleBand<string>;
  /** schools → px */
  y: ScaleLinear<number, number>;
  /** Target school counts per year (share × schools total, rounded up), null where none. */
  targets: (number | null)[];
}

/**
 * y from 0 to the largest of schools total, passing, band top and baseline, or the shared `yMax`; x from the
 * data year (`base`, when given) through the plan years. Targets belong to the plan years only.
 */
export function passingScales(years: readonly PassingYear[], opts: {
  width: number; height: number; yMax?: number; targets?: readonly number[]; risk?: readonly RiskYear[]; baseline?: readonly PassingYear[]; base?: PassingYear;
}): PassingScales {
  const plot = plotArea(opts.width, opts.height, { left: 48, right: 20, top: 22, bottom: 30 });
  const values = [
    ...years.flatMap((y) => [y.schoolsTotal ?? 0, y.schoolsPassing ?? 0]),
    ...(opts.risk ?? []).map((k) => k.schoolsPassing?.p95 ?? 0),
    ...(opts.baseline ?? []).map((b) => b.schoolsPassing ?? 0),
    ...(opts.base ? [opts.base.schoolsTotal ?? 0, opts.base.schoolsPassing ?? 0] : []),
  ];
  const top = opts.yMax ?? Math.max(1, max(values) ?? 0);
  const y = scaleLinear().domain([0, top]).range([plot.y1, plot.y0]);
  if (opts.yMax === undefined) y.nice();
  const x = scaleBand<string>().domain([...(opts.base ? [opts.base] : []), ...years].map((d) => String(d.year))).range([plot.x0, plot.x1]).paddingInner(0.35).paddingOuter(0.2);
  const targets = years.map((yr, i) => {
    const share = opts.targets?.[i];
    return share === undefined || yr.schoolsTotal === null ? null : Math.ceil(share * yr.schoolsTotal - 1e-9);
  });
  return { plot, x, y, targets };
}

export interface PassingChartProps extends ChartCommonProps {
  years: readonly PassingYear[];
  /** Scenario targets: share of schools passing (0..1), one per plan year in order. */
  targets?: readonly number[];
  /** Monte Carlo years (`api.simulate` result `.years`), matched by year. */
  risk?: readonly RiskYear[];
  /** Shared top of the schools axis (compare screen). */
  yMax?: number;
  /** The baseline run: its counts as hollow marks, differences labelled. */
  baseline?: readonly PassingYear[];
  /** The data year (before any action): a grey bar on a shaded column before the plan years. */
  base?: PassingYear;
}

export function PassingChart({ id, title, width = 640, height = 360, dataDate, years, targets, risk, yMax, baseline, base: dataYear }: PassingChartProps) {
  const { fmt } = useI18n();
  const m = useMessages(chartMessages);
  const { plot, x, y, targets: targetCounts } = passingScales(years, { width, height, yMax, targets, risk, baseline, base: dataYear });
  const bw = x.bandwidth();
  const cx = (year: number) => (x(String(year)) ?? 0) + bw / 2;
  const riskByYear = new Map((risk ?? []).map((k) => [k.year, k]));
  const band = years.flatMap((yr) => {
    const k = riskByYear.get(yr.year)?.schoolsPassing;
    return k ? [{ year: yr.year, ...k }] : [];
  });
  const base = new Map((baseline ?? []).map((b) => [b.year, b]));
  const hasTargets = targetCounts.some((t) => t !== null);
  const legend: LegendItem[] = [
    { label: m('passing.passing'), swatch: { kind: 'fill', color: OKABE_ITO.blue } },
    { label: m('passing.total'), swatch: { kind: 'outline', color: MUTED, dash: '4 2' } },
    ...(hasTargets ? [{ label: m('passing.target'), swatch: { kind: 'mark', color: INK, shape: 'diamond' } } as LegendItem] : []),
    ...(band.length > 0 ? [
      { label: m('passing.band'), swatch: { kind: 'band', color: OKABE_ITO.orange } } as LegendItem,
      { label: m('passing.median'), swatch: { kind: 'line', color: OKABE_ITO.vermillion, width: 2 } } as LegendItem,
    ] : []),
    ...(baseline ? [{ label: m('passing.baseline'), swatch: { kind: 'mark', color: MUTED, shape: 'circle', hollow: true } } as LegendItem] : []),
    ...(dataYear ? [{ label: m('base.legend'), swatch: { kind: 'fill', color: MUTED, pattern: 'diagonal' } } as LegendItem] : []),
  ];
  const countLabel = (yr: PassingYear) => {
    const all = yr.schoolsTotal !== null && yr.schoolsPassing !== null && yr.schoolsPassing >= yr.schoolsTotal;
    return `${yr.schoolsPassing === null ? '—' : fmt.int(yr.schoolsPassing)}/${yr.schoolsTotal === null ? '—' : fmt.int(yr.schoolsTotal)}${all ? ` ${PASS_FAIL.pass.mark}` : ''}`;
  };
  const baseX = dataYear ? x(String(dataYear.year)) ?? 0 : 0;
  const gap = x.step() - bw;
  const bandArea = area<(typeof band)[number]>().x((d) => cx(d.year)).y0((d) => y(d.p5)).y1((d) => y(d.p95));
  const median = line<(typeof band)[number]>().x((d) => cx(d.year)).y((d) => y(d.p50));
  return (
    <ChartFrame id={id} title={title ?? m('passing.title')} width={width} height={height} legend={legend} units={m('passing.units')} dataDate={dataDate}>
      {dataYear && <BaseColumn x0={plot.x0} x1={baseX + bw + gap / 2} y0={plot.y0} y1={plot.y1} />}
      <AxisLeft scale={y} x={plot.x0} x1={plot.x1} format={(v) => fmt.num(v, 1)} />
      <AxisBottom scale={x} y={plot.y1} format={yearTick(dataYear?.year, (year) => m('base.tick', { year }))} />
      {dataYear && <DataYearBar year={dataYear} x0={baseX} bandwidth={bw} y={y} label={countLabel(dataYear)} />}
      {years.map((yr, i) => {
        const x0 = x(String(yr.year)) ?? 0;
        const passing = yr.schoolsPassing ?? 0;
        const target = targetCounts[i] ?? null;
        const b = base.get(yr.year);
        return (
          <g key={yr.year} className="passing-year" data-year={yr.year}>
            {yr.schoolsTotal !== null && (
              <rect className="passing-total" x={r(x0)} y={r(y(yr.schoolsTotal))} width={r(bw)} height={r(y(0) - y(yr.schoolsTotal))}
                fill="none" stroke={MUTED} strokeDasharray="4 2" />
            )}
            <rect className="passing-bar" x={r(x0 + 2)} y={r(y(passing))} width={r(Math.max(0, bw - 4))} height={r(y(0) - y(passing))} fill={OKABE_ITO.blue} />
            <text className="passing-label" x={r(x0 + bw / 2)} y={r(y(Math.max(passing, yr.schoolsTotal ?? 0)) - 5)} textAnchor="middle" fontSize={11} fill={INK}>
              {countLabel(yr)}
            </text>
            {target !== null && (
              <g className="passing-target" data-target={target}>
                <line x1={r(x0 - 4)} x2={r(x0 + bw + 4)} y1={r(y(target))} y2={r(y(target))} stroke={INK} strokeWidth={1.5} />
                <Mark x={x0 + bw + 4} y={y(target)} shape="diamond" color={INK} area={40} />
                <text x={r(x0 + bw + 10)} y={r(y(target))} dy="0.32em" fontSize={10} fill={INK}>{fmt.percent(targets![i]!)}</text>
              </g>
            )}
            {b && b.schoolsPassing !== null && (
              <g className="passing-baseline">
                <Mark x={x0 + bw / 2} y={y(b.schoolsPassing)} shape="circle" color={MUTED} area={50} hollow />
                {yr.schoolsPassing !== null && (
                  <text className="passing-delta" x={r(x0 + bw / 2)} y={r(y(0) - 6)} textAnchor="middle" fontSize={10} fill="#ffffff" fontWeight={700}>
                    {signed(yr.schoolsPassing - b.schoolsPassing, (v) => fmt.int(v))}
                  </text>
                )}
              </g>
            )}
          </g>
        );
      })}
      {band.length > 0 && (
        <g className="passing-risk">
          {band.length > 1 && <path d={bandArea(band) ?? ''} fill={OKABE_ITO.orange} fillOpacity={0.25} stroke={OKABE_ITO.orange} strokeOpacity={0.6} />}
          {band.length > 1 && <path d={median(band) ?? ''} fill="none" stroke={OKABE_ITO.vermillion} strokeWidth={2} />}
          {band.map((d) => (
            <g key={d.year} className="passing-risk-year" data-year={d.year}>
              <line x1={r(cx(d.year))} x2={r(cx(d.year))} y1={r(y(d.p5))} y2={r(y(d.p95))} stroke={OKABE_ITO.orange} strokeWidth={3} />
              <Mark x={cx(d.year)} y={y(d.p50)} shape="circle" color={OKABE_ITO.vermillion} area={30} />
            </g>
          ))}
        </g>
      )}
      {years.map((yr) => {
        const k = riskByYear.get(yr.year);
        return k ? (
          <text key={`p-${yr.year}`} className="passing-probability" x={r(cx(yr.year))} y={plot.y0 - 10} textAnchor="middle" fontSize={10} fill={INK}>
            {m('passing.probability', { p: fmt.percent(k.passProbability) })}
          </text>
        ) : null;
      })}
    </ChartFrame>
  );
}

/** The data year's bar: schools passing in grey with hatching (not the plan's blue), its evaluated schools outlined. */
function DataYearBar({ year, x0, bandwidth: bw, y, label }: { year: PassingYear; x0: number; bandwidth: number; y: ScaleLinear<number, number>; label: string }) {
  const passing = year.schoolsPassing ?? 0;
  return (
    <g className="passing-year passing-base" data-year={year.year}>
      {year.schoolsTotal !== null && (
        <rect className="passing-total" x={r(x0)} y={r(y(year.schoolsTotal))} width={r(bw)} height={r(y(0) - y(year.schoolsTotal))}
          fill="none" stroke={MUTED} strokeDasharray="4 2" />
      )}
      <rect className="passing-bar" x={r(x0 + 2)} y={r(y(passing))} width={r(Math.max(0, bw - 4))} height={r(y(0) - y(passing))} fill={MUTED} />
      <PatternOverlay x={x0 + 2} y={y(passing)} width={Math.max(0, bw - 4)} height={y(0) - y(passing)} pattern="diagonal" />
      <text className="passing-label" x={r(x0 + bw / 2)} y={r(y(Math.max(passing, year.schoolsTotal ?? 0)) - 5)} textAnchor="middle" fontSize={11} fill={INK}>
        {label}
      </text>
    </g>
  );
}
