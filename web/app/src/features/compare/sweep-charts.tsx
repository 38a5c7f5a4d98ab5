/** A finished sweep's frontier (budget vs largest coefficient, budget vs schools passing) with the compared runs marked at their budgets. */
import type { Comparison } from '../../../../../engine/compare/compare.ts';
import type { Sweep } from '../../api/client.ts';
import { FrontierChart } from '../../charts/FrontierChart.tsx';
import type { ChartSlide } from '../../shared/chart-slide.ts';
import { comparedMarks } from '../../shared/deltas.ts';
import { SweepTable } from './SweepTable.tsx';

export function sweepCharts(sweep: Sweep, comparison: Comparison | null): ChartSlide[] {
  const result = sweep.result;
  if (!result) return [];
  const marks = comparedMarks(comparison);
  const date = sweep.finishedAt ?? sweep.createdAt;
  return [
    { id: `sweep${sweep.id}-frontier`, wide: true, node: (
      <FrontierChart id={`sweep${sweep.id}-frontier`} points={result.frontier} metric="both" dataDate={date} width={1100} height={380}
        marks={marks.map((k) => ({ label: k.name, budget: k.budget, maxCv: k.maxCv, schoolsPassing: k.schoolsPassing }))} />
    ) },
    { id: `sweep${sweep.id}-points`, wide: true, node: <SweepTable points={result.frontier} marks={marks} /> },
  ];
}
