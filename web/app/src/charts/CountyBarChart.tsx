/** Counties of a province batch as horizontal bars, ranked: cost per pupil brought to standard (yuan per pupil). */
import { max, scaleBand, scaleLinear } from 'd3';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { AxisBottom } from './axes.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { fitText, plotArea, type ChartCommonProps } from './layout.ts';
import { r } from './marks.tsx';
import { chartMessages } from './messages.ts';
import { INK, OKABE_ITO } from './palette.ts';

export interface CountyBar { county: string; costPerPupil: number }

/** Band per county (in the given order, cheapest first), x from 0 to the largest cost. */
export function countyBarScales(bars: readonly CountyBar[], width: number, height: number) {
  const plot = plotArea(width, height, { left: 130, right: 70, top: 10, bottom: 30 });
  const x = scaleLinear().domain([0, Math.max(1, max(bars, (b) => b.costPerPupil) ?? 0)]).range([plot.x0, plot.x1]).nice();
  const y = scaleBand<string>().domain(bars.map((b) => b.county)).range([plot.y0, plot.y1]).paddingInner(0.25);
  return { plot, x, y };
}

export function CountyBarChart({ id, title, width = 640, height, dataDate, bars }: ChartCommonProps & { bars: readonly CountyBar[] }) {
  const { fmt } = useI18n();
  const m = useMessages(chartMessages);
  const h = height ?? Math.max(160, 40 + bars.length * 22);
  const { plot, x, y } = countyBarScales(bars, width, h);
  return (
    <ChartFrame id={id} title={title ?? m('county.title')} width={width} height={h} units={m('county.units')} {...(dataDate ? { dataDate } : {})}
      description={m('county.description')}>
      <AxisBottom scale={x} y={plot.y1} format={(v) => fmt.int(Number(v))} />
      {bars.map((b) => {
        const top = y(b.county) ?? 0;
        return (
          <g key={b.county} data-county={b.county}>
            <text x={plot.x0 - 6} y={r(top + y.bandwidth() / 2)} dy="0.32em" textAnchor="end" fontSize={11} fill={INK}>{fitText(b.county, 11, 120)}</text>
            <rect className="county-bar" x={plot.x0} y={r(top)} width={r(Math.max(0, x(b.costPerPupil) - plot.x0))} height={r(y.bandwidth())} fill={OKABE_ITO.blue} />
            <text className="county-value" x={r(x(b.costPerPupil) + 4)} y={r(top + y.bandwidth() / 2)} dy="0.32em" fontSize={11} fill={INK}>{fmt.int(b.costPerPupil)}</text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
