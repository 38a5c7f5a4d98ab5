/**
 * Ceilings carried across budgets (engine/optimize/ceiling-memo.ts): from the ceiling LPs' duals at other budgets of
 * the same model, a bound on each year's ceiling at a new budget. Checked against the ceilings solved there: never
 * below them (an upper bound), and close; nothing is carried to a model that differs in more than its budgets.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { generateCounty } from '../../../engine/county/generate.ts';
import type { County } from '../../../engine/county/types.ts';
import { buildPlanningModel, type PlanningModel } from '../../../engine/model/build.ts';
import { carriedCeilings, fingerprint, budgetRows, forgetCeilings, rememberCeilings } from '../../../engine/optimize/ceiling-memo.ts';
import { yearCeilings } from '../../../engine/optimize/floor-bound.ts';
import { deadlineAfter } from '../../../engine/optimize/heuristic.ts';
import { rotationRoles } from '../../../engine/plan/rotation-roles.ts';
import { projectEnrollment } from '../../../engine/scenario/enrollment.ts';
import { resolveScenario, type Scenario } from '../../../engine/scenario/resolve.ts';
import { highsSolver } from '../../../engine/solve/highs.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';

const county = generateCounty({ schools: 12, seed: 5 });
const limits = { timeLimitSeconds: 20, mipRelGap: 0.01 };

/** Yuan a year: `share` × 1.5 × the baseline's budget per student, the later years `tilt` times the first. */
function scenarioAt(c: County, share: number, targets = [0.4, 0.8, 1], tilt = 1): Scenario {
  const pupils = c.schools.reduce((s, x) => s + x.students, 0);
  const perYear = Math.round((share * 15_000_000 * pupils) / 20_026);
  return resolveScenario({
    name: `memo ${share}`, budget: { perYear: [perYear, Math.round(perYear * tilt), Math.round(perYear * tilt)] },
    enrollment: { growth: { rural: -0.04, town: 0.02, urban: 0.03 } }, construction: { useLandLimits: false },
    objective: { kind: 'floor', targets }, solver: limits,
  }, 'memo.yaml');
}

const modelOf = (scenario: Scenario): PlanningModel =>
  buildPlanningModel(county, scenario, quality2017, { enrollment: projectEnrollment(county, scenario), roles: rotationRoles(county, quality2017) });

/** The ceilings solved at this budget, remembered with their duals. */
async function solved(pm: PlanningModel): Promise<number[]> {
  const duals: number[][] = [];
  const ceilings = await yearCeilings(pm, pm.model, highsSolver, limits, deadlineAfter(20), duals);
  expect(ceilings).not.toBeNull();
  rememberCeilings(pm, ceilings!, duals);
  return ceilings!;
}

describe('ceilings carried across budgets', () => {
  beforeEach(() => forgetCeilings());

  it('bound the ceilings solved at the new budget, above or below the remembered ones, and lie close to them', async () => {
    // Remembered at 1.0 and 1.2; carried to 1.1 (between), 0.9 (below) and 1.3 with a tilt (every year's budget moved differently).
    await solved(modelOf(scenarioAt(county, 1)));
    await solved(modelOf(scenarioAt(county, 1.2)));
    for (const pm of [modelOf(scenarioAt(county, 1.1)), modelOf(scenarioAt(county, 0.9)), modelOf(scenarioAt(county, 1.3, undefined, 1.1))]) {
      const carried = carriedCeilings(pm);
      expect(carried).not.toBeNull();
      const duals: number[][] = [];
      const real = await yearCeilings(pm, pm.model, highsSolver, limits, deadlineAfter(20), duals);
      carried!.forEach((u, t) => {
        expect(u).toBeGreaterThanOrEqual(real![t]! - 1e-9);
        expect(u - real![t]!).toBeLessThan(0.02);
      });
    }
  });

  it('carry nothing to a model that differs in more than its budgets', async () => {
    await solved(modelOf(scenarioAt(county, 1)));
    expect(carriedCeilings(modelOf(scenarioAt(county, 1.1)))).not.toBeNull();
    expect(carriedCeilings(modelOf(scenarioAt(county, 1.1, [0.4, 0.7, 1])))).toBeNull();
    const other = generateCounty({ schools: 12, seed: 6 });
    const pm = buildPlanningModel(other, scenarioAt(other, 1), quality2017, { enrollment: projectEnrollment(other, scenarioAt(other, 1)), roles: rotationRoles(other, quality2017) });
    expect(carriedCeilings(pm)).toBeNull();
  });

  it('fingerprints a model apart from its budget rows\' upper bounds only', () => {
    const pm = modelOf(scenarioAt(county, 1));
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
