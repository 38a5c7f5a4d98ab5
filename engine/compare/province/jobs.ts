/**
 * What a province batch solves for one county: its plan (the scenario as given, county budget), the least
 * budget for the targets (the same scenario with the minimum-cost objective and a budget ceiling), and the
 * points of a budget sweep when one is asked for.
 */
import type { Scenario } from '../../scenario/resolve.ts';
import { sweepBudgets, sweepTotals } from '../../scenario/sweep-points.ts';

/**
 * The least-budget solve may spend up to this many times the county's budget in each year: far enough above
 * to find the least budget when the county's own is too small, bounded so an unreachable target stays an
 * infeasible (explained) solve instead of an unbounded one.
 */
export const LEAST_BUDGET_CEILING = 4;

export interface SweepSpec {
  /** yuan over the plan years for the province scenario's budget; scaled per county like the budget. */
  from: number;
  to: number;
  steps: number;
}

/** The targets the least budget is for: the scenario's, else every evaluated school passing in the last year. */
export function leastBudgetTargets(scenario: Scenario): number[] {
  return scenario.objective.targets ?? scenario.years.map((_, i) => (i === scenario.years.length - 1 ? 1 : 0));
}

/** The scenario whose minimum-cost plan spends the least budget for the targets. */
export function leastBudgetScenario(scenario: Scenario): Scenario {
  const copy = structuredClone(scenario);
  copy.name = `${scenario.name} — least budget`;
  copy.objective = { kind: 'mincost', targets: leastBudgetTargets(scenario), tieBreak: 'shortfall' };
  copy.budget.perYear = scenario.budget.perYear.map((v) => v * LEAST_BUDGET_CEILING);
  return copy;
}

/** Sweep points of one county: totals scaled by `factor`, the county scenario's yearly shares. */
export function countySweep(scenario: Scenario, spec: SweepSpec, factor: number): { budgets: number[]; scenarios: Scenario[] } {
  const from = spec.from * factor;
  const to = spec.to * factor;
  return { budgets: sweepTotals(from, to, spec.steps), scenarios: sweepBudgets(scenario, from, to, spec.steps) };
}

/** "FROM:TO:STEPS" (yuan, yuan, count ≥ 2); a RangeError says what is wrong. */
export function parseSweepSpec(text: string): SweepSpec {
  const parts = text.split(':').map((p) => p.trim().replace(/[,_]/g, ''));
  const [from, to, steps] = parts.map(Number);
  if (parts.length !== 3 || parts.some((p) => p === '') || ![from, to, steps].every(Number.isFinite)) {
    throw new RangeError(`--sweep must be FROM:TO:STEPS (yuan:yuan:count), got "${text}"`);
  }
  sweepTotals(from!, to!, steps!);
  return { from: from!, to: to!, steps: steps! };
}
