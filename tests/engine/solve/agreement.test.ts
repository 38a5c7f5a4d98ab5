import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFeasibility, getSolver } from '../../../engine/solve/index.ts';
import type { LpModel, SolveOptions } from '../../../engine/solve/index.ts';
import { feasibleModel } from './random-models.ts';

/**
 * Fixed seeds keep the runs reproducible. That matters here: javascript-lp-solver has no time limit
 * for an LP (see engine/solve/jslp.ts), so a generated model on which it cycled would hang the run
 * instead of failing it. FC_RUNS and FC_SEED allow a local soak test.
 */
const RUNS = Number(process.env.FC_RUNS ?? 200);

function close(a: number, b: number, rel: number): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}

async function agree(model: LpModel, options: SolveOptions, rel: number): Promise<void> {
  const h = await getSolver('highs').solve(model, options);
  const j = await getSolver('jslp').solve(model, options);
  expect(h.status, h.message).toBe('optimal');
  expect(j.status, j.message).toBe('optimal');
  expect(checkFeasibility(model, h.values, 1e-6)).toEqual([]);
  expect(checkFeasibility(model, j.values, 1e-6)).toEqual([]);
  expect(close(h.objective, j.objective, rel), `highs ${h.objective} vs jslp ${j.objective}`).toBe(true);
}

describe('HiGHS and javascript-lp-solver agree', () => {
  it('on random bounded LPs with a known feasible point (objectives within 1e-6 relative)', async () => {
    await fc.assert(
      fc.asyncProperty(feasibleModel({ maxVars: 6, maxRows: 6, integer: false }), async ({ model, point }) => {
        expect(checkFeasibility(model, point, 1e-9)).toEqual([]);
        await agree(model, {}, 1e-6);
      }),
      { seed: Number(process.env.FC_SEED ?? 20240611), numRuns: RUNS },
    );
  });

  it('on random bounded pure-integer models solved to a zero gap', async () => {
    await fc.assert(
      fc.asyncProperty(feasibleModel({ maxVars: 5, maxRows: 4, integer: true }), async ({ model, point }) => {
        expect(checkFeasibility(model, point, 1e-9)).toEqual([]);
        await agree(model, { mipRelGap: 0 }, 1e-6);
      }),
      { seed: Number(process.env.FC_SEED ?? 7), numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
