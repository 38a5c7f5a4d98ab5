import { describe, expect, it } from 'vitest';
import { commonCeiling, type FloorCuts } from '../../../engine/optimize/floor-bound.ts';
import { deadlineAfter } from '../../../engine/optimize/heuristic.ts';
import { getSolver } from '../../../engine/solve/index.ts';
import type { LpModel } from '../../../engine/solve/model.ts';

/** Three yearly floors z_1..z_3 ≥ 0 whose sum is at most `total` (a stand-in for budgets); caps 0.5, 0.9, 1.0. */
function cutsWithTotal(total: number): FloorCuts {
  const model: LpModel = {
    sense: 'max',
    variables: [0, 1, 2].map((t) => ({ name: `z${t}`, lb: 0, ub: 2, cost: 1 })),
    constraints: [{ name: 'total', terms: [[0, 1], [1, 1], [2, 1]], lb: -Infinity, ub: total }],
  };
  return { model, lower: [0, 0, 0], upper: [2, 2, 2], extend: (x) => [...x] };
}
const caps = [0.5, 0.9, 1.0];
const z = [0, 1, 2];
const ceiling = (total: number, from: number) =>
  commonCeiling(cutsWithTotal(total), z, caps, from, getSolver('highs'), { timeLimitSeconds: 10, mipRelGap: 0.01 }, deadlineAfter(10));

// The path f_t = min(θ, cap_t); the answer is the highest θ with Σ_t min(θ, cap_t) ≤ total.
describe('the highest common level on the search path (commonCeiling)', () => {
  it('in the top segment: total 2.35 → 0.5 + 0.9 + θ = 2.35, θ = 0.95', async () => {
    expect(await ceiling(2.35, 0)).toBeCloseTo(0.95, 9);
  });

  it('at the top cap itself: total 3 → every year at its cap, θ = 1.0', async () => {
    expect(await ceiling(3, 0)).toBeCloseTo(1.0, 9);
  });

  it('below the top segment: total 2.1 → θ ≥ 0.9 needs 2.3; 0.5 + 2θ = 2.1, θ = 0.8', async () => {
    expect(await ceiling(2.1, 0)).toBeCloseTo(0.8, 9);
  });

  it('in the lowest segment: total 1.2 → 3θ = 1.2, θ = 0.4 (below every cap)', async () => {
    expect(await ceiling(1.2, 0)).toBeCloseTo(0.4, 9);
  });

  it('no level above `from` allowed: total 2.1 from 0.85 (0.5 + 1.7 = 2.2 > 2.1) → `from`', async () => {
    expect(await ceiling(2.1, 0.85)).toBe(0.85);
  });
});
