/** The charts of one run's plan, in display order; the results screen, the report and the presentation use the same list. */
import type { MonteCarloResult } from '../../../../engine/uncertainty/monte-carlo.ts';
import { CvChart } from '../charts/CvChart.tsx';
import { HeatMap } from '../charts/HeatMap.tsx';
import { RotationFlow } from '../charts/RotationFlow.tsx';
import { PassingChart } from '../charts/PassingChart.tsx';
import { ShadowPriceChart } from '../charts/ShadowPriceChart.tsx';
import { SpendChart } from '../charts/SpendChart.tsx';
import { ExportName } from '../charts/export-name.tsx';
import { thresholdIndicators, valueYears } from './heatmap.ts';
import { partPasses } from './school-profile.ts';
import { PairingTable } from './PairingTable.tsx';
import type { ChartSlide } from './chart-slide.ts';
import type { RunData } from './run-data.ts';

export interface RunChartOptions {
  /** Prefix of chart ids, so two runs' charts on one page keep distinct ids. */
  prefix?: string;
  simulation?: MonteCarloResult | null;
  /** Plan year shown by the heat map (default the last); with onHeatYear the map shows a year slider. */
  heatYear?: number;
  onHeatYear?: (year: number) => void;
  width?: number;
  height?: number;
}

export function runCharts(data: RunData, options: RunChartOptions = {}): ChartSlide[] {
  const report = data.run.result;
  if (!report || report.years.length === 0) return [];
  const prefix = options.prefix ?? `run${data.run.id}`;
  const common = { dataDate: data.run.finishedAt ?? data.run.createdAt, width: options.width ?? 640, height: options.height ?? 360 };
  const { standard } = data;
  const slides: ChartSlide[] = [
    { id: `${prefix}-spend`, node: <SpendChart id={`${prefix}-spend`} years={report.years} {...common} /> },
  ];
  for (const level of ['primary', 'junior'] as const) {
    if (!report.years.some((y) => Object.keys(y.cv[level] ?? {}).length > 0)) continue;
    slides.push({
      id: `${prefix}-cv-${level}`,
      node: <CvChart id={`${prefix}-cv-${level}`} years={report.years} base={report.base} level={level} limit={standard.cvLimit[level]} indicators={standard.indicators} {...common} />,
    });
  }
  slides.push({
    id: `${prefix}-passing`,
    node: <PassingChart id={`${prefix}-passing`} years={report.years} base={report.base} targets={data.targets} risk={options.simulation?.deterministic ? undefined : options.simulation?.years} {...common} />,
  });
  const years = valueYears(report.values);
  const heatYear = options.heatYear !== undefined && years.includes(options.heatYear) ? options.heatYear : years[years.length - 1];
  if (heatYear !== undefined) {
    slides.push({
      id: `${prefix}-heat`, wide: true,
      node: <HeatMap id={`${prefix}-heat`} values={report.values} year={heatYear} schools={data.schools} indicators={thresholdIndicators(standard)}
        years={options.onHeatYear ? years : undefined} onYearChange={options.onHeatYear} dataDate={common.dataDate} width={common.width * 1.6}
        judge={(ratios) => partPasses(ratios, standard)} interactive={options.onHeatYear !== undefined} />,
    });
  }
  if (report.shadowPrices.length > 0) {
    slides.push({ id: `${prefix}-shadow`, node: <ShadowPriceChart id={`${prefix}-shadow`} prices={report.shadowPrices} unit={report.objective.unit} {...common} /> });
  }
  if (report.rotations.length > 0) {
    slides.push({
      id: `${prefix}-rotation`, wide: options.onHeatYear !== undefined,
      node: options.onHeatYear ? (
        <>
          <RotationFlow id={`${prefix}-rotation`} rotations={report.rotations} schools={data.schools} {...common} width={Math.round(common.width * 1.5)} height={Math.round(common.height * 1.5)} interactive />
          <PairingTable rotations={report.rotations} names={data.names} />
        </>
      ) : <RotationFlow id={`${prefix}-rotation`} rotations={report.rotations} schools={data.schools} {...common} height={Math.round(common.height * 1.3)} />,
    });
  }
  // Exports name the scenario; the chart ids carry the run.
  return slides.map((slide) => ({ ...slide, node: <ExportName name={data.scenarioName}>{slide.node}</ExportName> }));
}
