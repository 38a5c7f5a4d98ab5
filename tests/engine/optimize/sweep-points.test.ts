import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sweepBudgets, sweepTotals } from '../../../engine/scenario/sweep-points.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';

function baseline(perYear?: number[]): Scenario {
  const { scenario } = parseScenarioText(readFileSync('scenarios/baseline.yaml', 'utf8'), 'baseline.yaml');
  if (perYear) scenario.budget.perYear = perYear;
  return scenario;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('sweepBudgets', () => {
  it('scales the total budget evenly from `from` to `to`, inclusive', () => {
    const points = sweepBudgets(baseline(), 20_000_000, 40_000_000, 5);
    expect(points.map((s) => sum(s.budget.perYear))).toEqual([20_000_000, 25_000_000, 30_000_000, 35_000_000, 40_000_000]);
    expect(points.map((s) => s.name)).toEqual([20, 25, 30, 35, 40].map((m) => `基线方案 baseline @ ${m * 1_000_000}`));
  });

  it('keeps the yearly split proportions of the scenario', () => {
    const points = sweepBudgets(baseline([5_000_000, 10_000_000, 15_000_000]), 6_000_000, 60_000_000, 2);
    expect(points[0]!.budget.perYear).toEqual([1_000_000, 2_000_000, 3_000_000]);
    expect(points[1]!.budget.perYear).toEqual([10_000_000, 20_000_000, 30_000_000]);
    const odd = sweepBudgets(baseline([1, 1, 1]), 0, 10_000_000, 4);
    for (const p of odd) {
      expect(p.budget.perYear[0]).toBeCloseTo(p.budget.perYear[1]!, 6);
      expect(p.budget.perYear[1]).toBeCloseTo(p.budget.perYear[2]!, 6);
    }
    expect(odd.map((s) => sum(s.budget.perYear))).toEqual([0, 10_000_000 / 3, 20_000_000 / 3, 10_000_000]);
  });

  it('splits evenly when the scenario budget is zero and leaves the input unchanged', () => {
    const s = baseline([0, 0, 0]);
    const [low, high] = sweepBudgets(s, 3_000, 9_000, 2);
    expect(low!.budget.perYear).toEqual([1_000, 1_000, 1_000]);
    expect(high!.budget.perYear).toEqual([3_000, 3_000, 3_000]);
    expect(s.budget.perYear).toEqual([0, 0, 0]);
    expect(s.name).toBe('基线方案 baseline');
    expect(low!.objective).toEqual(s.objective);
    expect(low!.objective).not.toBe(s.objective);
  });

  it('rejects bad ranges with a RangeError that names the problem', () => {
    const s = baseline();
    expect(() => sweepBudgets(s, 40, 20, 3)).toThrow(RangeError);
    expect(() => sweepBudgets(s, 40, 20, 3)).toThrow(/--from \(40\) must not be larger than --to \(20\)/);
    expect(() => sweepBudgets(s, 10, 20, 1)).toThrow(/at least 2/);
    expect(() => sweepBudgets(s, 10, 20, 2.5)).toThrow(/whole number/);
    expect(() => sweepBudgets(s, -10, 20, 3)).toThrow(/--from must not be negative/);
    expect(() => sweepBudgets(s, 0, Number.NaN, 3)).toThrow(/--to must be a finite number/);
    expect(() => sweepTotals(0, 1, 0)).toThrow(RangeError);
  });
});
