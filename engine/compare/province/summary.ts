/**
 * The province summary of a batch (pure): one row per county (schools, passing before and after, spend, the
 * least budget for the targets, why a target cannot be met), totals by plan year, and the counties ranked by
 * cost per pupil brought to standard. Shape of `junheng batch --json` and of a stored batch.
 */
import type { ImportIssue } from '../../county/issues.ts';
import type { Evaluation } from '../../indicators/types.ts';
import type { SolveReport } from '../../optimize/solve-report.ts';
import type { SolveStatus } from '../../solve/model.ts';
import type { SweepResult } from '../sweep-summary.ts';

export interface CountyRow {
  /** countyKey of the file: how the index and the ranking name it. */
  county: string;
  file: string;
  status: 'done' | 'failed';
  /** Why the county failed as a whole (unreadable file, bad scenario fit); `issues` name file, row and column. */
  error?: { message: string; issues: ImportIssue[] };
  schools: number;
  students: number;
  /** yuan over the plan years given to this county (after scaling). */
  budget: number;
  /** Evaluated (not excluded) schools, and those passing today; null when the standard has no school rule. */
  schoolsTotal: number;
  passingBefore: number | null;
  /** Pupils in evaluated schools below standard today (persons). */
  pupilsBelow: number;
  plan: { status: SolveStatus; passingAfter: number | null; spend: number | null; spendByYear: number[] } | { error: string };
  /** Least yuan for the targets (minimum-cost plan), per year and in all; null when unreachable. */
  least: { status: SolveStatus; total: number | null; byYear: number[] } | { error: string };
  /** least.total / pupilsBelow, yuan per pupil; null when either is missing or no pupil is below. */
  costPerPupil: number | null;
  /** Planners' sentences from the infeasible solves, plan first. */
  infeasibility: { zh: string; en: string }[];
  sweep?: SweepResult;
}

export interface ProvinceSummary {
  scenario: string;
  years: number[];
  counties: CountyRow[];
  totals: {
    counties: number;
    failed: number;
    schools: number;
    students: number;
    passingBefore: number;
    passingAfter: number;
    /** Money to bring every county to its targets, by plan year (yuan): the sum of the reachable least budgets. */
    leastByYear: { year: number; yuan: number }[];
    least: number;
    /** Counties whose targets cannot be met within the ceiling, or whose least-budget solve failed. */
    unreachable: string[];
    planSpend: number;
  };
  /** Counties with a cost per pupil, cheapest first. */
  ranking: { county: string; costPerPupil: number; pupilsBelow: number; least: number }[];
}

export type SolveOutcome = { report: SolveReport } | { error: string };

/** Pupils in evaluated school parts of schools that do not pass today. */
export function pupilsBelowStandard(evaluation: Evaluation): number {
  return evaluation.schools.filter((s) => !s.excluded && s.schoolPasses === false).reduce((sum, s) => sum + s.students, 0);
}

const spendByYear = (report: SolveReport): number[] => report.years.map((y) => y.spend.total);
const hasPlan = (report: SolveReport): boolean => report.years.length > 0 && report.status !== 'infeasible' && report.status !== 'error';

export interface CountyFigures {
  county: string;
  file: string;
  schools: number;
  students: number;
  budget: number;
  evaluation: Evaluation;
  plan: SolveOutcome;
  least: SolveOutcome;
  /**
   * The plan's solve had the same targets as the least-budget solve (the scenario sets targets): a plan that
   * meets them within the county budget is a feasible answer to the minimum-cost question too, so the least
   * budget is never reported above its spend (the MIP stops within its gap, not always at the optimum).
   */
  planHasTargets?: boolean;
  sweep?: SweepResult;
}

