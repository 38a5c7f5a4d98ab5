import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { School } from '../../../engine/county/types.ts';
import type { ActionKind, PlanAction, Plan, Rotation, RotationCategory, TeacherCategory } from '../../../engine/plan/types.ts';
import { checkPlan } from '../../../engine/plan/check/index.ts';
import { PlanError, simulatePlan, type PlanViolation } from '../../../engine/plan/simulate.ts';
import { rotationRoles } from '../../../engine/plan/rotation-roles.ts';
import { resolveScenario, type Scenario } from '../../../engine/scenario/resolve.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { county, school } from '../helpers.ts';

const YEARS = [2026, 2027, 2028];

// A: rich primary (donor); B: poor primary (receiver); C: nine-year with junior teacher counts; D: nine-year without; TP: excluded.
const A = school('A', { students: 500, eligibleTeachers: 20, eligibleBackbone: 5, landAvailable: 1000, x: 0, y: 0, resources: { teachers: 40 } });
const B = school('B', { students: 400, x: 3, y: 0, resources: { degreeTeachers: 12, backboneTeachers: 2, teachers: 20 } });
const C = school('C', { level: 'nine-year', students: 900, juniorStudents: 300, x: 10, y: 0, resources: { teachers: 60 }, juniorResources: { degreeTeachers: 20, backboneTeachers: 4, teachers: 25 } });
const D = school('D', { level: 'nine-year', students: 600, juniorStudents: 200, x: 20, y: 0, resources: { teachers: 40 } });
const TP = school('TP', { kind: 'teaching-point', students: 30 });
const COUNTY = county([A, B, C, D, TP]);

function scenario(extra: Partial<ScenarioFile> = {}): Scenario {
  return resolveScenario({ name: 't', budget: { perYear: 5e6 }, ...extra }, 'test.yaml');
}

const UNITS: Record<ActionKind, PlanAction['unit']> = {
  teachingArea: 'm2', sportsArea: 'm2', project: 'm2', equipment: 'yuan', multimediaRooms: 'rooms', hire: 'teachers', degreeUpgrade: 'teachers',
  classrooms: 'rooms', musicRooms: 'rooms', artRooms: 'rooms',
};
function act(year: number, schoolId: string, kind: ActionKind, amount: number, extra: Partial<PlanAction> = {}): PlanAction {
  return { year, schoolId, schoolName: schoolId, kind, amount, unit: UNITS[kind], cost: 0, servesFrom: year, ...extra };
}
const hire = (year: number, id: string, n: number, category: TeacherCategory = 'general') => act(year, id, 'hire', n, { category });
function rot(year: number, from: string, to: string, category: RotationCategory, teachers: number, term = 1): Rotation {
  return { year, from, to, category, teachers, untilYear: year + term - 1, distanceKm: null };
}
const plan = (actions: PlanAction[], rotations: Rotation[] = []): Plan => ({ scenario: 't', years: YEARS, actions, rotations });

function value(sim: ReturnType<typeof simulatePlan>, t: number, id: string, key: string, level: 'primary' | 'junior' = 'primary'): number {
  const row = sim.years[t]!.values.find((v) => v.schoolId === id && v.level === level);
  if (!row) throw new Error(`no row ${id} ${level}`);
  return row.values[key]!;
}
const series = (sim: ReturnType<typeof simulatePlan>, id: string, key: string, level: 'primary' | 'junior' = 'primary') => YEARS.map((_, t) => value(sim, t, id, key, level));
const close = (xs: number[], ys: number[]) => xs.forEach((x, i) => expect(x).toBeCloseTo(ys[i]!, 9));

