/**
 * The cost ledger of a solved plan as rows people read: one row per action and plan year in which it
 * costs money (a hire in every year from its start, so earlier hires' salaries show in later years),
 * one per rotation and year away, and per-year totals that equal years[].spend.total.
 */
import type { SolveReport } from '../optimize/solve-report.ts';
import type { PlanAction, Rotation } from '../plan/types.ts';

export interface LedgerRow {
  /** Plan year the money is spent in (yuan). */
  year: number;
  schoolId: string;
  schoolName: string;
  action: PlanAction;
  /** The action started in an earlier year (a hire's salary carried on). */
  continuing: boolean;
  yuan: number;
}

export interface RotationLedgerRow {
  year: number;
  rotation: Rotation;
  yuan: number;
}

export interface LedgerYear {
  year: number;
  /** yuan on actions started this year, on earlier actions (salaries), on rotation subsidies; total = years[].spend.total. */
  newActions: number;
  continuing: number;
  rotations: number;
  total: number;
}

function entries(byYear: Record<number, number> | undefined, fallback: { year: number; cost: number }): [number, number][] {
  const list = Object.entries(byYear ?? { [fallback.year]: fallback.cost }).map(([y, v]): [number, number] => [Number(y), v]);
  return list.filter(([, v]) => v !== 0);
}

/** Action rows by year, then school name and id, then start year. */
export function actionLedgerRows(report: Pick<SolveReport, 'actions'>): LedgerRow[] {
  const rows = report.actions.flatMap((a) => entries(a.costByYear, a).map(([year, yuan]): LedgerRow => ({
    year, schoolId: a.schoolId, schoolName: a.schoolName, action: a, continuing: year !== a.year, yuan,
  })));
  return rows.sort((p, q) => p.year - q.year || p.schoolId.localeCompare(q.schoolId) || p.action.year - q.action.year);
}

export function rotationLedgerRows(report: Pick<SolveReport, 'rotations'>): RotationLedgerRow[] {
  return report.rotations.flatMap((r) => entries(r.costByYear, { year: r.year, cost: 0 }).map(([year, yuan]) => ({ year, rotation: r, yuan })))
    .sort((p, q) => p.year - q.year || p.rotation.from.localeCompare(q.rotation.from) || p.rotation.to.localeCompare(q.rotation.to));
}

/** Per plan year: the ledger's totals (from the report's years, so every plan year appears). */
export function ledgerYears(report: Pick<SolveReport, 'actions' | 'rotations' | 'years'>): LedgerYear[] {
  const rows = actionLedgerRows(report);
  const rot = rotationLedgerRows(report);
  return report.years.map((y) => {
    const mine = rows.filter((r) => r.year === y.year);
    const newActions = mine.filter((r) => !r.continuing).reduce((s, r) => s + r.yuan, 0);
    const continuing = mine.filter((r) => r.continuing).reduce((s, r) => s + r.yuan, 0);
    const rotations = rot.filter((r) => r.year === y.year).reduce((s, r) => s + r.yuan, 0);
    return { year: y.year, newActions, continuing, rotations, total: newActions + continuing + rotations };
  });
}

/** yuan per school in `year` (new and continuing actions), for school lines in reports. */
export function schoolYearCost(rows: readonly LedgerRow[], year: number, schoolId: string): number {
  return rows.filter((r) => r.year === year && r.schoolId === schoolId).reduce((s, r) => s + r.yuan, 0);
}
