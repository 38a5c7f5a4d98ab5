/** Side-by-side figures of two or more solved scenarios and their differences from the first (the baseline). */
import { EVALUATED_LEVELS, type EvaluatedLevel } from '../county/types.ts';
import { SPEND_CATEGORIES, type SpendCategory } from '../plan/types.ts';
import type { SolveReport, YearSummary } from '../optimize/solve-report.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import type { SolveStatus } from '../solve/model.ts';
import { scenarioDiff, type DiffEntry } from './scenario-diff.ts';

/** null where a value is missing (no such year, a level without schools, a run without a plan). */
export type Value = number | null;
export type SpendFigures = Record<SpendCategory | 'total', Value>;

export interface YearFigures {
  year: number;
  /** Difference coefficient per level and indicator key. */
  cv: Record<EvaluatedLevel, Record<string, Value>>;
  schoolsPassing: Value;
  schoolsTotal: Value;
  spend: SpendFigures; // yuan spent in the year
  budget: Value; // yuan allotted to the year
}

export interface TotalFigures {
  spend: SpendFigures; // yuan over the plan
  budget: Value; // yuan allotted over the plan
  /** Final plan year. */
  schoolsPassing: Value;
  schoolsTotal: Value;
  /** Largest coefficient over indicators and both levels in the final plan year. */
  maxCv: Value;
}

export interface RunFigures {
  years: YearFigures[];
  totals: TotalFigures;
}

export interface ComparedRun {
  name: string;
  status: SolveStatus;
  method: SolveReport['method'];
  objective: SolveReport['objective'];
  figures: RunFigures;
  /** figures minus the baseline's, same shape; years matched by calendar year; null where either side is missing. */
  delta: RunFigures;
  /** Scenario-file fields that differ from the baseline's (name and description left out). */
  scenarioDiff: DiffEntry[];
}

export interface Comparison {
  baseline: string;
  /** Plan years of all runs, ascending. */
  years: number[];
  /** Indicator keys found in any run's coefficients, per level, in first-seen order. */
  indicators: Record<EvaluatedLevel, string[]>;
  runs: ComparedRun[];
}

export interface RunInput {
  scenario: ScenarioFile;
  report: SolveReport;
}

const SPEND_KEYS: readonly (SpendCategory | 'total')[] = [...SPEND_CATEGORIES, 'total'];
const DIFF_IGNORE = ['/name', '/description'];

function finite(x: unknown): Value {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

function minus(a: Value, b: Value): Value {
  return a === null || b === null ? null : a - b;
}

function sum(values: Value[]): Value {
  return values.reduce<Value>((s, v) => (s === null || v === null ? null : s + v), 0);
}

function yearFigures(y: YearSummary): YearFigures {
  const cv = {} as YearFigures['cv'];
  for (const level of EVALUATED_LEVELS) {
    cv[level] = Object.fromEntries(Object.entries(y.cv?.[level] ?? {}).map(([k, v]) => [k, finite(v)]));
  }
  const spend = Object.fromEntries(SPEND_KEYS.map((k) => [k, finite(y.spend?.[k])])) as SpendFigures;
  return { year: y.year, cv, schoolsPassing: finite(y.schoolsPassing), schoolsTotal: finite(y.schoolsTotal), spend, budget: finite(y.budget) };
}

/** Largest finite coefficient of one year over levels and indicators; null when there is none. */
export function maxCoefficient(cv: Record<EvaluatedLevel, Record<string, Value>>): Value {
  const values = EVALUATED_LEVELS.flatMap((l) => Object.values(cv[l])).filter((v): v is number => v !== null);
  return values.length > 0 ? Math.max(...values) : null;
}

function nullSpend(): SpendFigures {
  return Object.fromEntries(SPEND_KEYS.map((k) => [k, null])) as SpendFigures;
}

export function runFigures(report: SolveReport): RunFigures {
  const years = report.years.map(yearFigures);
  const last = years[years.length - 1];
  if (!last) {
    return { years, totals: { spend: nullSpend(), budget: null, schoolsPassing: null, schoolsTotal: null, maxCv: null } };
  }
  const spend = Object.fromEntries(SPEND_KEYS.map((k) => [k, sum(years.map((y) => y.spend[k]))])) as SpendFigures;
  return {
    years,
    totals: { spend, budget: sum(years.map((y) => y.budget)), schoolsPassing: last.schoolsPassing, schoolsTotal: last.schoolsTotal, maxCv: maxCoefficient(last.cv) },
  };
}

function recordDelta(a: Record<string, Value>, b: Record<string, Value> | undefined): Record<string, Value> {
  const keys = new Set([...Object.keys(a), ...Object.keys(b ?? {})]);
  return Object.fromEntries([...keys].map((k) => [k, minus(a[k] ?? null, b?.[k] ?? null)]));
}

function yearDelta(y: YearFigures, base: YearFigures | undefined): YearFigures {
  const cv = {} as YearFigures['cv'];
  for (const level of EVALUATED_LEVELS) cv[level] = recordDelta(y.cv[level], base?.cv[level]);
  return {
    year: y.year,
    cv,
    schoolsPassing: minus(y.schoolsPassing, base?.schoolsPassing ?? null),
    schoolsTotal: minus(y.schoolsTotal, base?.schoolsTotal ?? null),
    spend: recordDelta(y.spend, base?.spend) as SpendFigures,
    budget: minus(y.budget, base?.budget ?? null),
  };
}

export function figuresDelta(run: RunFigures, baseline: RunFigures): RunFigures {
  const byYear = new Map(baseline.years.map((y) => [y.year, y]));
  const t = run.totals;
  const b = baseline.totals;
  return {
    years: run.years.map((y) => yearDelta(y, byYear.get(y.year))),
    totals: {
      spend: recordDelta(t.spend, b.spend) as SpendFigures,
      budget: minus(t.budget, b.budget),
      schoolsPassing: minus(t.schoolsPassing, b.schoolsPassing),
      schoolsTotal: minus(t.schoolsTotal, b.schoolsTotal),
      maxCv: minus(t.maxCv, b.maxCv),
    },
  };
}

/** The first run is the baseline; its delta is all zeros (or null) and its scenario diff empty. */
export function compareRuns(runs: readonly RunInput[]): Comparison {
  if (runs.length < 2) throw new RangeError(`a comparison needs at least two runs, got ${runs.length}`);
  const figures = runs.map((r) => runFigures(r.report));
  const base = runs[0]!;
  const baseFigures = figures[0]!;
  const indicators: Record<EvaluatedLevel, string[]> = { primary: [], junior: [] };
  for (const f of figures) {
    for (const y of f.years) {
      for (const level of EVALUATED_LEVELS) {
        for (const k of Object.keys(y.cv[level])) if (!indicators[level].includes(k)) indicators[level].push(k);
      }
    }
  }
  const years = [...new Set(figures.flatMap((f) => f.years.map((y) => y.year)))].sort((a, b) => a - b);
  return {
    baseline: base.scenario.name,
    years,
    indicators,
    runs: runs.map((r, i) => ({
      name: r.scenario.name,
      status: r.report.status,
      method: r.report.method,
      objective: r.report.objective,
      figures: figures[i]!,
      delta: figuresDelta(figures[i]!, baseFigures),
      scenarioDiff: i === 0 ? [] : scenarioDiff(base.scenario, r.scenario, { ignore: DIFF_IGNORE }),
    })),
  };
}
