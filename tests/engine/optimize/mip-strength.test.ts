/**
 * Integer plans with targets: the plan reported is the plan delivered (objective recomputed from it,
 * within the reported gap of an independent bound), a plan comes back even with a very short time
 * limit, and every plan passes the simulator's exact check.
 */
import { describe, expect, it } from 'vitest';
import { generateCounty } from '../../../engine/county/generate.ts';
import type { County } from '../../../engine/county/types.ts';
import { buildPlanningModel, relaxed } from '../../../engine/model/build.ts';
import { projectEnrollment } from '../../../engine/scenario/enrollment.ts';
import { TIE_SLACK } from '../../../engine/optimize/optimality.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { checkPlan } from '../../../engine/plan/check/index.ts';
import { rotationRoles } from '../../../engine/plan/rotation-roles.ts';
import { simulatePlan } from '../../../engine/plan/simulate.ts';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';
import { resolveScenario, type Scenario } from '../../../engine/scenario/resolve.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { highsSolver } from '../../../engine/solve/highs.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { county, school } from '../helpers.ts';

const planOf = (scenario: Scenario, r: SolveReport) => ({ scenario: scenario.name, years: scenario.years, actions: r.actions, rotations: r.rotations });

/** Lowest value/standard per year, from the simulator's replay of the plan (independent of the model). */
function simulatedFloors(c: County, scenario: Scenario, r: SolveReport): number[] {
  return simulatePlan(c, scenario, planOf(scenario, r), quality2017).years.map((y) => Math.min(...y.evaluation.schools
    .filter((s) => !s.excluded).flatMap((s) => Object.values(s.ratios).filter((v): v is number => v !== null))));
}

/** The LP relaxation's objective: a bound no integer plan can beat (model units, minimised). */
async function relaxationBound(c: County, scenario: Scenario): Promise<number> {
  const pm = buildPlanningModel(c, scenario, quality2017, { enrollment: projectEnrollment(c, scenario), roles: rotationRoles(c, quality2017) });
  const lp = await highsSolver.solve(relaxed(pm.model), { timeLimitSeconds: 60, mipRelGap: 1e-6 });
  expect(lp.status).toBe('optimal');
  return lp.objective;
}