describe('simulatePlan: when decisions count', () => {
  it('teaching area started in year 0 with leadYears 1 serves from year 1; with leadYears 0 at once', () => {
    const p = plan([act(2026, 'B', 'teachingArea', 600)]);
    close(series(simulatePlan(COUNTY, scenario(), p, quality2017), 'B', 'teachingArea'), [5, 6.5, 6.5]);
    close(series(simulatePlan(COUNTY, scenario({ construction: { leadYears: 0 } }), p, quality2017), 'B', 'teachingArea'), [6.5, 6.5, 6.5]);
  });

  it('sports area and projects wait leadYears; equipment and rooms count the same year', () => {
    const s = scenario({ construction: { projects: [{ id: 'P1', school: 'B', kind: 'sports', area: 400, cost: 123_456 }] } });
    const sim = simulatePlan(COUNTY, s, plan([
      act(2027, 'B', 'sportsArea', 200), act(2026, 'B', 'project', 400, { projectId: 'P1', projectKind: 'sports' }),
      act(2027, 'B', 'equipment', 40_000), act(2028, 'B', 'multimediaRooms', 2),
    ]), quality2017);
    close(series(sim, 'B', 'sportsArea'), [8, 9, 9.5]);
    close(series(sim, 'B', 'equipmentValue'), [2200, 2300, 2300]);
    close(series(sim, 'B', 'multimediaRooms'), [2.5, 2.5, 3]);
    expect(sim.years.map((y) => y.spend.construction)).toEqual([123_456, 200 * 300, 0]);
    expect(sim.years.map((y) => y.spend.equipment)).toEqual([0, 40_000, 0]);
    expect(sim.years.map((y) => y.spend.multimedia)).toEqual([0, 0, 50_000]);
  });

  it('hires count from the hire year and are paid every year from then on', () => {
    const sim = simulatePlan(COUNTY, scenario(), plan([hire(2026, 'B', 2), hire(2027, 'B', 1, 'backbone'), hire(2028, 'B', 1, 'peArt')]), quality2017);
    close(series(sim, 'B', 'degreeTeachers'), [3.5, 3.75, 4]);
    close(series(sim, 'B', 'backboneTeachers'), [0.5, 0.75, 0.75]);
    close(series(sim, 'B', 'peArtTeachers'), [1, 1, 1.25]);
    expect(sim.years.map((y) => y.spend.hiring)).toEqual([200_000, 330_000, 430_000]);
    expect(sim.years[2]!.county.schools.find((s) => s.id === 'B')!.resources.teachers).toBe(24);
  });

  it('degree upgrades count the same year and cost once', () => {
    const sim = simulatePlan(COUNTY, scenario(), plan([act(2027, 'B', 'degreeUpgrade', 3)]), quality2017);
    close(series(sim, 'B', 'degreeTeachers'), [3, 3.75, 3.75]);
    expect(sim.years.map((y) => y.spend.upgrades)).toEqual([0, 45_000, 0]);
  });

  it('a rotation with termYears 2 moves backbone teachers in years t and t+1 only', () => {
    const p = plan([], [rot(2026, 'A', 'B', 'backbone', 2, 2), rot(2028, 'A', 'B', 'general', 1, 2)]);
    const sim = simulatePlan(COUNTY, scenario({ policy: { rotation: { termYears: 2 } } }), p, quality2017);
    close(series(sim, 'B', 'backboneTeachers'), [1, 1, 0.5]);
    close(series(sim, 'A', 'backboneTeachers'), [0.8, 0.8, 1.2]);
    close(series(sim, 'B', 'degreeTeachers'), [3.5, 3.5, 3.25]);
    close(series(sim, 'A', 'degreeTeachers'), [4.6, 4.6, 4.8]);
    expect(sim.years.map((y) => y.spend.rotation)).toEqual([12_000, 12_000, 6_000]);
  });

  it('rotations change no indicator when countsAtReceiver is false, but the subsidy is paid', () => {
    const p = plan([], [rot(2026, 'A', 'B', 'backbone', 2, 2)]);
    const sim = simulatePlan(COUNTY, scenario({ policy: { rotation: { termYears: 2, countsAtReceiver: false } } }), p, quality2017);
    close(series(sim, 'B', 'backboneTeachers'), [0.5, 0.5, 0.5]);
    close(series(sim, 'A', 'backboneTeachers'), [1.2, 1.2, 1.2]);
    expect(sim.years.map((y) => y.spend.rotation)).toEqual([12_000, 12_000, 0]);
  });

  it('enrollment growth changes per-student values', () => {
    const sim = simulatePlan(COUNTY, scenario({ enrollment: { growth: { default: 0.1 }, schools: { B: -0.1 } } }), plan([]), quality2017);
    close(series(sim, 'A', 'teachingArea'), YEARS.map((_, t) => 2500 / Math.round(500 * 1.1 ** (t + 1))));
    close(series(sim, 'B', 'degreeTeachers'), YEARS.map((_, t) => (100 * 12) / Math.round(400 * 0.9 ** (t + 1))));
    expect(sim.years[0]!.county.schools.find((s) => s.id === 'A')!.students).toBe(550);
  });
});

