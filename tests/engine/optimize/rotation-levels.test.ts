/**
 * Level-aware rotation and the national donor rule (教师〔2014〕4号; 《教师资格条例》第五条).
 * Three schools: U an urban primary school (sender), J a rural junior school and R a rural primary school.
 */
import { describe, expect, it } from 'vitest';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { checkPlan } from '../../../engine/plan/check/index.ts';
import { rotationRoles } from '../../../engine/plan/rotation-roles.ts';
import { resolveScenario } from '../../../engine/scenario/resolve.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { county, school } from '../helpers.ts';

const probe = (certified?: number) => county([
  school('U', { location: 'urban', students: 600, eligibleTeachers: 30, eligibleBackbone: 10, ...(certified !== undefined ? { eligibleJuniorCertified: certified } : {}),
    resources: { teachers: 45, degreeTeachers: 45, backboneTeachers: 15 } }),
  school('J', { level: 'junior', location: 'rural', students: 300, eligibleTeachers: 6, resources: { teachers: 25, degreeTeachers: 14, backboneTeachers: 1, teachingArea: 300 * 6, sportsArea: 300 * 11, equipmentValue: 300 * 2600 } }),
  school('R', { location: 'rural', students: 300, eligibleTeachers: 6, resources: { teachers: 20, degreeTeachers: 12, backboneTeachers: 2 } }),
]);

const file = (rotation: object = {}): ScenarioFile => ({
  name: 'levels', horizon: [2026], budget: { perYear: [1_000_000] }, integer: true, objective: { kind: 'floor', tieBreak: 'none' },
  construction: { allowExpansion: false }, policy: { rotation: { minShare: 0.1, ...rotation } },
});

describe('who sends (national rule)', () => {
  it('lets urban and town schools and quality schools send; others receive', () => {
    const roles = rotationRoles(probe(), quality2017);
    expect([...roles.general.donors]).toEqual(['U']);
    expect([...roles.backbone.donors]).toEqual(['U']);
    expect([...roles.general.receivers].sort()).toEqual(['J', 'R']);
  });
});

describe('level-aware rotation', () => {
  it('sends no primary teacher to a junior school without a junior certificate', async () => {
    // Minimum: 10 % of U's 30 eligible teachers (only senders count) = 3 rotate, all to R.
    const c = probe();
    const scenario = resolveScenario(file(), 'levels');
    const report = await solveScenario(c, scenario, { shadowPrices: false });
    expect(report.status).toBe('optimal');
    const moved = report.rotations.reduce((s, r) => s + r.teachers, 0);
    expect(moved).toBeGreaterThanOrEqual(3);
    expect(report.rotations.filter((r) => r.to === 'J')).toEqual([]);
    const plan = { scenario: scenario.name, years: scenario.years, actions: report.actions, rotations: report.rotations };
    expect(checkPlan(c, scenario, plan, quality2017)).toEqual([]);
    // Control: with the setting off, the weakest school J (degree 14/300 = 4.67 < 5.3 per 100) gets teachers.
    // With the cost tie-break: the best floor is also reached by hiring, and rotating costs far less
    // (scenario/defaults.ts: 6,000 yuan a year for a rotated teacher, 100,000 for a new one), so the cheapest
    // plan rotates to J; without a tie-break any plan of the best floor may come back (one hiring instead).
    const control = file({ levelAware: false });
    const off = await solveScenario(c, resolveScenario({ ...control, objective: { kind: 'floor', tieBreak: 'cost' } }, 'levels'), { shadowPrices: false });
    expect(off.rotations.some((r) => r.to === 'J')).toBe(true);
  });

  it('sends at most the junior-certified teachers to the junior school', async () => {
    const c = probe(2);
    const scenario = resolveScenario(file(), 'levels');
    const report = await solveScenario(c, scenario, { shadowPrices: false });
    const toJ = report.rotations.filter((r) => r.to === 'J').reduce((s, r) => s + r.teachers, 0);
    expect(toJ).toBeLessThanOrEqual(2);
    const plan = { scenario: scenario.name, years: scenario.years, actions: report.actions, rotations: report.rotations };
    expect(checkPlan(c, scenario, plan, quality2017)).toEqual([]);
    // The check refuses a hand-made plan that sends three to J.
    const bad = { ...plan, actions: [], rotations: [{ year: 2026, from: 'U', to: 'J', category: 'general' as const, teachers: 3, untilYear: 2026, distanceKm: null }] };
    expect(checkPlan(c, scenario, bad, quality2017).map((v) => v.rule)).toContain('rotationLevel');
  });
});
