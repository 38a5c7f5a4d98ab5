import { describe, expect, it } from 'vitest';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import type { Plan } from '../../../engine/plan/types.ts';
import { simulatePlan } from '../../../engine/plan/simulate.ts';
import { projectEnrollment } from '../../../engine/scenario/enrollment.ts';
import { resolveScenario, type Scenario } from '../../../engine/scenario/resolve.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { monteCarlo } from '../../../engine/uncertainty/monte-carlo.ts';
import { robustEnrollment } from '../../../engine/uncertainty/robust.ts';
import { county, school } from '../helpers.ts';

// Schools that meet the standard today and outgrow it: a minimum-cost plan for every school passing every year.
// Integer plans: with integer: false the targets count schools passing fractionally (an LP relaxation), and a plan
// may replay with a school just short, which is not what these tests are about.
const COUNTY = county([
  school('A', { students: 400, location: 'rural' }),
  school('B', { students: 520, location: 'rural' }),
  school('C', { students: 610, location: 'town' }),
  school('D', { students: 700, location: 'town' }),
  school('E', { students: 900, location: 'urban' }),
]);

function scenario(robust?: ScenarioFile['robust']): Scenario {
  return resolveScenario({
    name: 't', budget: { perYear: 5e6 }, integer: true, objective: { kind: 'mincost', targets: [1, 1, 1] },
    enrollment: { growth: { rural: -0.03, town: 0.06, urban: 0.08 } }, construction: { leadYears: 0 },
    uncertainty: { spread: { default: 0.04 }, correlation: 0.3 },
    ...(robust ? { robust } : {}),
  }, 'test.yaml');
}

async function plan(s: Scenario): Promise<{ plan: Plan; cost: number }> {
  const report = await solveScenario(COUNTY, s, { shadowPrices: false });
  expect(report.status).toBe('optimal');
  return { plan: { scenario: 't', years: s.years, actions: report.actions, rotations: report.rotations }, cost: report.years.reduce((a, y) => a + y.spend.total, 0) };
}

describe('robust plans', () => {
  it('without a robust block plan for the projection', () => {
    const s = scenario();
    expect(robustEnrollment(COUNTY, s)).toEqual(projectEnrollment(COUNTY, s));
  });

  it('plan growing schools above and shrinking schools below the projection', () => {
    const s = scenario({ quantile: { growing: 0.9, shrinking: 0.1 }, paths: 100 });
    const robust = robustEnrollment(COUNTY, s);
    const nominal = projectEnrollment(COUNTY, s);
    for (const id of ['C', 'D', 'E']) expect(robust.get(id)!.students[2]!).toBeGreaterThan(nominal.get(id)!.students[2]!);
    for (const id of ['A', 'B']) expect(robust.get(id)!.students[2]!).toBeLessThan(nominal.get(id)!.students[2]!);
  });

  it('pass at their quantile enrollment, cost more and pass more often than the nominal plan', async () => {
    const nominalScenario = scenario();
    const robustScenario = scenario({ quantile: { growing: 0.8, shrinking: 0.2 }, paths: 100 });
    const nominal = await plan(nominalScenario);
    const robust = await plan(robustScenario);
    const atQuantile = robustEnrollment(COUNTY, robustScenario);
    for (const y of simulatePlan(COUNTY, robustScenario, robust.plan, quality2017, atQuantile).years) {
      expect(y.evaluation.county.schoolsPassing).toBe(y.evaluation.county.schoolsTotal);
      expect(y.overBudget).toBe(0);
    }
    expect(simulatePlan(COUNTY, nominalScenario, nominal.plan, quality2017, atQuantile).years.some((y) =>
      y.evaluation.county.schoolsPassing! < y.evaluation.county.schoolsTotal)).toBe(true);
    expect(robust.cost).toBeGreaterThan(nominal.cost);
    const pNominal = monteCarlo(COUNTY, nominalScenario, nominal.plan, quality2017, 200, 3).years.map((y) => y.allSchoolsPassProbability);
    const pRobust = monteCarlo(COUNTY, nominalScenario, robust.plan, quality2017, 200, 3).years.map((y) => y.allSchoolsPassProbability);
    pRobust.forEach((p, t) => expect(p).toBeGreaterThan(pNominal[t]!));
  });
});
