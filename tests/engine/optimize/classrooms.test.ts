/**
 * Standard classrooms and music and art rooms as plan decisions (issue 15 items 1 and 2), worked by hand.
 * Limits: primary classes ≤ 45 pupils; one music and one art room per 12 classes (教督〔2017〕6号 第六条).
 */
import { describe, expect, it } from 'vitest';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { checkPlan } from '../../../engine/plan/check/index.ts';
import { simulatePlan } from '../../../engine/plan/simulate.ts';
import { resolveScenario } from '../../../engine/scenario/resolve.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { county, school } from '../helpers.ts';

// 1,380 pupils in 30 classes: 1,380 / 45 = 30.67 → 31 classes needed, one standard classroom.
// 31 classes → ⌈31 / 12⌉ = 3 music rooms; the school has 2 → one more. Art rooms 3 → none.
const c = county([school('A', { students: 1380, classes: 30, resources: { musicRooms: 2, artRooms: 3 } })]);
const classroom = 80 * 2800; // default: 80 m² at the teaching building cost = 224,000 yuan
const musicRoom = 96 * 2800; // default: 96 m² = 268,800 yuan

const file = (budget: number, extra: Partial<ScenarioFile> = {}): ScenarioFile => ({
  name: 'rooms', horizon: [2026, 2027], budget: { perYear: [budget, 0] }, integer: true,
  objective: { kind: 'floor', tieBreak: 'cost' }, construction: { allowExpansion: false },
  schoolConditions: { classrooms: { everyPupilSeated: true }, artsRooms: { meetFrom: 2027 } }, ...extra,
});

describe('standard classrooms and music and art rooms', () => {
  it('builds the classroom and the music room the targets need, and the replay agrees', async () => {
    const scenario = resolveScenario(file(classroom + musicRoom), 'rooms');
    const report = await solveScenario(c, scenario, { shadowPrices: false });
    expect(report.status).toBe('optimal');
    const amount = (kind: string) => report.actions.filter((a) => a.kind === kind).reduce((s, a) => s + a.amount, 0);
    expect(amount('classrooms')).toBe(1);
    expect(amount('musicRooms')).toBe(1);
    expect(amount('artRooms')).toBe(0);
    expect(report.years[0]!.spend.construction).toBeCloseTo(classroom + musicRoom, 2);
    const plan = { scenario: scenario.name, years: scenario.years, actions: report.actions, rotations: report.rotations };
    expect(checkPlan(c, scenario, plan, quality2017)).toEqual([]);
    const sim = simulatePlan(c, scenario, plan, quality2017);
    const y2027 = sim.years[1]!;
    // The classroom serves from 2027: 31 classes, 1,380 / 31 = 44.5 ≤ 45, and 80 m² more teaching area.
    expect(y2027.county.schools[0]!.classes).toBe(31);
    expect(y2027.county.schools[0]!.resources.teachingArea).toBe(1380 * 5 + 80);
    const size = y2027.evaluation.schools[0]!.conditions.find((k) => k.key === 'classSize')!;
    expect(size).toMatchObject({ meets: true, seatsShort: 0 });
    expect(y2027.evaluation.schools[0]!.conditions.find((k) => k.key === 'musicRooms')).toMatchObject({ value: 3, limit: 3, meets: true });
    // In 2026 nothing can serve yet: 30 · 45 = 1,350 seats, 30 pupils short.
    expect(sim.years[0]!.evaluation.county.conditions.find((k) => k.key === 'classSize')!.seatsShort).toBe(30);
  });

  it('is infeasible when the budget cannot pay for the seats', async () => {
    const report = await solveScenario(c, resolveScenario(file(classroom - 1, { schoolConditions: { classrooms: { everyPupilSeated: true } } }), 'rooms'), { shadowPrices: false });
    expect(report.status).toBe('infeasible');
  });
});
