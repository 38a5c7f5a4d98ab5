import { describe, expect, it } from 'vitest';
import { sharedCvMax, sharedPassingMax, sharedSpendMax } from '../../../web/app/src/charts/shared-domains.ts';
import { spendScales } from '../../../web/app/src/charts/SpendChart.tsx';
import { YEARS } from './fixtures.ts';

const bigger = YEARS.map((y) => ({ ...y, budget: y.budget * 2, spend: { ...y.spend, construction: y.spend.construction * 3 }, schoolsTotal: 30,
  cv: { primary: { ...y.cv.primary, degreeTeachers: 0.71 }, junior: y.cv.junior } }));

describe('shared domains', () => {
  it('cover the largest value over every run', () => {
    const spend = sharedSpendMax([YEARS, bigger]);
    const largest = Math.max(...YEARS.map((y) => y.spend.total + 2 * y.spend.construction), ...bigger.map((y) => y.budget));
    expect(spend).toBeGreaterThanOrEqual(largest);
    expect(spend).toBeLessThan(largest * 1.5);
    expect(sharedCvMax([YEARS, bigger], 'primary', 0.5)).toBeGreaterThanOrEqual(0.71);
    expect(sharedCvMax([YEARS], 'junior', 0.45)).toBeGreaterThanOrEqual(0.54);
    expect(sharedPassingMax([YEARS, bigger])).toBe(30);
  });

  it('give both runs the same scale when passed as yMax', () => {
    const yMax = sharedSpendMax([YEARS, bigger]);
    const a = spendScales(YEARS, { width: 640, height: 360, yMax });
    const b = spendScales(bigger, { width: 640, height: 360, yMax });
    expect(a.y(10_000_000)).toBe(b.y(10_000_000));
  });
});
