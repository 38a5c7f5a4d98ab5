/**
 * Per-county budgets of a province batch. The province writes one scenario; each county gets it with its
 * total budget scaled by students (the scenario's budget is for a county of `referenceStudents` pupils) or
 * set from a column of a counties.csv index (total yuan over the plan years, split like the scenario's).
 */
import type { County } from '../../county/types.ts';
import type { Scenario } from '../../scenario/resolve.ts';
import { splitBudget, yearShares } from '../../scenario/sweep-points.ts';

export type BudgetScaling =
  | { by: 'none' }
  /** Budget × county pupils / referenceStudents. */
  | { by: 'students'; referenceStudents: number }
  /** Total yuan over the plan years, per county key (see countyKey). */
  | { by: 'index'; totals: ReadonlyMap<string, number>; source: string; column: string };

/** Pupils of a county: every school's students (persons). */
export function countyStudents(county: County): number {
  return county.schools.reduce((s, school) => s + school.students, 0);
}

/** How an index row names a county: the file's base name without extension, lower case (e.g. "county-07"). */
export function countyKey(fileOrName: string): string {
  const base = fileOrName.split(/[\\/]/).pop() ?? fileOrName;
  return base.replace(/\.(csv|xlsx|json)$/i, '').trim().toLowerCase();
}

/** The scenario with every year's budget multiplied by `factor` (≥ 0); the input is not changed. */
export function scaleBudget(scenario: Scenario, factor: number): Scenario {
  const copy = structuredClone(scenario);
  copy.budget.perYear = scenario.budget.perYear.map((v) => v * factor);
  return copy;
}

/** The scenario with a total budget (yuan over the plan years), split by its yearly shares. */
export function withTotalBudget(scenario: Scenario, total: number): Scenario {
  const copy = structuredClone(scenario);
  copy.budget.perYear = splitBudget(total, yearShares(scenario.budget.perYear));
  return copy;
}

/** The county's scenario and its factor against the province scenario's budget; an Error names what is missing. */
export function countyScenario(scenario: Scenario, county: County, file: string, scaling: BudgetScaling): { scenario: Scenario; factor: number } | Error {
  if (scaling.by === 'none') return { scenario, factor: 1 };
  if (scaling.by === 'students') {
    const factor = countyStudents(county) / scaling.referenceStudents;
    return { scenario: scaleBudget(scenario, factor), factor };
  }
  const total = scaling.totals.get(countyKey(file));
  if (total === undefined) return new Error(`${scaling.source}: no row for county "${countyKey(file)}" (column ${scaling.column})`);
  const base = scenario.budget.perYear.reduce((s, v) => s + v, 0);
  return { scenario: withTotalBudget(scenario, total), factor: base > 0 ? total / base : 1 };
}
