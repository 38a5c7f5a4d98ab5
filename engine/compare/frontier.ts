/** Budget sweep: what each budget buys (largest coefficient, schools passing) and which budgets are Pareto-efficient. */
import type { SolveReport } from '../optimize/solve-report.ts';
import type { SolveStatus } from '../solve/model.ts';
import { maxCoefficient, runFigures } from './compare.ts';

export interface FrontierInput {
  /** The swept budget as the caller set it (yuan). */
  budget: number;
  report: SolveReport;
}

export interface FrontierPoint {
  budget: number;
  /** Yuan allotted over the plan (Σ YearSummary.budget), or `budget` when the report has no years. */
  totalBudget: number;
  /** Yuan spent over the plan; null without a plan. */
  spent: number | null;
  /** Largest coefficient over indicators and levels in the final plan year; null without a plan. */
  maxCv: number | null;
  /** Schools passing in the final plan year, of schoolsTotal; null without a plan. */
  schoolsPassing: number | null;
  schoolsTotal: number | null;
  status: SolveStatus;
  /** No other point has ≤ totalBudget, ≤ maxCv and ≥ schoolsPassing and is strictly better in one. */
  efficient: boolean;
}

function hasPlan(p: FrontierPoint): p is FrontierPoint & { maxCv: number; schoolsPassing: number } {
  return (p.status === 'optimal' || p.status === 'timeout') && p.maxCv !== null && p.schoolsPassing !== null;
}

/** q dominates p: no worse in budget, coefficient and passing schools, strictly better in at least one. */
function dominates(q: { totalBudget: number; maxCv: number; schoolsPassing: number }, p: { totalBudget: number; maxCv: number; schoolsPassing: number }): boolean {
  const noWorse = q.totalBudget <= p.totalBudget && q.maxCv <= p.maxCv && q.schoolsPassing >= p.schoolsPassing;
  const better = q.totalBudget < p.totalBudget || q.maxCv < p.maxCv || q.schoolsPassing > p.schoolsPassing;
  return noWorse && better;
}

/** Points sorted by total budget (then swept budget); points without a plan are never efficient. */
export function budgetFrontier(points: readonly FrontierInput[]): FrontierPoint[] {
  const out: FrontierPoint[] = points.map(({ budget, report }) => {
    const f = runFigures(report);
    const last = f.years[f.years.length - 1];
    return {
      budget,
      totalBudget: f.totals.budget ?? budget,
      spent: f.totals.spend.total,
      maxCv: last ? maxCoefficient(last.cv) : null,
      schoolsPassing: f.totals.schoolsPassing,
      schoolsTotal: f.totals.schoolsTotal,
      status: report.status,
      efficient: false,
    };
  });
  out.sort((a, b) => a.totalBudget - b.totalBudget || a.budget - b.budget);
  const feasible = out.filter(hasPlan);
  for (const p of feasible) p.efficient = !feasible.some((q) => q !== p && dominates(q, p));
  return out;
}
