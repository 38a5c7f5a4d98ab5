/**
 * The floor LP by row generation (engine/optimize/floor-rows.ts): on generated counties of a few sizes and
 * seeds, with the caps from the sample, far below and far above the optimum, the LP with lazy floor rows
 * has the whole LP's optimum, its point passes the whole model's feasibility check, and its duals certify
 * it on the whole model (0 on the floor rows never added), so the budget rows' shadow prices stay right.
 * The wrapper leaves MIPs alone, and the tie-break model keeps every year's floor.
 */
import { describe, expect, it } from 'vitest';
import { generateCounty } from '../../../engine/county/generate.ts';
import { buildPlanningModel, relaxed, type PlanningModel } from '../../../engine/model/build.ts';
import { floorLazyRows, floorRows, floorsFixed, sampledFloors, withFloorRows } from '../../../engine/optimize/floor-rows.ts';
import { planFloors } from '../../../engine/optimize/plan-objective.ts';
import { rotationRoles } from '../../../engine/plan/rotation-roles.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { checkFeasibility, highsSolver, isMip, type LpModel, type SolveOptions, type SolveResult, type Solver } from '../../../engine/solve/index.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { robustEnrollment } from '../../../engine/uncertainty/robust.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { importCounty } from '../../../engine/county/import.ts';
import { certifies } from '../solve/certify.ts';

const limits = { timeLimitSeconds: 60, mipRelGap: 1e-4 };

function floorModel(schools: number, seed: number, options: { integer?: boolean; targets?: boolean } = {}): PlanningModel {
  const county = generateCounty({ schools, seed });
  const students = county.schools.reduce((s, x) => s + x.students, 0);
  const { scenario } = parseScenarioText(readFileSync('scenarios/baseline.yaml', 'utf8'), 'baseline.yaml');
  const s = structuredClone(scenario);
  s.budget.perYear = scenario.budget.perYear.map((b) => Math.round((b * students) / 20026));
  s.integer = options.integer ?? false;
  if (!options.targets) s.objective.targets = null;
  return buildPlanningModel(county, s, quality2017, { enrollment: robustEnrollment(county, s), roles: rotationRoles(county, quality2017, s.rotation) });
}

const zOf = (pm: PlanningModel) => [...pm.objective.terms.keys()];

describe('floor LP with lazy floor rows', () => {
  const cases = [[40, 1], [90, 7], [160, 20261201]] as const;
  it.each(cases)('%i schools, seed %i: whole-LP optimum for caps from the sample, below and above', async (schools, seed) => {
    const pm = floorModel(schools, seed);
    const lp = relaxed(pm.model);
    const whole = await highsSolver.solve(lp, limits);
    expect(whole.status).toBe('optimal');
    const z = zOf(pm).map((j) => whole.values[j]!);
    const sample = await sampledFloors(pm, lp, highsSolver, limits);
    expect(sample).not.toBeNull();
    for (const caps of [sample!, z.map((v) => 0.5 * v), z.map((v) => 1.02 * v + 0.01), z.map((v) => 3 * v + 1)]) {
      const lazy = floorLazyRows(pm, caps);
      expect(lazy.rows.length).toBeLessThan(floorRows(pm).length + 1);
      const r = await highsSolver.solve(lp, { ...limits, lazy });
      expect(r.status).toBe('optimal');
      expect(Math.abs(r.objective - whole.objective)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(whole.objective)));
      expect(checkFeasibility(lp, r.values)).toEqual([]);
      expect(certifies(lp, r)).toBe(true);
      // The plan's own floors reach the optimum (what the report states).
      const floors = planFloors(pm, r.values);
      expect(floors.reduce((a, b) => a + b, 0) / floors.length).toBeGreaterThanOrEqual(-whole.objective - 1e-7);
    }
  }, 120_000);

  it('the wrapper row-generates LPs of the floor model only: the relaxation with targets as well, MIPs unchanged', async () => {
    const pm = floorModel(60, 3, { integer: true, targets: true });
    const seen: SolveOptions[] = [];
    const spy: Solver = { name: 'highs', solve: (m: LpModel, o: SolveOptions = {}): Promise<SolveResult> => { seen.push(o); return highsSolver.solve(m, o); } };
    const wrapped = withFloorRows(pm, spy, 0);
    const lp = relaxed(pm.model);
    const whole = await highsSolver.solve(lp, limits);
    const r = await wrapped.solve(lp, limits);
    expect(r.status).toBe(whole.status);
    expect(Math.abs(r.objective - whole.objective)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(whole.objective)));
    expect(checkFeasibility(lp, r.values)).toEqual([]);
    expect(seen.some((o) => o.lazy && o.lazy.rows.length > 0)).toBe(true);
    seen.length = 0;
    expect(isMip(pm.model)).toBe(true);
    await wrapped.solve(pm.model, { ...limits, timeLimitSeconds: 1, firstSolution: true });
    expect(seen.every((o) => o.lazy === undefined)).toBe(true);
    // Solvers without row generation are not wrapped (no sample solved for nothing).
    const other: Solver = { name: 'jslp', solve: spy.solve };
    expect(withFloorRows(pm, other, 0)).toBe(other);
  }, 120_000);

  it('the tie-break model fixes each year floor at what the plan reaches: its optimum keeps the floors', async () => {
    const pm = floorModel(50, 11);
    const whole = await highsSolver.solve(relaxed(pm.model), limits);
    const fixed = floorsFixed(pm, whole.values);
    const tie = await highsSolver.solve({ ...fixed, variables: fixed.variables.map((v, j) => ({ ...v, cost: pm.cost.terms.get(j) ?? 0 })) }, limits);
    expect(tie.status).toBe('optimal');
    const before = planFloors(pm, whole.values);
    planFloors(pm, tie.values).forEach((f, t) => expect(f).toBeGreaterThanOrEqual(before[t]! - 1e-7));
    expect(pm.cost.value(tie.values)).toBeLessThanOrEqual(pm.cost.value(whole.values) + 1e-6);
  }, 60_000);
});

describe('the wrapper on the shipped floor scenarios (LP copies, sample county, every size wrapped)', () => {
  const files = readdirSync('scenarios').filter((f) => /\.ya?ml$/.test(f)).sort();
  it('same status and optimum as the whole LP, and a point feasible for it', async () => {
    const r = await importCounty(readFileSync('data/sample-county.csv'), { fileName: 'sample-county.csv' });
    if (r.status !== 'ok') throw new Error('sample county does not import');
    let floors = 0;
    for (const f of files) {
      const scenario = { ...parseScenarioText(readFileSync(`scenarios/${f}`, 'utf8'), f).scenario, integer: false };
      if (scenario.objective.kind !== 'floor') continue;
      floors++;
      const pm = buildPlanningModel(r.value, scenario, quality2017, { enrollment: robustEnrollment(r.value, scenario), roles: rotationRoles(r.value, quality2017, scenario.rotation) });
      const lp = relaxed(pm.model);
      const whole = await highsSolver.solve(lp, limits);
      const lazy = await withFloorRows(pm, highsSolver, 0).solve(lp, limits);
      expect(lazy.status, f).toBe(whole.status);
      if (whole.status !== 'optimal') continue;
      expect(Math.abs(lazy.objective - whole.objective), f).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(whole.objective)));
      expect(checkFeasibility(lp, lazy.values), f).toEqual([]);
    }
    expect(floors).toBeGreaterThanOrEqual(5);
  }, 120_000);
});
