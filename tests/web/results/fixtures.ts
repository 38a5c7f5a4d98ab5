/** Small hand-made solve reports for the results and compare screens' tests. */
import type { PlanAction } from '../../../engine/plan/types.ts';
import type { SolveReport, YearSummary } from '../../../engine/optimize/solve-report.ts';

export function year(y: number, spend: Partial<YearSummary['spend']>, cv: { primary: Record<string, number>; junior: Record<string, number> }, passing: number, budget = 5_000_000): YearSummary {
  const full = { construction: 0, equipment: 0, multimedia: 0, hiring: 0, upgrades: 0, rotation: 0, ...spend };
  const total = Object.values(full).reduce((s, v) => s + v, 0);
  return { year: y, budget, available: budget, spend: { ...full, total }, cv, schoolsPassing: passing, schoolsTotal: 10, floor: 0.8, countyPasses: false };
}

export function action(partial: Partial<PlanAction> & Pick<PlanAction, 'year' | 'schoolId' | 'schoolName' | 'kind'>): PlanAction {
  return { amount: 1, unit: 'rooms', cost: 25_000, servesFrom: partial.year, ...partial };
}

export function report(name: string, years: YearSummary[], extra: Partial<SolveReport> = {}): SolveReport {
  return {
    status: 'optimal', method: 'lp', scenario: name, objective: { kind: 'maxCv', value: 0.3, unit: '' }, years,
    actions: [], rotations: [], pairing: { method: 'id-order', note: '', noteZh: '' }, shadowPrices: [],
    model: { rows: 1, columns: 1, integers: 0, buildSeconds: 0, solveSeconds: 0, solver: 'highs' }, values: [], notes: [], ...extra,
  };
}
