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
}

export interface SweepResult {
  points: SweepPoint[];
  frontier: FrontierPoint[];
}

export type PointOutcome = { report: SolveReport } | { error: string };

export function summarizeSweep(budgets: readonly number[], scenarios: readonly Scenario[], outcomes: readonly PointOutcome[]): SweepResult {
  const reports = outcomes.map((o, i) => ('report' in o ? o.report : reportWithoutPlan(scenarios[i]!.name, '', undefined, [o.error])));
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
    };
  });
  return { points, frontier: budgetFrontier(reports.map((report, i) => ({ budget: budgets[i]!, report }))) };
}

