import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../engine/compare/compare.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { changedRows, deltaRows, judge, sharedDomains } from '../../../web/app/src/shared/deltas.ts';
import { report, year } from '../results/fixtures.ts';

const scenario = (name: string, budget: number) => ({ name, years: [2026, 2027], budget: { perYear: budget } }) as unknown as ScenarioFile;

const base = report('基线', [
  year(2026, { construction: 3_000_000, equipment: 500_000 }, { primary: { degreeTeachers: 0.42, sportsArea: 0.3 }, junior: { degreeTeachers: 0.4 } }, 4),
  year(2027, { construction: 2_000_000, hiring: 400_000 }, { primary: { degreeTeachers: 0.35, sportsArea: 0.28 }, junior: { degreeTeachers: 0.38 } }, 7),
]);
const more = report('加预算', [
  year(2026, { construction: 4_000_000, equipment: 500_000 }, { primary: { degreeTeachers: 0.4, sportsArea: 0.3 }, junior: { degreeTeachers: 0.41 } }, 5, 8_000_000),
  year(2027, { construction: 3_500_000, hiring: 400_000 }, { primary: { degreeTeachers: 0.31, sportsArea: 0.2802 }, junior: { degreeTeachers: 0.44 } }, 9, 8_000_000),
]);
const comparison = compareRuns([{ scenario: scenario('基线', 5e6), report: base }, { scenario: scenario('加预算', 8e6), report: more }]);

describe('differences from the baseline', () => {
  const rows = deltaRows(comparison);
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('computes totals and their change over the plan', () => {
    const total = row('spend.total');
    expect(total.cells.map((c) => c.value)).toEqual([5_900_000, 8_400_000]);
    expect(total.cells[1]!.delta).toBe(2_500_000);
    expect(total.cells[1]!.better).toBe(false); // spends more
    expect(total.cells[0]!.delta).toBeNull();
    expect(row('spend.construction').cells[1]!.delta).toBe(2_500_000);
    expect(row('spend.equipment').cells[1]!.better).toBeNull(); // same
  });

  it('judges passing schools higher-is-better and coefficients lower-is-better, final year', () => {
    expect(row('passing').cells.map((c) => c.value)).toEqual([7, 9]);
    expect(row('passing').cells[1]).toEqual({ value: 9, delta: 2, better: true });
    const degree = row('cv.primary.degreeTeachers').cells[1]!;
    expect(degree.delta).toBeCloseTo(-0.04, 10);
    expect(degree.better).toBe(true);
    const junior = row('cv.junior.degreeTeachers').cells[1]!;
    expect(junior.delta).toBeCloseTo(0.06, 10);
    expect(junior.better).toBe(false);
    expect(row('maxCv').cells.map((c) => c.value)).toEqual([0.38, 0.44]);
    // 0.0002 is within the tolerance: unchanged
    expect(row('cv.primary.sportsArea').cells[1]!.better).toBeNull();
  });

  it('lists only rows that changed, and shares one scale across runs', () => {
    const changed = changedRows(rows).map((r) => r.key);
    expect(changed).toContain('passing');
    expect(changed).not.toContain('spend.equipment');
    expect(changed).not.toContain('cv.primary.sportsArea');
    const d = sharedDomains(comparison);
    expect(d.spendMax).toBe(8_000_000); // the larger budget bar
    expect(d.schoolsMax).toBe(10);
    expect(d.cvMax).toBeCloseTo(0.44, 10);
  });

  it('treats missing values and small changes as unknown', () => {
    expect(judge(null, 'lower', 0)).toBeNull();
    expect(judge(-0.01, 'lower', 0.0005)).toBe(true);
    expect(judge(0.0004, 'lower', 0.0005)).toBeNull();
    expect(judge(-1, 'higher', 0.5)).toBe(false);
  });
});
