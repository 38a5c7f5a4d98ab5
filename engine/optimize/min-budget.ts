/**
 * "What is the least money that meets the targets?": the scenario turned into a minimum-cost solve (its yearly
 * targets as constraints, budgets lifted out of the way), and the answer read from the plan: the total spend,
 * spend per year, and the year that binds.
 */
import type { Scenario } from '../scenario/resolve.ts';
import type { SolveReport } from './solve-report.ts';

/** Per-year budget cap of the min-cost solve: this many times the scenario's whole budget (never binding in practice). */
const BUDGET_HEADROOM = 10;
/** yuan; the cap when the scenario's budget is zero. */
const MIN_CAP = 1e8;

export class MinBudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MinBudgetError';
  }
}

/** The scenario with objective mincost over its own targets; the yearly budget becomes a cap far above what is needed. */
export function minBudgetScenario(scenario: Scenario): Scenario {
  const targets = scenario.objective.targets;
  if (!targets || targets.length === 0) {
    throw new MinBudgetError('the least budget is asked for the scenario\'s yearly targets (objective.targets), and this scenario has none');
  }
  const total = scenario.budget.perYear.reduce((s, x) => s + x, 0);
  const cap = Math.max(total, MIN_CAP) * BUDGET_HEADROOM;
  return {
    ...scenario,
    name: `${scenario.name} · min budget`,
    budget: { perYear: scenario.years.map(() => cap), carryOver: scenario.budget.carryOver },
    objective: { kind: 'mincost', targets, tieBreak: 'shortfall' },
  };
}

export interface MinBudgetAnswer {
  /** yuan over the plan; null when the targets cannot be met at any budget (infeasible). */
  total: number | null;
  perYear: { year: number; spend: number; target: number | null; passing: number; schools: number; tight: boolean }[];
  /** The year needing the most money: with one budget figure for every year, it is the year that decides it. */
  bindingYear: number | null;
  /** Years whose target is met with no school to spare. */
  tightYears: number[];
}

/** Reads the answer from a min-cost solve's report; `targets` are the scenario's shares (0..1) per plan year. */
export function minBudgetAnswer(report: SolveReport, targets: readonly number[] | null): MinBudgetAnswer {
  const feasible = report.years.length > 0 && report.status !== 'infeasible' && report.status !== 'error';
  const perYear = report.years.map((y, t) => {
    const target = targets?.[t] ?? targets?.[targets.length - 1] ?? null;
    const needed = target === null ? null : Math.ceil(target * y.schoolsTotal - 1e-9);
    return { year: y.year, spend: y.spend.total, target, passing: y.schoolsPassing, schools: y.schoolsTotal, tight: needed !== null && y.schoolsPassing === needed };
  });
  if (!feasible) return { total: null, perYear: [], bindingYear: null, tightYears: [] };
  let binding: (typeof perYear)[number] | undefined;
  for (const y of perYear) if (!binding || y.spend > binding.spend) binding = y;
  return {
    total: perYear.reduce((s, y) => s + y.spend, 0),
    perYear,
    bindingYear: binding?.year ?? null,
    tightYears: perYear.filter((y) => y.tight).map((y) => y.year),
  };
}
