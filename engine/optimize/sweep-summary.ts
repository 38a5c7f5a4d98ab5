/** A budget sweep's points and frontier, from the solve reports of its points (pure; CLI and server). */
import { runFigures } from '../compare/compare.ts';
import { budgetFrontier, type FrontierPoint } from '../compare/frontier.ts';
import type { SolveReport } from '../plan/types.ts';
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

function errorReport(name: string, message: string): SolveReport {
  return {
    status: 'error', method: 'none', scenario: name, objective: { kind: '', value: null, unit: '' },
    years: [], actions: [], rotations: [], pairing: { method: 'id-order', note: '', noteZh: '' }, shadowPrices: [],
    model: { rows: 0, columns: 0, integers: 0, buildSeconds: 0, solveSeconds: 0, solver: '' }, values: [], notes: [message],
  };
}

export function summarizeSweep(budgets: readonly number[], scenarios: readonly Scenario[], outcomes: readonly PointOutcome[]): SweepResult {
  const reports = outcomes.map((o, i) => ('report' in o ? o.report : errorReport(scenarios[i]!.name, o.error)));
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