describe('simulatePlan: nine-year schools', () => {
  it('splits additions to explicit junior teacher counts by year-s students', () => {
    const s = scenario({ enrollment: { schools: { C: 0.1 } } });
    const sim = simulatePlan(COUNTY, s, plan([hire(2026, 'C', 6), act(2027, 'C', 'degreeUpgrade', 3)]), quality2017);
    // year 0: 990 students, 330 junior; year 1: 1089, 363. Junior share 1/3 both years.
    expect(value(sim, 0, 'C', 'degreeTeachers', 'junior')).toBeCloseTo((100 * (20 + 6 / 3)) / 330, 9);
    expect(value(sim, 0, 'C', 'degreeTeachers', 'primary')).toBeCloseTo((100 * (45 + 6 - 22)) / 660, 9);
    expect(value(sim, 1, 'C', 'degreeTeachers', 'junior')).toBeCloseTo((100 * (20 + 9 / 3)) / 363, 9);
    expect(value(sim, 1, 'C', 'degreeTeachers', 'primary')).toBeCloseTo((100 * (45 + 9 - 23)) / 726, 9);
    expect(value(sim, 1, 'C', 'backboneTeachers', 'junior')).toBeCloseTo((100 * 4) / 363, 9);
    expect(sim.years[1]!.county.schools.find((x) => x.id === 'C')!.juniorResources).toEqual({ degreeTeachers: 23, backboneTeachers: 4, teachers: 27 });
  });

  it('splits a school without junior counts by students (teachers) and 1 : 1.1 weighted students (facilities)', () => {
    const sim = simulatePlan(COUNTY, scenario(), plan([hire(2026, 'D', 3), act(2026, 'D', 'equipment', 110_000), act(2026, 'D', 'teachingArea', 620)]), quality2017);
    const equip = 600 * 2200 + 110_000;
    expect(value(sim, 0, 'D', 'equipmentValue', 'junior')).toBeCloseTo((equip * 220) / 620 / 200, 9);
    expect(value(sim, 0, 'D', 'equipmentValue', 'primary')).toBeCloseTo((equip * 400) / 620 / 400, 9);
    expect(value(sim, 0, 'D', 'degreeTeachers', 'junior')).toBeCloseTo(5.5, 9);
    expect(value(sim, 0, 'D', 'degreeTeachers', 'primary')).toBeCloseTo(5.5, 9);
    expect(value(sim, 0, 'D', 'teachingArea', 'junior')).toBeCloseTo((3000 * 220) / 620 / 200, 9);
    expect(value(sim, 1, 'D', 'teachingArea', 'junior')).toBeCloseTo((3620 * 220) / 620 / 200, 9);
  });

  it('moves rotated teachers in and out of the junior part by its student share', () => {
    const sim = simulatePlan(COUNTY, scenario(), plan([], [rot(2026, 'C', 'B', 'backbone', 3)]), quality2017);
    expect(value(sim, 0, 'C', 'backboneTeachers', 'junior')).toBeCloseTo((100 * 3) / 300, 9);
    expect(value(sim, 0, 'C', 'backboneTeachers', 'primary')).toBeCloseTo((100 * (11 - 3 - 3)) / 600, 9);
    expect(value(sim, 1, 'C', 'backboneTeachers', 'junior')).toBeCloseTo((100 * 4) / 300, 9);
  });

  it('reports values for included school parts only', () => {
    const sim = simulatePlan(COUNTY, scenario(), plan([]), quality2017);
    expect(sim.years[0]!.values.map((v) => `${v.schoolId}/${v.level}`)).toEqual(['A/primary', 'B/primary', 'C/primary', 'C/junior', 'D/primary', 'D/junior']);
    expect(sim.years[0]!.evaluation.schools).toHaveLength(7);
  });
});

