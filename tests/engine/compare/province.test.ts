/** Province batch logic without solving: budgets per county, the counties.csv index, sweep specs, the summary. */
import { describe, expect, it } from 'vitest';
import { countyKey, countyScenario, countyStudents } from '../../../engine/compare/province/budget.ts';
import { parseCountyIndex } from '../../../engine/compare/province/county-index.ts';
import { LEAST_BUDGET_CEILING, leastBudgetScenario, parseSweepSpec } from '../../../engine/compare/province/jobs.ts';
import { failedCountyRow, summarizeProvince, type CountyRow } from '../../../engine/compare/province/summary.ts';
import { resolveScenario } from '../../../engine/scenario/resolve.ts';
import { county, school } from '../helpers.ts';

const scenario = resolveScenario({ name: 'p', budget: { perYear: [6e6, 3e6, 1e6] } }, 'p.yaml');
const small = county([school('A', { students: 300 }), school('B', { students: 700 })]);

describe('per-county budgets', () => {
  it('scales every year by pupils over the reference', () => {
    expect(countyStudents(small)).toBe(1000);
    const scaled = countyScenario(scenario, small, 'x.csv', { by: 'students', referenceStudents: 4000 });
    if (scaled instanceof Error) throw scaled;
    expect(scaled.factor).toBe(0.25);
    expect(scaled.scenario.budget.perYear).toEqual([1.5e6, 0.75e6, 0.25e6]);
    expect(scenario.budget.perYear).toEqual([6e6, 3e6, 1e6]);
  });

  it('takes an index total and splits it like the scenario; a county missing from the index fails by name', () => {
    const index = { by: 'index' as const, totals: new Map([['north', 20e6]]), source: 'counties.csv', column: 'budget' };
    const scaled = countyScenario(scenario, small, 'data/North.CSV', index);
    if (scaled instanceof Error) throw scaled;
    expect(scaled.scenario.budget.perYear.reduce((s, v) => s + v, 0)).toBeCloseTo(20e6, 6);
    expect(scaled.scenario.budget.perYear[0]! / scaled.scenario.budget.perYear[2]!).toBeCloseTo(6, 9);
    const missing = countyScenario(scenario, small, 'south.xlsx', index);
    expect(missing).toBeInstanceOf(Error);
    expect((missing as Error).message).toBe('counties.csv: no row for county "south" (column budget)');
  });

  it('keys counties by file base name without extension', () => {
    expect(countyKey('a/b/County-07.xlsx')).toBe('county-07');
  });
});

describe('counties.csv index', () => {
  it('reads totals by county', () => {
    const parsed = parseCountyIndex('\uFEFFfile,budget\nnorth.csv,"12,000,000"\nsouth,3000000\n', 'counties.csv', 'budget');
    expect(parsed).toEqual({ totals: new Map([['north', 12e6], ['south', 3e6]]) });
  });

  it('names file, row, column and cell of a bad budget, and a missing column', () => {
    const parsed = parseCountyIndex('县,budget\nnorth,12\nsouth,lots\n', 'counties.csv', 'budget');
    expect(parsed).toEqual({ errors: [expect.objectContaining({ file: 'counties.csv', row: 3, column: 'budget', cell: 'B3', value: 'lots' })] });
    const noColumn = parseCountyIndex('file,money\nnorth,12\n', 'counties.csv', 'budget');
    expect('errors' in noColumn && noColumn.errors[0]!.message).toMatch(/no budget column "budget"/);
  });
});

