/** fast-check generators of small models that are feasible by construction. */

import fc from 'fast-check';
import type { LpModel } from '../../../engine/solve/index.ts';

export interface RandomModelOptions {
  maxVars: number;
  maxRows: number;
  /** Make every variable integer (the known feasible point is then integral). */
  integer: boolean;
}

/**
 * Every variable has finite bounds lb in [-10, 5], width in [0, 15], so the model is bounded. A known
 * point x0 (on a quarter grid, or integral for MIPs) lies within the bounds; each row is a·x0 widened
 * by a random non-negative slack on each side, or left open on that side, so x0 is feasible.
 */
export function feasibleModel(options: RandomModelOptions): fc.Arbitrary<{ model: LpModel; point: number[] }> {
  const variable = fc.record({
    lb: fc.integer({ min: -10, max: 5 }),
    width: fc.integer({ min: 0, max: 15 }),
    cost: fc.integer({ min: -5, max: 5 }),
    at: fc.integer({ min: 0, max: 4 }),
  });
  const side = fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined });
  return fc
    .record({ n: fc.integer({ min: 1, max: options.maxVars }), m: fc.integer({ min: 1, max: options.maxRows }) })
    .chain(({ n, m }) =>
      fc.record({
        sense: fc.constantFrom<'min' | 'max'>('min', 'max'),
        vars: fc.array(variable, { minLength: n, maxLength: n }),
        rows: fc.array(
          fc.record({ coefs: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n, maxLength: n }), below: side, above: side }),
          { minLength: m, maxLength: m },
        ),
      }),
    )
    .map(({ sense, vars, rows }) => {
      const point = vars.map((v) => (options.integer ? v.lb + Math.round((v.width * v.at) / 4) : v.lb + (v.width * v.at) / 4));
      const model: LpModel = {
        sense,
        variables: vars.map((v, j) => ({
          name: `x${j}`,
          lb: v.lb,
          ub: v.lb + v.width,
          cost: v.cost,
          ...(options.integer ? { integer: true } : {}),
        })),
        constraints: rows.map((r, i) => {
          const activity = r.coefs.reduce((s, a, j) => s + a * point[j]!, 0);
          return {
            name: `r${i}`,
            terms: r.coefs.flatMap((a, j) => (a === 0 ? [] : [[j, a] as [number, number]])),
            lb: r.below === undefined ? -Infinity : activity - r.below,
            ub: r.above === undefined ? Infinity : activity + r.above,
          };
        }),
      };
      return { model, point };
    });
}