describe('simulatePlan: schools the plan includes', () => {
  // TQ is a teaching point of 52 students in the base data (evaluated, so planned for) that shrinks to 47 in 2026.
  const TQ = school('TQ', { kind: 'teaching-point', students: 52, resources: { backboneTeachers: 0, peArtTeachers: 0 } });
  const shrinking = scenario({ enrollment: { schools: { TQ: -0.1 } }, objective: { targets: [0.6, 0.5, 0.5] } });

  it('leaves it out of the values of a year whose enrollment leaves it out of the evaluation', () => {
    const sim = simulatePlan(county([A, TQ]), shrinking, plan([]), quality2017);
    const row = sim.years[0]!.evaluation.schools.find((r) => r.id === 'TQ')!;
    expect(row.excluded).toBe(true);
    expect(row.values.teachingArea).toBeCloseTo((52 * 5) / 47, 9);
    expect(sim.years[0]!.values.map((v) => v.schoolId)).toEqual(['A']);
  });

  it('counts the yearly target share over the schools evaluated that year', () => {
    const failing = school('F', { resources: { backboneTeachers: 0, peArtTeachers: 0 } });
    expect(checkPlan(county([school('P'), TQ]), shrinking, plan([]), quality2017)).toEqual([]);
    const vs = checkPlan(county([school('P'), failing, TQ]), shrinking, plan([]), quality2017);
    expect(vs).toEqual([expect.objectContaining({ rule: 'target', year: 2026, amount: 0.5, limit: 0.6 })]);
  });
});

describe('simulatePlan: money', () => {
  it('carries unspent money to the next year', () => {
    const p = plan([act(2026, 'A', 'equipment', 400_000), act(2027, 'A', 'equipment', 1_500_000)]);
    const on = simulatePlan(COUNTY, scenario({ budget: { perYear: 1e6, carryOver: true } }), p, quality2017);
    expect(on.years.map((y) => y.available)).toEqual([1e6, 1.6e6, 1.1e6]);
    expect(on.years.map((y) => y.overBudget)).toEqual([0, 0, 0]);
    const off = simulatePlan(COUNTY, scenario({ budget: { perYear: 1e6, carryOver: false } }), p, quality2017);
    expect(off.years.map((y) => y.available)).toEqual([1e6, 1e6, 1e6]);
    expect(off.years.map((y) => y.overBudget)).toEqual([0, 500_000, 0]);
  });

  it('adds up every spend category', () => {
    const s = scenario({ budget: { perYear: [1e6, 2e6, 3e6] }, construction: { projects: [{ id: 'P', school: 'D', kind: 'teaching', area: 500 }] } });
    const sim = simulatePlan(COUNTY, s, plan([
      act(2026, 'D', 'project', 500, { projectId: 'P', projectKind: 'teaching' }), act(2026, 'A', 'teachingArea', 10), act(2026, 'B', 'multimediaRooms', 1),
      act(2026, 'B', 'degreeUpgrade', 2), hire(2026, 'B', 1), act(2026, 'B', 'equipment', 5000),
    ], [rot(2026, 'A', 'B', 'general', 1)]), quality2017);
    expect(sim.years[0]!.spend).toEqual({ construction: 500 * 2800 + 10 * 2800, equipment: 5000, multimedia: 25_000, hiring: 100_000, upgrades: 30_000, rotation: 6000, total: 1_428_000 + 5000 + 25_000 + 100_000 + 30_000 + 6000 });
    expect(sim.years.map((y) => y.budget)).toEqual([1e6, 2e6, 3e6]);
  });

  it('rejects plans that name unknown schools or years', () => {
    expect(() => simulatePlan(COUNTY, scenario(), plan([act(2030, 'A', 'equipment', 1)]), quality2017)).toThrow(PlanError);
    expect(() => simulatePlan(COUNTY, scenario(), plan([], [rot(2026, 'A', 'Z', 'general', 1)]), quality2017)).toThrow(/unknown school "Z"/);
  });

  it('rotations conserve county teachers when they count at the receiver', () => {
    const ids = ['A', 'B', 'C', 'D'];
    const arb = fc.array(fc.record({ t: fc.integer({ min: 0, max: 2 }), from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), n: fc.integer({ min: 1, max: 3 }), backbone: fc.boolean() }), { maxLength: 8 });
    const total = (sim: ReturnType<typeof simulatePlan>, t: number, key: 'degreeTeachers' | 'backboneTeachers') => sim.years[t]!.county.schools.reduce((s, x) => s + x.resources[key], 0);
    const base = simulatePlan(COUNTY, scenario(), plan([]), quality2017);
    fc.assert(fc.property(arb, (rs) => {
      const sim = simulatePlan(COUNTY, scenario({ policy: { rotation: { termYears: 2 } } }), plan([], rs.map((r) => rot(YEARS[r.t]!, r.from, r.to, r.backbone ? 'backbone' : 'general', r.n, 2))), quality2017);
      for (let t = 0; t < 3; t++) for (const key of ['degreeTeachers', 'backboneTeachers'] as const) expect(total(sim, t, key)).toBeCloseTo(total(base, t, key), 9);
    }), { numRuns: 30 });
  });
});

