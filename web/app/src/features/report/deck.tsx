/**
 * What the report and the presentation show, page by page: the compared runs (2 to 4) or else the current run.
 * After the title: the year-by-year narrative, infeasibility reasons, the differences, every chart (for a
 * comparison, the charts side by side and then each run's heat map, shadow prices and rotation flows), the
 * action table with totals, and the school pages the planner chose.
 */
import type { Comparison } from '../../../../../engine/compare/compare.ts';
import { useMessages } from '../../i18n/i18n.tsx';
import { useWorkspace } from '../../workspace.tsx';
import type { ChartSlide } from '../../shared/chart-slide.ts';
import { compareChartRows } from '../../shared/compare-charts.tsx';
import { DeltaTable } from '../../shared/DeltaTable.tsx';
import { comparisonMessages } from '../../shared/messages.ts';
import { pageMessages } from '../../shared/page-messages.ts';
import { useReportSchools } from '../../shared/report-schools.ts';
import { runCharts } from '../../shared/run-charts.tsx';
import { useRunsData, type RunData } from '../../shared/run-data.ts';
import { useComparison } from '../../shared/use-comparison.ts';
import { ActionsPage, InfeasibilityPage, NarrativePage, SchoolReportPage } from './pages.tsx';

export interface Deck {
  state: 'empty' | 'loading' | 'error' | 'ready';
  error?: string;
  runs: RunData[];
  comparison: Comparison | null;
  /** The charts alone. */
  slides: ChartSlide[];
  /** Every page after the title, charts and text, in order. */
  pages: ChartSlide[];
}

/** Charts a comparison's side-by-side rows do not have: per run, the heat map, shadow prices and rotation flows. */
const PER_RUN_ONLY = /-(heat|shadow|rotation)$/;

export function useDeck(): Deck {
  const ws = useWorkspace();
  const mc = useMessages(comparisonMessages);
  const p = useMessages(pageMessages);
  const schools = useReportSchools();
  const ids = ws.compareRunIds.length >= 2 ? ws.compareRunIds : ws.runId !== null ? [ws.runId] : [];
  const runs = useRunsData(ids);
  const comparison = useComparison(ids.length >= 2 ? ids : []);
  const none = { runs: [], comparison: null, slides: [], pages: [] };
  if (ids.length === 0) return { state: 'empty', ...none };
  if (runs.state === 'error') return { state: 'error', error: runs.message, ...none };
  if (comparison.state === 'error') return { state: 'error', error: comparison.message, ...none };
  if (runs.state !== 'ready' || (ids.length >= 2 && comparison.state !== 'ready')) return { state: 'loading', ...none };
  const cmp = comparison.state === 'ready' ? comparison.value : null;
  const data = runs.value;
  const dataDate = data.map((r) => r.run.finishedAt ?? r.run.createdAt).sort().pop();
  const perRun = (r: RunData) => runCharts(r, { prefix: `report-run${r.run.id}` });
  const slides = cmp
    ? [
      ...compareChartRows(cmp, (level) => mc(`level.${level}`), dataDate, {
        runIds: data.map((r) => r.run.id), targets: data.map((r) => r.targets), bases: data.map((r) => r.run.result?.base), kindTitle: (kind, level) => p(`kind.${kind}`, { level: level ?? '' }),
      }).flatMap((row) => row.charts),
      ...data.flatMap((r) => perRun(r).filter((s) => PER_RUN_ONLY.test(s.id))),
    ]
    : data.flatMap(perRun);
  const pages: ChartSlide[] = [
    { id: 'narrative', text: true, node: <NarrativePage runs={data} /> },
    ...data.filter((r) => r.run.result?.infeasibility).map((r) => ({ id: `infeasible-${r.run.id}`, text: true, node: <InfeasibilityPage data={r} /> })),
    ...(cmp ? [{ id: 'deltas', text: true, node: <DeltaTable comparison={cmp} /> }] : []),
    ...slides,
    ...data.filter((r) => (r.run.result?.actions.length ?? 0) > 0).map((r) => ({ id: `actions-${r.run.id}`, text: true, node: <ActionsPage data={r} /> })),
    ...schools.flatMap((sid) => data.filter((r) => r.names.has(sid) && r.run.result).map((r) => ({ id: `school-${sid}-${r.run.id}`, text: true, node: <SchoolReportPage data={r} schoolId={sid} /> }))),
  ];
  return { state: 'ready', runs: data, comparison: cmp, slides, pages };
}
