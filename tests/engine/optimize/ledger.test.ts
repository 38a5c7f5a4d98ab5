/**
 * The cost ledger: Σ costByYear over a solved plan's actions and rotations is years[].spend.total in
 * every year, to the yuan, on every shipped scenario (LP copies, fast) and on one integer scenario; the
 * ledger agrees with the simulator's independent replay, and `available` carries over what was left.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCounty } from '../../../engine/county/import.ts';
import type { County } from '../../../engine/county/types.ts';
import { planLedger, ledgerTotal } from '../../../engine/optimize/ledger.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';
import { simulatePlan } from '../../../engine/plan/simulate.ts';
import { SPEND_CATEGORIES, type PlanAction, type Rotation } from '../../../engine/plan/types.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';

const files = readdirSync('scenarios').filter((f) => /\.ya?ml$/.test(f)).sort();
let county: County;
const load = (f: string) => parseScenarioText(readFileSync(`scenarios/${f}`, 'utf8'), f).scenario;

beforeAll(async () => {
  const r = await importCounty(readFileSync('data/sample-county.csv'), { fileName: 'sample-county.csv' });
  if (r.status !== 'ok') throw new Error('sample county does not import');
  county = r.value;
});

/** The identity and its cross-checks on one solved plan. */
function expectLedgerHolds(scenario: Scenario, report: SolveReport): void {
  expect(report.years.map((y) => y.year)).toEqual(scenario.years);
  for (const a of report.actions) expect(a.costByYear).toBeDefined();
  for (const r of report.rotations) expect(r.costByYear).toBeDefined();
  const sim = simulatePlan(county, scenario, { scenario: scenario.name, years: scenario.years, actions: report.actions, rotations: report.rotations }, quality2017);
  report.years.forEach((y, t) => {
    const booked = ledgerTotal(report.actions, y.year) + ledgerTotal(report.rotations, y.year);
    expect(Math.abs(booked - y.spend.total)).toBeLessThan(0.5);
    expect(Math.abs(SPEND_CATEGORIES.reduce((s, k) => s + y.spend[k], 0) - y.spend.total)).toBeLessThan(0.5);
    // The simulator replays the plan on its own: same spend, same money available.
    expect(Math.abs(sim.years[t]!.spend.total - y.spend.total)).toBeLessThan(0.5);
    expect(Math.abs(sim.years[t]!.available - y.available)).toBeLessThan(0.5);
    // The LP's budget rows held, so the ledger's spend fits what was available. (An LP copy with
    // candidate projects decodes a fractional project as built or not, so its plan is not the LP's.)
    if (scenario.integer || scenario.construction.projects.length === 0) expect(y.spend.total).toBeLessThanOrEqual(y.available + 1);
    expect(y.available).toBeGreaterThanOrEqual(y.budget);
  });
}

describe('cost ledger of the shipped scenarios (LP copies)', () => {
  it.each(files)('%s', async (f) => {
    const scenario = { ...load(f), integer: false };
    const report = await solveScenario(county, scenario, { shadowPrices: false });
    if (report.status === 'infeasible') {
      expect(report.actions).toEqual([]);
      return;
    }
    expect(report.actions.length).toBeGreaterThan(0);
    expectLedgerHolds(scenario, report);
  }, 300_000);
});

describe('cost ledger of an integer plan', () => {
  it('baseline.yaml (MIP): salaries of earlier hires and rotation subsidies are in every year', async () => {
    const scenario = load('baseline.yaml');
    const report = await solveScenario(county, scenario, { shadowPrices: false });
    expectLedgerHolds(scenario, report);
    const last = scenario.years[scenario.years.length - 1]!;
    const firstHire = report.actions.find((a) => a.kind === 'hire' && a.year < last);
    if (firstHire) expect(Object.keys(firstHire.costByYear!).map(Number)).toEqual(scenario.years.filter((y) => y >= firstHire.year));
    expect(report.years.every((y) => y.spend.rotation > 0)).toBe(true);
  }, 600_000);
});

describe('planLedger by hand', () => {
  const scenario = { ...load('baseline.yaml') };
  const [y0, y1, y2] = scenario.years as [number, number, number];
  const c = scenario.costs;
  const hire: PlanAction = { year: y1, schoolId: 'S1', schoolName: 'A', kind: 'hire', category: 'backbone', amount: 2, unit: 'teachers', cost: 2 * c.backboneTeacherPerYear, servesFrom: y1 };
  const room: PlanAction = { year: y0, schoolId: 'S1', schoolName: 'A', kind: 'teachingArea', amount: 100, unit: 'm2', cost: 100 * c.teachingAreaPerM2, servesFrom: y0 + 1 };
  const rotation: Rotation = { year: y2, from: 'S1', to: 'S2', category: 'general', teachers: 3, untilYear: y2 + 2, distanceKm: 4 };

  it('prices a hire every year from its start, a building once, a rotation each year away within the horizon', () => {
    const ledger = planLedger([hire, room], [rotation], scenario);
    expect(ledger.actions[0]!.costByYear).toEqual({ [y1]: 2 * c.backboneTeacherPerYear, [y2]: 2 * c.backboneTeacherPerYear });
    expect(ledger.actions[1]!.costByYear).toEqual({ [y0]: 100 * c.teachingAreaPerM2 });
    expect(ledger.rotations[0]!.costByYear).toEqual({ [y2]: 3 * c.rotationSubsidyPerYear });
    expect(ledger.years.map((y) => y.spend.total)).toEqual([100 * c.teachingAreaPerM2, 2 * c.backboneTeacherPerYear, 2 * c.backboneTeacherPerYear + 3 * c.rotationSubsidyPerYear]);
  });

  it('carries over what a year leaves unspent, and only when the scenario allows it', () => {
    const on = planLedger([room], [], { ...scenario, budget: { perYear: [1e6, 1e6, 1e6], carryOver: true } });
    const spent = 100 * c.teachingAreaPerM2;
    expect(on.years.map((y) => y.available)).toEqual([1e6, 2e6 - spent, 3e6 - spent]);
    const off = planLedger([room], [], { ...scenario, budget: { perYear: [1e6, 1e6, 1e6], carryOver: false } });
    expect(off.years.map((y) => y.available)).toEqual([1e6, 1e6, 1e6]);
  });

  it('takes recurring commitments off each year\'s budget before carrying over what is left', () => {
    // Operating funds of 200k a year come first: 1M − 200k is available in year 1; the room spends part of it,
    // and what is left carries into year 2 beside its own 1M − 200k, and so on.
    const spent = 100 * c.teachingAreaPerM2;
    const ledger = planLedger([room], [], { ...scenario, budget: { perYear: [1e6, 1e6, 1e6], carryOver: true } }, [2e5, 2e5, 2e5]);
    expect(ledger.years.map((y) => y.committed)).toEqual([2e5, 2e5, 2e5]);
    expect(ledger.years.map((y) => y.available)).toEqual([8e5, 1.6e6 - spent, 2.4e6 - spent]);
  });
});