describe('rotationRoles', () => {
  it('compares each school with the county ratio of amount to standard requirement', () => {
    // backbone: A 6/5, B 2/4, C 11/9, D 8/6; county 27/24. degree: A 25/21, B 12/16.8, C 45/41.1, D 30/27.4; county 112/106.3.
    const roles = rotationRoles(COUNTY, quality2017);
    expect([...roles.backbone.donors].sort()).toEqual(['A', 'C', 'D']);
    expect([...roles.backbone.receivers]).toEqual(['B']);
    expect([...roles.general.donors].sort()).toEqual(['A', 'C', 'D']);
    expect([...roles.general.receivers]).toEqual(['B']);
  });

  it('uses the requirement, not the raw value, across levels', () => {
    // J: junior 100 students, 5 degree teachers = 5/5.3 of standard; P: primary 100 students, 4.5 = 4.5/4.2.
    const j = school('J', { level: 'junior', students: 100, resources: { degreeTeachers: 5 } });
    const p = school('P', { students: 100, resources: { degreeTeachers: 4.5 } });
    const roles = rotationRoles(county([j, p]), quality2017);
    expect([...roles.general.donors]).toEqual(['P']);
    expect([...roles.general.receivers]).toEqual(['J']);
  });
});

describe('checkPlan', () => {
  const GOOD_SCENARIO: Partial<ScenarioFile> = { hiring: { maxNewTeachers: 5, quota: 1000 }, objective: { targets: [0.25, 0.25, 0.25] } };
  const goodActions = () => [hire(2026, 'B', 2), act(2026, 'B', 'degreeUpgrade', 2), act(2026, 'A', 'teachingArea', 400), act(2027, 'D', 'equipment', 50_000)];
  const goodRotations = () => YEARS.flatMap((y) => [rot(y, 'A', 'B', 'backbone', 1), rot(y, 'A', 'B', 'general', 1)]);
  const rules = (vs: PlanViolation[]) => [...new Set(vs.map((v) => v.rule))].sort();

  it('passes a plan within every bound', () => {
    expect(checkPlan(COUNTY, scenario(GOOD_SCENARIO), plan(goodActions(), goodRotations()), quality2017)).toEqual([]);
  });

  const cases: { rule: string; scenario?: Partial<ScenarioFile>; actions?: PlanAction[]; rotations?: Rotation[] }[] = [
    { rule: 'budget', scenario: { budget: { perYear: 100_000 } } },
    { rule: 'hiringCap', scenario: { hiring: { maxNewTeachers: 1 } } },
    { rule: 'hiringQuota', scenario: { hiring: { quota: 161 } } },
    { rule: 'upgrades', actions: [act(2027, 'B', 'degreeUpgrade', 7)] },
    { rule: 'land', actions: [act(2027, 'A', 'sportsArea', 901)] },
    { rule: 'rotationMinShare', rotations: goodRotations().filter((r) => !(r.year === 2027 && r.category === 'general')) },
    { rule: 'backboneShare', rotations: goodRotations().map((r) => (r.year === 2028 ? { ...r, category: 'general' as const } : r)) },
    { rule: 'maxOutShare', rotations: [...goodRotations(), rot(2026, 'A', 'B', 'general', 5)] },
    { rule: 'eligiblePool', rotations: [...goodRotations(), rot(2027, 'A', 'B', 'backbone', 1), rot(2028, 'A', 'B', 'backbone', 2)] },
    { rule: 'rotationRole', rotations: [...goodRotations(), rot(2026, 'B', 'D', 'general', 1)] },
    { rule: 'protectDonors', rotations: [...goodRotations(), rot(2026, 'A', 'B', 'backbone', 1)] },
    { rule: 'target', scenario: { objective: { targets: [0.25, 0.5, 1] } } },
    { rule: 'excludedSchool', actions: [act(2026, 'TP', 'equipment', 1000)] },
    { rule: 'rotationSelf', rotations: [...goodRotations(), rot(2026, 'A', 'A', 'general', 1)] },
    { rule: 'rotationTerm', rotations: goodRotations().map((r, i) => (i === 0 ? { ...r, untilYear: r.year + 1 } : r)) },
    { rule: 'expansion', scenario: { construction: { allowExpansion: false } } },
    { rule: 'backboneRecruitment', scenario: { hiring: { allowBackboneRecruitment: false } }, actions: [hire(2027, 'B', 1, 'backbone')] },
    { rule: 'integer', actions: [hire(2027, 'B', 0.5)] },
    { rule: 'negative', actions: [act(2027, 'B', 'equipment', -10)] },
    { rule: 'planYear', actions: [act(2025, 'B', 'equipment', 10)] },
  ];

  it.each(cases)('flags $rule', (c) => {
    const s = scenario({ ...GOOD_SCENARIO, ...c.scenario, hiring: { ...GOOD_SCENARIO.hiring, ...c.scenario?.hiring } });
    const vs = checkPlan(COUNTY, s, plan([...goodActions(), ...(c.actions ?? [])], c.rotations ?? goodRotations()), quality2017);
    expect(rules(vs)).toContain(c.rule);
    const v = vs.find((x) => x.rule === c.rule)!;
    expect(v.message.length).toBeGreaterThan(10);
    expect(Number.isFinite(v.amount) && Number.isFinite(v.limit)).toBe(true);
  });

  it('reports the year, school, amount and limit of a violated bound', () => {
    const vs = checkPlan(COUNTY, scenario(GOOD_SCENARIO), plan([...goodActions(), act(2027, 'B', 'degreeUpgrade', 7)], goodRotations()), quality2017);
    expect(vs).toEqual([expect.objectContaining({ rule: 'upgrades', schoolId: 'B', amount: 9, limit: 8 })]);
    const budget = checkPlan(COUNTY, scenario({ ...GOOD_SCENARIO, budget: { perYear: 1e6, carryOver: false } }), plan(goodActions(), goodRotations()), quality2017);
    expect(budget).toEqual([expect.objectContaining({ rule: 'budget', year: 2026, amount: 200_000 + 30_000 + 400 * 2800 + 12_000, limit: 1e6 })]);
  });

  it('checks projects against their definition', () => {
    const s = scenario({ ...GOOD_SCENARIO, construction: { projects: [{ id: 'P', school: 'D', kind: 'teaching', area: 500, earliestYear: 2027 }] } });
    const p = (actions: PlanAction[]) => plan([...goodActions(), ...actions], goodRotations());
    const proj = (year: number, id = 'D') => act(year, id, 'project', 500, { projectId: 'P', projectKind: 'teaching' });
    expect(checkPlan(COUNTY, s, p([proj(2027)]), quality2017)).toEqual([]);
    expect(rules(checkPlan(COUNTY, s, p([proj(2026)]), quality2017))).toEqual(['project']);
    expect(rules(checkPlan(COUNTY, s, p([proj(2027), proj(2028)]), quality2017))).toEqual(['project']);
    expect(rules(checkPlan(COUNTY, s, p([proj(2027, 'C')]), quality2017))).toEqual(['project']);
    expect(rules(checkPlan(COUNTY, s, p([act(2027, 'D', 'project', 500, { projectId: 'Q' })]), quality2017))).toEqual(['project']);
  });

  it('protects each part of a nine-year donor, not only the whole school', () => {
    // C backbone: primary 7 of 6 needed, junior 4 (given) of 3. Sending 2 leaves the school at 9 of 9 but the
    // primary part at 7 − 2·2/3 < 6. C is a general donor too: its primary degree teachers (25, base below 25.2) drop as well.
    const c = { ...C, eligibleTeachers: 10, eligibleBackbone: 5 };
    const vs = checkPlan(county([A, B, c, D, TP]), scenario(GOOD_SCENARIO), plan(goodActions(), [...goodRotations(), rot(2026, 'C', 'B', 'backbone', 2)]), quality2017);
    const protect = vs.filter((v) => v.rule === 'protectDonors');
    expect(protect.map((v) => [v.year, v.schoolId, v.limit])).toEqual([[2026, 'C', 25], [2026, 'C', 6]]);
    expect(protect[0]!.amount).toBeCloseTo(25 - 4 / 3, 9);
    expect(protect[1]!.amount).toBeCloseTo(7 - 4 / 3, 9);
    expect(protect[1]!.message).toMatch(/backboneTeachers \(primary\)/);
  });

  it('sees no donor loss when rotations do not count at the receiver', () => {
    const s = scenario({ ...GOOD_SCENARIO, policy: { rotation: { countsAtReceiver: false } } });
    const vs = checkPlan(COUNTY, s, plan(goodActions(), [...goodRotations(), rot(2026, 'A', 'B', 'backbone', 1)]), quality2017);
    expect(rules(vs)).toEqual([]);
  });
});
