/** The comparison's charts: per chart kind one chart per run, on shared scales, the baseline drawn as a ghost. */
import type { ReactNode } from 'react';
import type { Comparison } from '../../../../engine/compare/compare.ts';
import type { BaseYear } from '../../../../engine/plan/base-year.ts';
import { CvChart } from '../charts/CvChart.tsx';
import { PassingChart } from '../charts/PassingChart.tsx';
import { SpendChart } from '../charts/SpendChart.tsx';
import { ExportName } from '../charts/export-name.tsx';
import type { ChartSlide } from './chart-slide.ts';
import { sharedDomains } from './deltas.ts';

/** Room above the tallest bar or budget for the total and difference labels. */
const SPEND_HEADROOM = 1.15;

export interface ChartRow {
  kind: string;
  charts: ChartSlide[];
}

export interface CompareChartOptions {
  /** Each run's passing targets (share per plan year), drawn as markers on its passing chart. */
  targets?: readonly (readonly number[] | undefined)[];
  /** Each run's data year (its solve report's `base`), drawn before its plan years. */
  bases?: readonly (BaseYear | undefined)[];
  /** Each run's id, for export file names. */
  runIds?: readonly number[];
  /** What a chart shows, in the current language (e.g. "逐年支出"); titles read "{what} · {scenario}". */
  kindTitle?: (kind: 'spend' | 'cv' | 'passing', level?: string) => string;
}

/** levelName: the level's name in the current language, for the coefficient charts' titles. */
export function compareChartRows(comparison: Comparison, levelName: (level: 'primary' | 'junior') => string, dataDate?: string, options: CompareChartOptions = {}): ChartRow[] {
  const titled = (kind: 'spend' | 'cv' | 'passing', name: string, level?: string) => (options.kindTitle ? `${options.kindTitle(kind, level)} · ${name}` : level ? `${name} · ${level}` : name);
  const domains = sharedDomains(comparison);
  // The data years share the scales too: the base is often the worst year (largest coefficient, most schools evaluated).
  const bases = (options.bases ?? []).filter((b): b is BaseYear => b !== undefined);
  const shared = {
    ...domains,
    schoolsMax: Math.max(domains.schoolsMax, ...bases.map((b) => b.schoolsTotal)),
    cvMax: Math.max(domains.cvMax, ...bases.flatMap((b) => [...Object.values(b.cv.primary), ...Object.values(b.cv.junior)])),
  };
  const base = comparison.runs[0];
  const size = { width: 640, height: 360 };
  const perRun = (kind: string, draw: (run: Comparison['runs'][number], i: number, id: string) => ReactNode): ChartRow => ({
    kind,
    charts: comparison.runs.map((run, i) => {
      const id = `compare-${kind}-${i + 1}`;
      const runId = options.runIds?.[i];
      return { id, node: <ExportName name={runId === undefined ? run.name : `${run.name}-run${runId}`}>{draw(run, i, id)}</ExportName> };
    }),
  });
  return [
    perRun('spend', (run, i, id) => (
      <SpendChart id={id} title={titled('spend', run.name)} dataDate={dataDate} years={run.figures.years} yMax={shared.spendMax * SPEND_HEADROOM}
        baseline={i > 0 ? base?.figures.years : undefined} {...size} />
    )),
    ...(['primary', 'junior'] as const).filter((level) => comparison.indicators[level].length > 0).map((level) => perRun(`cv-${level}`, (run, i, id) => (
      <CvChart id={id} title={titled('cv', run.name, levelName(level))} dataDate={dataDate} years={run.figures.years} base={options.bases?.[i]} level={level}
        yMax={Math.max(shared.cvMax, 0.55)} baseline={i > 0 ? base?.figures.years : undefined} {...size} />
    ))),
    perRun('passing', (run, i, id) => (
      <PassingChart id={id} title={titled('passing', run.name)} dataDate={dataDate} years={run.figures.years} base={options.bases?.[i]} yMax={shared.schoolsMax} targets={options.targets?.[i] ? [...options.targets[i]!] : undefined}
        baseline={i > 0 ? base?.figures.years : undefined} {...size} />
    )),
  ];
}
