import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importCounty } from '../../../engine/county/import.ts';
import type { County } from '../../../engine/county/types.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { checkPlan } from '../../../engine/plan/check/index.ts';
import { simulatePlan } from '../../../engine/plan/simulate.ts';
import type { Plan } from '../../../engine/plan/types.ts';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';

/** Every file in scenarios/ and the status it must solve to; a new file without an entry fails the suite. */
const EXPECTED: Record<string, 'optimal' | 'infeasible'> = {
  'baseline.yaml': 'optimal',
  'front-loaded.yaml': 'optimal',
  'back-loaded.yaml': 'optimal',
  'rotation-15-30.yaml': 'optimal',
  'no-construction.yaml': 'optimal',
  'mincost-year3.yaml': 'optimal',
  'infeasible.yaml': 'infeasible',
  'candidate-projects.yaml': 'optimal',
  'cv.yaml': 'optimal',
  'land-limits.yaml': 'optimal',
};

const files = readdirSync('scenarios').filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
const runs = new Map<string, { scenario: Scenario; report: SolveReport; plan: Plan }>();
let county: County;

beforeAll(async () => {
  const r = await importCounty(readFileSync('data/sample-county.csv'), { fileName: 'sample-county.csv' });
  if (r.status !== 'ok') throw new Error('sample county does not import');
  county = r.value;
  for (const f of files) {
    const { scenario } = parseScenarioText(readFileSync(`scenarios/${f}`, 'utf8'), f);
    const report = await solveScenario(county, scenario, { shadowPrices: false });
    runs.set(f, { scenario, report, plan: { scenario: scenario.name, years: scenario.years, actions: report.actions, rotations: report.rotations } });
  }
}, 1_200_000);

describe('every shipped scenario', () => {
  it('has an expected status', () => {
    expect(files.filter((f) => !(f in EXPECTED))).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files)('%s solves with the expected status', (f) => {
    const { report } = runs.get(f)!;
    if (EXPECTED[f] === 'infeasible') expect(report.status).toBe('infeasible');
    else expect(['mip', 'lp', 'mip-incumbent']).toContain(report.method);
  });

  it.each(files.filter((f) => EXPECTED[f] === 'optimal'))('%s: the decoded plan respects every budget and policy bound', (f) => {
    const { scenario, plan } = runs.get(f)!;
    expect(checkPlan(county, scenario, plan, quality2017)).toEqual([]);
  });

  it.each(files.filter((f) => EXPECTED[f] === 'optimal'))('%s: the simulator reproduces the LP values, spend and results', (f) => {
    const { scenario, report, plan } = runs.get(f)!;
    const sim = simulatePlan(county, scenario, plan, quality2017);
    let compared = 0;
    for (const [t, y] of sim.years.entries()) {
      for (const v of y.values) {
        const lp = report.values.find((x) => x.year === y.year && x.schoolId === v.schoolId && x.level === v.level)!;
        for (const [key, value] of Object.entries(v.values)) {
          expect(Math.abs(value - lp.values[key]!)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(value)));
          compared++;
        }
      }
      expect(y.values.length).toBe(report.values.filter((x) => x.year === y.year).length);
      expect(Math.abs(y.spend.total - report.years[t]!.spend.total)).toBeLessThan(1);
      expect(y.evaluation.county.schoolsPassing).toBe(report.years[t]!.schoolsPassing);
      for (const level of ['primary', 'junior'] as const) {
        for (const [key, cv] of Object.entries(report.years[t]!.cv[level])) expect(y.evaluation.levels[level].cv[key]).toBeCloseTo(cv, 6);
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it.each(files.filter((f) => EXPECTED[f] === 'optimal'))('%s: integer plans have whole teachers and rooms', (f) => {
    const { scenario, report } = runs.get(f)!;
    if (!scenario.integer) return;
    for (const a of report.actions) if (a.unit === 'teachers' || a.unit === 'rooms') expect(Number.isInteger(a.amount)).toBe(true);
    for (const r of report.rotations) expect(Number.isInteger(r.teachers)).toBe(true);
  });

  it('the infeasible scenario is explained by the families that block it', () => {
    const { report } = runs.get('infeasible.yaml')!;
    const families = new Set(report.infeasibility!.blocking.map((b) => b.family));
    for (const family of ['rotation-backbone', 'budget', 'targets']) expect(families.has(family)).toBe(true);
    expect(report.infeasibility!.messages[0]!.en).toMatch(/rotation minimum needs \d+ eligible backbone teachers over 3 years .* donor schools have \d+/);
    expect(report.infeasibility!.messages.some((m) => /year-2026 budget short by [\d.]+ million yuan for the 90% target/.test(m.en))).toBe(true);
    expect(report.actions).toEqual([]);
  });

  it('front-loading the same total spends more early and passes at least as many schools in the first year', () => {
    const base = runs.get('baseline.yaml')!.report;
    const front = runs.get('front-loaded.yaml')!.report;
    expect(front.years[0]!.spend.total).toBeGreaterThan(base.years[0]!.spend.total);
    expect(front.years[0]!.budget + front.years[1]!.budget + front.years[2]!.budget).toBeCloseTo(base.years.reduce((s, y) => s + y.budget, 0), 0);
  });

  it('the cv objective ends with a largest coefficient no higher than the baseline\'s', () => {
    const cv = runs.get('cv.yaml')!.report;
    expect(cv.objective.bound).toBeDefined();
    expect(cv.objective.value!).toBeLessThanOrEqual(cv.objective.bound! + 1e-4);
  });
});
