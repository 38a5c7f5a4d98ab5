import { describe, expect, it } from 'vitest';
import { budgetFrontier } from '../../../engine/compare/frontier.ts';
import type { SolveReport, YearSummary } from '../../../engine/optimize/solve-report.ts';

/** A three-year report with `total` yuan allotted evenly; `cv` is the final year's primary backbone coefficient. */
function report(total: number, passing: number, cv: number, status: SolveReport['status'] = 'optimal'): SolveReport {
  const years: YearSummary[] = [2026, 2027, 2028].map((year, t) => ({
    year, budget: total / 3, available: total / 3,
    spend: { construction: total / 3, equipment: 0, multimedia: 0, hiring: 0, upgrades: 0, rotation: 0, total: total / 3 },
    cv: { primary: { backboneTeachers: t === 2 ? cv : 0.9, sportsArea: 0.2 }, junior: { backboneTeachers: t === 2 ? cv / 2 : 0.9 } },
    schoolsPassing: t === 2 ? passing : 0, schoolsTotal: 38, floor: 0.9, countyPasses: false,
  }));
  return {
    status, method: 'mip', scenario: `b${total}`, objective: { kind: 'floor', value: 1, unit: 'ratio' },
    years: status === 'infeasible' ? [] : years, actions: [], rotations: [], pairing: { method: 'id-order', note: '', noteZh: '' }, shadowPrices: [],
    model: { rows: 1, columns: 1, integers: 0, buildSeconds: 0, solveSeconds: 0, solver: 'test' }, values: [], notes: [],
  };
}

const M = 1_000_000;

describe('budgetFrontier', () => {
  const points = budgetFrontier([
    { budget: 30 * M, report: report(30 * M, 38, 0.40) },
    { budget: 10 * M, report: report(10 * M, 0, 0, 'infeasible') },
    { budget: 20 * M, report: report(20 * M, 30, 0.48) },
    { budget: 25 * M, report: report(25 * M, 30, 0.50) },
    { budget: 35 * M, report: report(35 * M, 38, 0.40) },
    { budget: 40 * M, report: report(40 * M, 38, 0.38) },
  ]);

  it('sorts by total budget and reads the final year', () => {
    expect(points.map((p) => p.totalBudget)).toEqual([10, 20, 25, 30, 35, 40].map((x) => x * M));
    expect(points[3]).toMatchObject({ budget: 30 * M, spent: 30 * M, maxCv: 0.4, schoolsPassing: 38, schoolsTotal: 38, status: 'optimal' });
  });

  it('takes the largest coefficient over indicators and levels of the final year only', () => {
    expect(points.find((p) => p.budget === 20 * M)!.maxCv).toBe(0.48);
  });

  it('marks the points no other point beats in budget, coefficient and passing schools', () => {
    expect(points.map((p) => [p.budget / M, p.efficient])).toEqual([
      [10, false],
      [20, true],
      [25, false],
      [30, true],
      [35, false],
      [40, true],
    ]);
  });

  it('keeps a point without a plan with null figures and the swept budget', () => {
    expect(points[0]).toMatchObject({ budget: 10 * M, totalBudget: 10 * M, spent: null, maxCv: null, schoolsPassing: null, status: 'infeasible', efficient: false });
  });

  it('counts an incumbent at the time limit and keeps identical points both efficient', () => {
    const p = budgetFrontier([
      { budget: 3, report: report(30 * M, 38, 0.4, 'timeout') },
      { budget: 2, report: report(30 * M, 38, 0.4) },
    ]);
    expect(p.map((x) => [x.budget, x.efficient])).toEqual([[2, true], [3, true]]);
  });

  it('is empty for no points', () => {
    expect(budgetFrontier([])).toEqual([]);
  });
});
