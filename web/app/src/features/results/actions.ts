/** The plan's actions per school, filtered by school and year, with amounts in natural units (m², rooms, teachers, yuan). */
import type { PlanAction } from '../../../../../engine/plan/types.ts';

export interface ActionFilter {
  /** Matches a school id exactly or any part of its name (case-insensitive); empty matches all. */
  school?: string;
  year?: number | null;
}

export interface SchoolActions {
  schoolId: string;
  schoolName: string;
  actions: PlanAction[];
  /** yuan from the cost ledger: in the chosen year (an earlier hire's salary included), or over the whole plan. */
  cost: number;
}

/** An action's cost from the ledger (costByYear): in `year`, or over the plan when `year` is null. */
export function yearCost(a: Pick<PlanAction, 'year' | 'cost' | 'costByYear'>, year: number | null = null): number {
  const byYear = a.costByYear ?? { [a.year]: a.cost };
  if (year === null) return Object.values(byYear).reduce((s, v) => s + v, 0);
  return byYear[year] ?? 0;
}

export function matchesSchool(action: Pick<PlanAction, 'schoolId' | 'schoolName'>, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return action.schoolId.toLowerCase() === q || action.schoolName.toLowerCase().includes(q) || action.schoolId.toLowerCase().includes(q);
}

/** Actions grouped by school (schools by name, actions by year then kind), after the filter. */
export function groupActions(actions: readonly PlanAction[], filter: ActionFilter = {}): SchoolActions[] {
  const groups = new Map<string, SchoolActions>();
  for (const a of actions) {
    if (filter.school && !matchesSchool(a, filter.school)) continue;
    const year = filter.year ?? null;
    // A year shows the actions started in it and the earlier hires still paid in it.
    if (year !== null && a.year !== year && yearCost(a, year) === 0) continue;
    const g = groups.get(a.schoolId) ?? { schoolId: a.schoolId, schoolName: a.schoolName, actions: [], cost: 0 };
    g.actions.push(a);
    g.cost += yearCost(a, year);
    groups.set(a.schoolId, g);
  }
  const out = [...groups.values()];
  for (const g of out) g.actions.sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
  return out.sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'zh-CN') || a.schoolId.localeCompare(b.schoolId));
}

/** Whole numbers for people and rooms, whole m² and yuan; LP plans may carry fractions, shown to one decimal. */
export function naturalAmount(action: Pick<PlanAction, 'amount' | 'unit'>): number {
  const a = action.amount;
  if (action.unit === 'yuan' || action.unit === 'm2') return Math.round(a);
  return Math.abs(a - Math.round(a)) < 1e-6 ? Math.round(a) : Math.round(a * 10) / 10;
}

export function actionYears(actions: readonly PlanAction[]): number[] {
  return [...new Set(actions.map((a) => a.year))].sort((a, b) => a - b);
}
