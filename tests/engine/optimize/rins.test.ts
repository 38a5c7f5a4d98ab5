import { describe, expect, it } from 'vitest';
import { fixAgreeing, rinsPlan } from '../../../engine/optimize/rins.ts';
import { getSolver } from '../../../engine/solve/index.ts';
import { checkFeasibility, objectiveValue, type LpModel } from '../../../engine/solve/model.ts';

const limits = { timeLimitSeconds: 10, mipRelGap: 1e-9 };

/**
 * min 5·x1 + 4·x2 + 3·x3 + 10·y, x1 + x2 + x3 ≥ 3.5, whole x in [0, 5], y in [0, 1].
 * The relaxation: x3 = 3.5 (the cheapest per unit), everything else 0, cost 10.5.
 */
const model: LpModel = {
  sense: 'min',
  variables: [
    { name: 'x1', lb: 0, ub: 5, cost: 5, integer: true },
    { name: 'x2', lb: 0, ub: 5, cost: 4, integer: true },
    { name: 'x3', lb: 0, ub: 5, cost: 3, integer: true },
    { name: 'y', lb: 0, ub: 1, cost: 10, integer: true },
  ],
  constraints: [{ name: 'need', terms: [[0, 1], [1, 1], [2, 1]], lb: 3.5, ub: Infinity }],
};

describe('RINS before a tie-break (rins.ts)', () => {
  it('fixes what the start and the relaxation agree on and solves the rest: a cheaper plan', async () => {
    // Start x1 = 4, y = 1: cost 5·4 + 10 = 30. It agrees with the relaxation on x2 = 0 only, so x2 stays 0;
    // the rest's best: y = 0 and x3 = 4 (3.5 rounded up), cost 3·4 = 12.
    const start = [4, 0, 0, 1];
    const plan = await rinsPlan(getSolver('highs'), model, start, limits);
    expect(checkFeasibility(model, plan)).toEqual([]);
    expect(plan[1]).toBe(0);
    expect(objectiveValue(model, plan)).toBeCloseTo(12, 9);
  });

  it('keeps the start when nothing agrees with the relaxation', async () => {
    // Start (1, 1, 2, 1), cost 5 + 4 + 6 + 10 = 25: every column differs from the relaxation (0, 0, 3.5, 0).
    const start = [1, 1, 2, 1];
    expect(await rinsPlan(getSolver('highs'), model, start, limits)).toEqual(start);
  });

  it('keeps the start when it is already the best of its neighbourhood', async () => {
    // Start (0, 0, 4, 0), cost 12: it agrees on x1, x2 and y; with those fixed, x3 = 4 is the only best plan.
    const start = [0, 0, 4, 0];
    expect(await rinsPlan(getSolver('highs'), model, start, limits)).toEqual(start);
  });
});

describe('fixing where a plan and a relaxation agree (fixAgreeing)', () => {
  it('fixes only the selected integer columns on which the two agree', () => {
    // Relaxation (0, 0, 3.5, 0), plan (0, 2, 4, 0): they agree on x1 and y (both 0). With only the counts
    // selected (upper bound above 1), y (a 0/1 choice) stays free: x1 alone is fixed.
    const { model: fixedModel, fixed } = fixAgreeing(model, [0, 0, 3.5, 0], [0, 2, 4, 0], (v) => v.ub > 1);
    expect(fixed).toBe(1);
    expect(fixedModel.variables.map((v) => [v.lb, v.ub])).toEqual([[0, 0], [0, 5], [0, 5], [0, 1]]);
    expect(fixAgreeing(model, [0, 0, 3.5, 0], [0, 2, 4, 0], () => true).fixed).toBe(2);
  });
});
