/**
 * Unit costs that change by year flow into the planning model, the ledger (costByYear) and the simulator's replay
 * (issue 15 item 6). Rule (engine/scenario/amounts.ts): `year` = years since the data year, 1 in the first plan
 * year; every action is priced in the year it is paid. Worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { planLedger } from '../../../engine/optimize/ledger.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { simulatePlan } from '../../../engine/plan/simulate.ts';
import { assumptionsSheet } from '../../../engine/report/workbook/assumptions.ts';
import type { PlanAction, Rotation } from '../../../engine/plan/types.ts';
import { resolveScenario } from '../../../engine/scenario/resolve.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { county, school } from '../helpers.ts';

const years = [2026, 2027, 2028];

describe('the ledger prices each year at that year\'s costs', () => {
  const scenario = resolveScenario({
    name: 'ledger', horizon: years, budget: { perYear: 1e8 },
    costs: { teacherPerYear: '10万 * 1.1^(year - 1)', rotationSubsidyPerYear: '6000 * year', teachingAreaPerM2: '2800 * 1.05^year' },
    policy: { rotation: { termYears: 2 } },
  }, 'ledger');
  const base = { schoolId: 'A', schoolName: '学校A' };
  const hire: PlanAction = { ...base, year: 2026, kind: 'hire', category: 'general', amount: 2, unit: 'teachers', cost: 200_000, servesFrom: 2026 };
  const build: PlanAction = { ...base, year: 2027, kind: 'teachingArea', amount: 100, unit: 'm2', cost: 308_700, servesFrom: 2028 };
  const rotation: Rotation = { year: 2027, untilYear: 2028, from: 'A', to: 'B', category: 'general', teachers: 3, distanceKm: null };

  it('books a hire at each later year\'s salary, a building at its start year\'s price, a rotation at each year\'s subsidy', () => {
    const ledger = planLedger([hire, build], [rotation], scenario);
    // Salary "10万 * 1.1^(year - 1)": 100,000 in 2026, 110,000 in 2027, 121,000 in 2028; two teachers hired in 2026.
    expect(ledger.actions[0]!.costByYear).toEqual({ 2026: 200_000, 2027: expect.closeTo(220_000, 6), 2028: expect.closeTo(242_000, 6) });
    // 100 m² started in 2027 (year 2): 100 · 2800 · 1.05² = 100 · 3,087 = 308,700, paid once.
    expect(ledger.actions[1]!.costByYear).toEqual({ 2027: expect.closeTo(308_700, 6) });
    // Three teachers away 2027–2028, subsidy "6000 * year": 3 · 12,000 = 36,000 and 3 · 18,000 = 54,000.
    expect(ledger.rotations[0]!.costByYear).toEqual({ 2027: 36_000, 2028: 54_000 });
    // Year totals: 2027 = 220,000 + 308,700 + 36,000 = 564,700.
    expect(ledger.years[1]!.spend.total).toBeCloseTo(564_700, 4);
  });

  it('the simulator replays the same money', () => {
    const c = county([school('A', { students: 800 }), school('B', { students: 400 })]);
    const sim = simulatePlan(c, scenario, { scenario: 'ledger', years, actions: [hire, build], rotations: [rotation] }, quality2017);
    const ledger = planLedger([hire, build], [rotation], scenario);
    sim.years.forEach((y, t) => expect(y.spend.total).toBeCloseTo(ledger.years[t]!.spend.total, 4));
    // 2028: 242,000 + 54,000 = 296,000.
    expect(sim.years[2]!.spend.total).toBeCloseTo(296_000, 4);
  });
});

describe('the planning model buys in the cheaper year', () => {
  // One primary school of 400 pupils with 6 multimedia rooms: 6 / 400 · 100 = 1.5 per 100 pupils, standard 2.3.
  // Every other indicator meets its standard, so the 6-of-7 rule needs 0.85 · 2.3 = 1.955 per 100 pupils,
  // i.e. 1.955 · 4 = 7.82 → 8 rooms: two more, needed only by 2027 (target 0 % in 2026, 100 % in 2027).
  // Rooms count from the year they are fitted, so the cheapest plan fits both in the cheaper year.
  const c = county([school('M', { students: 400, resources: { multimediaRooms: 6 } })]);
  const file = (multimediaRoom: string): ScenarioFile => ({
    name: 'rooms', horizon: [2026, 2027], budget: { perYear: 1e6 }, integer: true,
    objective: { kind: 'mincost', targets: [0, 1] }, construction: { allowExpansion: false }, costs: { multimediaRoom },
  });

  it.each([
    // "25000 * year": 25,000 in 2026, 50,000 in 2027 → both rooms in 2026, 2 · 25,000 = 50,000.
    ['25000 * year', 2026, 50_000],
    // "50000 / year": 50,000 in 2026, 25,000 in 2027 → both rooms in 2027, 2 · 25,000 = 50,000.
    ['50000 / year', 2027, 50_000],
  ])('multimedia rooms at "%s" are fitted in %i for %i yuan', async (cost, year, total) => {
    const scenario = resolveScenario(file(cost), 'rooms');
    const report = await solveScenario(c, scenario, { shadowPrices: false });
    expect(report.status).toBe('optimal');
    const rooms = report.actions.filter((a) => a.kind === 'multimediaRooms');
    expect(rooms.map((a) => [a.year, a.amount])).toEqual([[year, 2]]);
    const spent = report.years.reduce((s, y) => s + y.spend.total, 0);
    expect(spent).toBeCloseTo(total, 2);
    const sim = simulatePlan(c, scenario, { scenario: 'rooms', years: scenario.years, actions: report.actions, rotations: report.rotations }, quality2017);
    sim.years.forEach((y, t) => expect(y.spend.total).toBeCloseTo(report.years[t]!.spend.total, 2));
    expect(sim.years[1]!.evaluation.schools[0]!.passes).toBe(true);
    // The workbook's assumptions sheet gives the cost of each year, as the ledger priced it.
    const rows = assumptionsSheet(report, scenario, quality2017, 'en').rows;
    const room = (y: number) => rows.find((r) => r[0] === `Multimedia classroom ${y}`)?.[1];
    expect([room(2026), room(2027)]).toEqual(scenario.prices.map((p) => p.multimediaRoom));
    expect(rows.find((r) => r[0] === 'Teaching building')?.[1]).toBe(2800);
  });
});