describe('honest objective', () => {
  // The case: two schools, only equipment short, floor objective with a cost tie-break.
  const c = county([400, 600].map((p, i) => school(`E${i}`, {
    students: p,
    resources: { equipmentValue: [300_000, 900_000][i]!, degreeTeachers: p, backboneTeachers: p, peArtTeachers: p, teachingArea: p * 50, sportsArea: p * 50, multimediaRooms: p },
  })));
  const file: ScenarioFile = {
    name: 'two schools', horizon: [2026], budget: { perYear: [600_000] }, objective: { kind: 'floor', tieBreak: 'cost' },
    construction: { allowExpansion: false }, solver: { mipRelGap: 0.02 },
  };

  it('reports the floor of the plan delivered, after the tie-break', async () => {
    const scenario = resolveScenario(file, 'two.yaml');
    const r = await solveScenario(c, scenario, { shadowPrices: false });
    expect(r.actions.length).toBeGreaterThan(0);
    const floors = simulatedFloors(c, scenario, r);
    expect(r.objective.value!).toBeCloseTo(floors.reduce((a, b) => a + b, 0) / floors.length, 9);
    expect(r.years[0]!.floor).toBeCloseTo(r.objective.value!, 9);
    expect(r.mipGap).toBeDefined();
    expect(r.optimality!.optimal).toBe(r.mipGap! <= 1e-6);
    // Within the reported gap of the relaxation's bound (floor: the bound is −objective).
    const bound = -(await relaxationBound(c, scenario));
    expect(r.objective.value!).toBeGreaterThanOrEqual(bound * (1 - r.mipGap!) - 1e-9);
    expect(r.objective.value!).toBeLessThanOrEqual(bound + 1e-9);
  });

  it('integer: false is a true LP, with targets too: they count passes fractionally, and the report says so in zh and en', async () => {
    const lp = await solveScenario(c, resolveScenario({ ...file, integer: false }, 'lp.yaml'), { shadowPrices: false });
    expect(lp.model.integers).toBe(0);
    expect(lp.method).toBe('lp');
    expect(lp.optimality).toEqual({ optimal: true, zh: '最优', en: 'optimal' });
    const targets = { ...file, objective: { kind: 'floor' as const, targets: [1], tieBreak: 'cost' as const } };
    const r = await solveScenario(c, resolveScenario({ ...targets, integer: false }, 'targets.yaml'), { shadowPrices: false });
    expect(r.model.integers).toBe(0);
    expect(r.method).toBe('lp');
    expect(r.optimality!.en).toContain('LP relaxation, schools passing counted fractionally');
    expect(r.optimality!.zh).toContain('线性松弛，达标学校按分数计');
    const i = r.notes.findIndex((n) => /LP relaxation/.test(n));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(r.notesZh![i]).toContain('线性松弛');
    // A relaxation: at least as good as the integer plan of the same scenario, less what the cost tie-break may give up.
    const whole = await solveScenario(c, resolveScenario({ ...targets, integer: true }, 'whole.yaml'), { shadowPrices: false });
    expect(whole.model.integers).toBeGreaterThan(0);
    expect(r.objective.value!).toBeGreaterThanOrEqual(whole.objective.value! * (1 - TIE_SLACK) - 1e-12);
  });

  it('objective.margin plans every passing indicator at least margin above its standard', async () => {
    const margin = 0.02;
    const scenario = resolveScenario({ ...file, budget: { perYear: [2_000_000] }, objective: { kind: 'mincost', targets: [1], margin } }, 'margin.yaml');
    const r = await solveScenario(c, scenario, { shadowPrices: false });
    const sim = simulatePlan(c, scenario, planOf(scenario, r), quality2017);
    for (const s of sim.years[0]!.evaluation.schools) {
      const ratios = Object.values(s.ratios).filter((v): v is number => v !== null);
      // 6 of 7 at (1 + margin) × standard, the remaining one at (1 + margin) × 85 %.
      expect(ratios.filter((v) => v >= 1 + margin).length).toBeGreaterThanOrEqual(6);
      expect(Math.min(...ratios)).toBeGreaterThanOrEqual(0.85 * (1 + margin));
    }
  });
});

describe('always a plan', () => {
  it('a generated county with a very short time limit still gets a plan the simulator accepts', async () => {
    const c = generateCounty({ schools: 60, seed: 7 });
    const students = c.schools.reduce((s, x) => s + x.students, 0);
    // 1.5× the baseline budget per student: with exactly the baseline this county has an LP plan but no integer one.
    const perYear = Math.round(15_000_000 * students / 20_026);
    for (const kind of ['floor', 'mincost'] as const) {
      const scenario = resolveScenario({
        name: `short ${kind}`, budget: { perYear: [perYear, perYear, perYear] },
        enrollment: { growth: { rural: -0.04, town: 0.02, urban: 0.03 } }, construction: { useLandLimits: false },
        objective: { kind, targets: [0.4, 0.8, 1] }, solver: { timeLimitSeconds: 0.5 },
      }, 'short.yaml');
      const lpBound = await relaxationBound(c, scenario);
      const r = await solveScenario(c, scenario, { shadowPrices: false });
      expect(r.method, kind).not.toBe('none');
      expect(r.actions.length).toBeGreaterThan(0);
      expect(checkPlan(c, scenario, planOf(scenario, r), quality2017)).toEqual([]);
      // The objective is no better than the relaxation allows.
      const value = kind === 'floor' ? -r.objective.value! : r.objective.value! / 10_000;
      expect(value).toBeGreaterThanOrEqual(lpBound - 1e-6 * Math.max(1, Math.abs(lpBound)));
    }
  }, 120_000);
});