describe('least budget and sweep specs', () => {
  it('asks the minimum-cost objective for the scenario\'s targets (else all schools by the last year) under a ceiling', () => {
    const least = leastBudgetScenario(scenario);
    expect(least.objective).toEqual({ kind: 'mincost', targets: [0, 0, 1], tieBreak: 'shortfall' });
    expect(least.budget.perYear).toEqual([6e6, 3e6, 1e6].map((v) => v * LEAST_BUDGET_CEILING));
    const withTargets = resolveScenario({ name: 'q', budget: { perYear: 1 }, objective: { kind: 'floor', targets: [0.2, 0.5, 0.9] } }, 'q.yaml');
    expect(leastBudgetScenario(withTargets).objective.targets).toEqual([0.2, 0.5, 0.9]);
  });

  it('parses FROM:TO:STEPS and says what is wrong', () => {
    expect(parseSweepSpec('10,000,000:30000000:3')).toEqual({ from: 1e7, to: 3e7, steps: 3 });
    expect(() => parseSweepSpec('10:20')).toThrow(/FROM:TO:STEPS/);
    expect(() => parseSweepSpec('30:20:3')).toThrow(/must not be larger/);
  });
});

function row(county: string, least: number[] | null, pupilsBelow: number, passing: [number, number]): CountyRow {
  const total = least ? least.reduce((s, v) => s + v, 0) : null;
  return {
    county, file: `${county}.csv`, status: 'done', schools: 10, students: 5000, budget: 3e7, schoolsTotal: 10,
    passingBefore: passing[0], pupilsBelow,
    plan: { status: 'optimal', passingAfter: passing[1], spend: 2e7, spendByYear: [1e7, 5e6, 5e6] },
    least: { status: least ? 'optimal' : 'infeasible', total, byYear: least ?? [] },
    costPerPupil: total !== null && pupilsBelow > 0 ? total / pupilsBelow : null,
    infeasibility: [],
  };
}

describe('province summary', () => {
  it('sums reachable counties by year, ranks by cost per pupil and lists the unreachable and the failed', () => {
    const rows = [
      row('c', [4e6, 0, 0], 1000, [2, 10]),
      row('a', [1e6, 2e6, 3e6], 1000, [1, 9]),
      row('b', null, 500, [5, 7]),
      failedCountyRow('d', 'd.csv', 'd.csv row 3, column students (D3): not a number', [{ code: 'not-a-number', file: 'd.csv', row: 3, column: 'students', cell: 'D3', message: 'not a number' }]),
    ];
    const summary = summarizeProvince('p', [2026, 2027, 2028], rows);
    expect(summary.counties.map((c) => c.county)).toEqual(['a', 'b', 'c', 'd']);
    expect(summary.totals.leastByYear).toEqual([{ year: 2026, yuan: 5e6 }, { year: 2027, yuan: 2e6 }, { year: 2028, yuan: 3e6 }]);
    expect(summary.totals.least).toBe(10e6);
    expect(summary.totals).toMatchObject({ counties: 4, failed: 1, passingBefore: 8, passingAfter: 26, unreachable: ['b'], planSpend: 6e7 });
    expect(summary.ranking.map((r) => [r.county, r.costPerPupil])).toEqual([['c', 4000], ['a', 6000]]);
    expect(summary.counties[3]!.error?.issues[0]).toMatchObject({ row: 3, column: 'students' });
  });
});

describe('county row', () => {
  it('never reports a least budget above the spend of a plan that met the same targets', async () => {
    const { countyRow } = await import('../../../engine/compare/province/summary.ts');
    const { evaluateCounty } = await import('../../../engine/indicators/evaluate.ts');
    const { getStandard } = await import('../../../engine/standards/index.ts');
    const { reportWithoutPlan } = await import('../../../engine/optimize/solve-report.ts');
    const evaluation = evaluateCounty(small, getStandard('quality-2017')!);
    const report = (spend: number[]) => {
      const r = reportWithoutPlan('s', 'floor');
      r.status = 'optimal';
      r.years = spend.map((total, i) => ({ year: 2026 + i, spend: { total } }) as never);
      return { report: r };
    };
    const figures = { county: 'x', file: 'x.csv', schools: 2, students: 1000, budget: 1e7, evaluation, plan: report([2e6, 1e6]), least: report([2e6, 2e6]) };
    expect(countyRow({ ...figures, planHasTargets: true }).least).toEqual({ status: 'optimal', total: 3e6, byYear: [2e6, 1e6] });
    expect(countyRow({ ...figures, planHasTargets: false }).least).toEqual({ status: 'optimal', total: 4e6, byYear: [2e6, 2e6] });
  });
});