/** The row of a county whose solves ran (each may still have failed on its own). */
export function countyRow(f: CountyFigures): CountyRow {
  const pupilsBelow = pupilsBelowStandard(f.evaluation);
  const plan: CountyRow['plan'] = 'error' in f.plan ? f.plan : {
    status: f.plan.report.status,
    passingAfter: hasPlan(f.plan.report) ? f.plan.report.years.at(-1)!.schoolsPassing : null,
    spend: hasPlan(f.plan.report) ? spendByYear(f.plan.report).reduce((s, v) => s + v, 0) : null,
    spendByYear: hasPlan(f.plan.report) ? spendByYear(f.plan.report) : [],
  };
  let least: CountyRow['least'] = 'error' in f.least ? f.least : {
    status: f.least.report.status,
    total: hasPlan(f.least.report) ? spendByYear(f.least.report).reduce((s, v) => s + v, 0) : null,
    byYear: hasPlan(f.least.report) ? spendByYear(f.least.report) : [],
  };
  if (f.planHasTargets && 'spend' in plan && plan.spend !== null && (!('total' in least) || least.total === null || plan.spend < least.total)) {
    least = { status: plan.status, total: plan.spend, byYear: plan.spendByYear };
  }
  const leastTotal = 'total' in least ? least.total : null;
  const infeasibility = [f.plan, f.least].flatMap((o) => ('report' in o ? o.report.infeasibility?.messages ?? [] : []));
  return {
    county: f.county, file: f.file, status: 'done', schools: f.schools, students: f.students, budget: f.budget,
    schoolsTotal: f.evaluation.county.schoolsTotal, passingBefore: f.evaluation.county.schoolsPassing, pupilsBelow,
    plan, least, costPerPupil: leastTotal !== null && pupilsBelow > 0 ? leastTotal / pupilsBelow : null,
    infeasibility: dedupe(infeasibility), ...(f.sweep ? { sweep: f.sweep } : {}),
  };
}

/** The row of a county that could not be read or set up: nothing solved, the reason with its file, row and column. */
export function failedCountyRow(county: string, file: string, message: string, issues: ImportIssue[] = []): CountyRow {
  const error = { error: message };
  return {
    county, file, status: 'failed', error: { message, issues }, schools: 0, students: 0, budget: 0, schoolsTotal: 0,
    passingBefore: null, pupilsBelow: 0, plan: error, least: error, costPerPupil: null, infeasibility: [],
  };
}

function dedupe(messages: { zh: string; en: string }[]): { zh: string; en: string }[] {
  const seen = new Set<string>();
  return messages.filter((m) => !seen.has(m.en) && seen.add(m.en));
}

/** Rows sorted by county key, so the summary does not depend on the order counties finished in. */
export function summarizeProvince(scenario: string, years: readonly number[], rows: readonly CountyRow[]): ProvinceSummary {
  const counties = [...rows].sort((a, b) => (a.county < b.county ? -1 : a.county > b.county ? 1 : 0));
  const done = counties.filter((c) => c.status === 'done');
  const leastByYear = years.map((year, t) => ({
    year, yuan: done.reduce((s, c) => s + ('byYear' in c.least && c.least.total !== null ? c.least.byYear[t] ?? 0 : 0), 0),
  }));
  const sum = (f: (c: CountyRow) => number | null): number => done.reduce((s, c) => s + (f(c) ?? 0), 0);
  const ranking = done
    .filter((c): c is CountyRow & { costPerPupil: number } => c.costPerPupil !== null)
    .map((c) => ({ county: c.county, costPerPupil: c.costPerPupil, pupilsBelow: c.pupilsBelow, least: 'total' in c.least ? c.least.total ?? 0 : 0 }))
    .sort((a, b) => a.costPerPupil - b.costPerPupil || (a.county < b.county ? -1 : 1));
  return {
    scenario, years: [...years], counties,
    totals: {
      counties: counties.length,
      failed: counties.length - done.length,
      schools: sum((c) => c.schools),
      students: sum((c) => c.students),
      passingBefore: sum((c) => c.passingBefore),
      passingAfter: sum((c) => ('passingAfter' in c.plan ? c.plan.passingAfter : null)),
      leastByYear,
      least: leastByYear.reduce((s, y) => s + y.yuan, 0),
      unreachable: done.filter((c) => !('total' in c.least) || c.least.total === null).map((c) => c.county),
      planSpend: sum((c) => ('spend' in c.plan ? c.plan.spend : null)),
    },
    ranking,
  };
}
