/**
 * Ceilings carried across budgets (engine/optimize/ceiling-memo.ts): from the ceiling LPs' duals at other budgets of
 * the same model, a bound on each year's ceiling at a new budget. Checked against the ceilings solved there: never
 * below them (an upper bound), and close; nothing is carried to a model that differs in more than its budgets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { generateCounty } from '../../../engine/county/generate.ts';
import type { PlanningModel } from '../../../engine/model/build.ts';
import { budgetRows, ceilingMemo, fingerprint, forgetCeilings } from '../../../engine/optimize/ceiling-memo.ts';
import { yearCeilings } from '../../../engine/optimize/floor-bound.ts';
import { deadlineAfter } from '../../../engine/optimize/heuristic.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import { highsSolver } from '../../../engine/solve/highs.ts';
import { modelOf, scenarioAt, type ShareOptions } from './budget-share.ts';

const county = generateCounty({ schools: 12, seed: 5 });
const limits = { timeLimitSeconds: 20, mipRelGap: 0.01 };

/** The generated county's scenario at `share` of the baseline's budget per student (budget-share.ts). */
const at = (share: number, options: ShareOptions = {}): Scenario => scenarioAt(county, share, { name: 'memo', ...options });
const pmAt = (share: number, options: ShareOptions = {}): PlanningModel => modelOf(county, at(share, options));
const carried = (pm: PlanningModel): number[] | null => ceilingMemo(pm).carried();

/** The ceilings solved at this budget, remembered with their duals. */
async function solved(pm: PlanningModel): Promise<number[]> {
  const duals: number[][] = [];
  const ceilings = await yearCeilings(pm, pm.model, highsSolver, limits, deadlineAfter(20), duals);
  expect(ceilings).not.toBeNull();
  ceilingMemo(pm).remember(ceilings!, duals);
  return ceilings!;
}

describe('ceilings carried across budgets', () => {
  beforeEach(() => forgetCeilings());

  it('bound the ceilings solved at the new budget, above or below the remembered ones, and lie close to them', async () => {
    // Remembered at 1.0 and 1.2; carried to 1.1 (between), 0.9 (below) and 1.3 with a tilt (every year's budget moved differently).
    await solved(pmAt(1));
    await solved(pmAt(1.2));
    for (const pm of [pmAt(1.1), pmAt(0.9), pmAt(1.3, { tilt: 1.1 })]) {
      const bound = carried(pm);
      expect(bound).not.toBeNull();
      const duals: number[][] = [];
      const real = await yearCeilings(pm, pm.model, highsSolver, limits, deadlineAfter(20), duals);
      bound!.forEach((u, t) => {
        expect(u).toBeGreaterThanOrEqual(real![t]! - 1e-9);
        expect(u - real![t]!).toBeLessThan(0.02);
      });
    }
  });

  it('carry nothing to a model that differs in more than its budgets', async () => {
    await solved(pmAt(1));
    expect(carried(pmAt(1.1))).not.toBeNull();
    expect(carried(pmAt(1.1, { targets: [0.4, 0.7, 1] }))).toBeNull();
    const other = generateCounty({ schools: 12, seed: 6 });
    const pm = modelOf(other, scenarioAt(other, 1, { name: 'memo' }));
    expect(carried(pm)).toBeNull();
  });

  it('fingerprints a model apart from its budget rows\' upper bounds only', () => {
    const pm = pmAt(1);
    const rows = budgetRows(pm);
    expect(rows).toHaveLength(3);
    const key = fingerprint(pm.model, rows);
    const moved = { ...pm.model, constraints: pm.model.constraints.map((r, i) => (rows.includes(i) ? { ...r, ub: r.ub * 2 } : r)) };
    expect(fingerprint(moved, rows)).toBe(key);
    const other = pm.model.constraints.findIndex((r, i) => !rows.includes(i) && Number.isFinite(r.lb));
    const changed = { ...pm.model, constraints: pm.model.constraints.map((r, i) => (i === other ? { ...r, lb: r.lb - 1 } : r)) };
    expect(fingerprint(changed, rows)).not.toBe(key);
    const column = { ...pm.model, variables: pm.model.variables.map((v, j) => (j === 0 ? { ...v, cost: v.cost + 1 } : v)) };
    expect(fingerprint(column, rows)).not.toBe(key);
  });
});
