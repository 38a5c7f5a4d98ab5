/** A budget sweep's points and frontier, from the solve reports of its points (pure; CLI and server). */
import { reportWithoutPlan, type SolveReport } from '../optimize/solve-report.ts';
import { runFigures } from './compare.ts';
import { budgetFrontier, type FrontierPoint } from './frontier.ts';
import type { Scenario } from '../scenario/resolve.ts';
import type { SolveStatus } from '../solve/model.ts';

export interface SweepPoint {
  budget: number; // yuan over the plan
  status: SolveStatus;
  objective: number | null;
  maxCv: number | null;
  schoolsPassing: number | null; // final plan year
  schoolsTotal: number | null;
  spend: number | null; // yuan over the plan
  error?: string;
  /** yuan: this point reports the plan of that smaller budget, its own search having ended worse (sweep-monotone.ts). */
  carriedFrom?: number;
}

export interface SweepResult {
  points: SweepPoint[];
  frontier: FrontierPoint[];
}

/** `carriedFrom`: the report is the plan of that smaller total budget (yuan), carried over (sweep-monotone.ts). */
export type PointOutcome = { report: SolveReport; carriedFrom?: number } | { error: string };

export function summarizeSweep(budgets: readonly number[], scenarios: readonly Scenario[], outcomes: readonly PointOutcome[]): SweepResult {
  const reports = outcomes.map((o, i) => ('report' in o ? o.report : reportWithoutPlan(scenarios[i]!.name, '', undefined, [{ zh: o.error, en: o.error }])));
  const points = reports.map((report, i): SweepPoint => {
    const t = runFigures(report).totals;
    const outcome = outcomes[i]!;
    return {
      budget: budgets[i]!,
      status: report.status,
      objective: report.objective.value,
      maxCv: t.maxCv,
      schoolsPassing: t.schoolsPassing,
      schoolsTotal: t.schoolsTotal,
      spend: t.spend.total,
      ...('error' in outcome ? { error: outcome.error } : {}),
      ...('carriedFrom' in outcome && outcome.carriedFrom !== undefined ? { carriedFrom: outcome.carriedFrom } : {}),
    };
  });
  return { points, frontier: budgetFrontier(reports.map((report, i) => ({ budget: budgets[i]!, report }))) };
}

