/**
 * Row generation in the HiGHS adapter (SolveOptions.lazy, engine/solve/highs-lazy.ts): on random feasible
 * LPs, any choice of lazy rows and of temporary caps gives the optimum of the whole LP, a point feasible
 * for every row, and duals that certify it (dual feasible and complementary on the whole model, with 0 on
 * rows never added).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFeasibility, highsSolver, type LpModel } from '../../../engine/solve/index.ts';
import { certifies } from './certify.ts';
import { feasibleModel } from './random-models.ts';

describe('lazy rows (HiGHS)', () => {
  it('any lazy rows and caps: the whole LP optimum, feasible, with certifying duals', async () => {
    await fc.assert(
      fc.asyncProperty(
        feasibleModel({ maxVars: 7, maxRows: 8, integer: false }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.array(fc.option(fc.integer({ min: -10, max: 10 }), { nil: undefined }), { minLength: 7, maxLength: 7 }),
        async ({ model }, lazyMask, capAt) => {
          const whole = await highsSolver.solve(model);
          const rows = model.constraints.flatMap((_, i) => (lazyMask[i] ? [i] : []));
          const caps = model.variables.flatMap((_, j) => (capAt[j] === undefined ? [] : [[j, capAt[j]!] as const]));
          const lazy = await highsSolver.solve(model, { lazy: { rows, caps } });
          // Random models are bounded (finite column bounds) and feasible by construction.
          expect(whole.status).toBe('optimal');
          expect(lazy.status).toBe('optimal');
          expect(Math.abs(lazy.objective - whole.objective)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(whole.objective)));
          expect(checkFeasibility(model, lazy.values)).toEqual([]);
          expect(lazy.rowDuals).toHaveLength(model.constraints.length);
          expect(lazy.rowActivities).toHaveLength(model.constraints.length);
          expect(certifies(model, whole)).toBe(true);
          expect(certifies(model, lazy)).toBe(true);
        },
      ),
      { numRuns: 150, seed: 20261201 },
    );
  });

  it('an infeasible LP stays infeasible, whichever rows start out of it', async () => {
    const model: LpModel = {
      sense: 'min',
      variables: [{ name: 'x', lb: 0, ub: 10, cost: 1 }, { name: 'y', lb: 0, ub: 10, cost: 1 }],
      constraints: [
        { name: 'a', terms: [[0, 1], [1, 1]], lb: 5, ub: Infinity },
        { name: 'b', terms: [[0, 1], [1, 1]], lb: -Infinity, ub: 3 },
      ],
    };
    for (const rows of [[0], [1], [0, 1]]) {
      expect((await highsSolver.solve(model, { lazy: { rows, caps: [[0, 1]] } })).status).toBe('infeasible');
    }
  });

  it('a cap that binds is raised until it does not: a column worth raising ends above it', async () => {
    const model: LpModel = {
      sense: 'max',
      variables: [{ name: 'z', lb: 0, ub: Infinity, cost: 1 }, { name: 'x', lb: 0, ub: 100, cost: 0 }],
      constraints: [{ name: 'z ≤ x', terms: [[0, 1], [1, -1]], lb: -Infinity, ub: 0 }],
    };
    const r = await highsSolver.solve(model, { lazy: { rows: [0], caps: [[0, 1]] } });
    expect(r.status).toBe('optimal');
    expect(r.objective).toBeCloseTo(100, 9);
  });
});
