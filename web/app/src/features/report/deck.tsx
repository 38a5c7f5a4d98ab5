/** What the report and the presentation show: the compared runs (2 to 4) or else the current run, and their charts. */
import type { Comparison } from '../../../../../engine/compare/compare.ts';
import { useMessages } from '../../i18n/i18n.tsx';
import { useWorkspace } from '../../workspace.tsx';
import type { ChartSlide } from '../../shared/chart-slide.ts';
import { compareChartRows } from '../../shared/compare-charts.tsx';
import { comparisonMessages } from '../../shared/messages.ts';
import { runCharts } from '../../shared/run-charts.tsx';
import { useRunsData, type RunData } from '../../shared/run-data.ts';
import { useComparison } from '../../shared/use-comparison.ts';

export interface Deck {
  state: 'empty' | 'loading' | 'error' | 'ready';
  error?: string;
  runs: RunData[];
  comparison: Comparison | null;
  slides: ChartSlide[];
}

export function useDeck(): Deck {
  const ws = useWorkspace();
  const mc = useMessages(comparisonMessages);
  const ids = ws.compareRunIds.length >= 2 ? ws.compareRunIds : ws.runId !== null ? [ws.runId] : [];
  const runs = useRunsData(ids);
  const comparison = useComparison(ids.length >= 2 ? ids : []);
  if (ids.length === 0) return { state: 'empty', runs: [], comparison: null, slides: [] };
  if (runs.state === 'error') return { state: 'error', error: runs.message, runs: [], comparison: null, slides: [] };
  if (comparison.state === 'error') return { state: 'error', error: comparison.message, runs: [], comparison: null, slides: [] };
  if (runs.state !== 'ready' || (ids.length >= 2 && comparison.state !== 'ready')) return { state: 'loading', runs: [], comparison: null, slides: [] };
  const cmp = comparison.state === 'ready' ? comparison.value : null;
  const dataDate = runs.value.map((r) => r.run.finishedAt ?? r.run.createdAt).sort().pop();
  const slides = cmp
    ? compareChartRows(cmp, (level) => mc(`level.${level}`), dataDate).flatMap((row) => row.charts)
    : runs.value.flatMap((r) => runCharts(r, { prefix: `report-run${r.run.id}` }));
  return { state: 'ready', runs: runs.value, comparison: cmp, slides };
}
