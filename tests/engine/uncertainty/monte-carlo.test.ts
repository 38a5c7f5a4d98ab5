import { quantile } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../engine/plan/types.ts';
import { simulatePlan } from '../../../engine/plan/simulate.ts';
import { projectEnrollment } from '../../../engine/scenario/enrollment.ts';
import { resolveScenario, type Scenario } from '../../../engine/scenario/resolve.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { distribution, monteCarlo, runSamples, summarize } from '../../../engine/uncertainty/monte-carlo.ts';
import { createSampler, sampleSeed } from '../../../engine/uncertainty/sample.ts';
import { county, school } from '../helpers.ts';

const YEARS = [2026, 2027, 2028];
const COUNTY = county([
  school('A', { students: 400, location: 'rural' }),
  school('B', { students: 520, location: 'rural' }),
  school('C', { students: 610, location: 'town' }),
  school('D', { students: 700, location: 'town' }),
  school('E', { students: 900, location: 'urban' }),
]);
const NINE = county([...COUNTY.schools, school('N', { level: 'nine-year', students: 900, juniorStudents: 300, location: 'town', resources: { teachers: 60 } })]);
const PLAN: Plan = {
  scenario: 't', years: YEARS, rotations: [],
  actions: [{ year: 2026, schoolId: 'A', schoolName: 'A', kind: 'hire', category: 'general', amount: 2, unit: 'teachers', cost: 0, servesFrom: 2026 }],
};

function scenario(extra: Partial<ScenarioFile> = {}): Scenario {
  return resolveScenario({ name: 't', budget: { perYear: 5e6 }, enrollment: { growth: { rural: -0.03, town: 0.02 } }, ...extra }, 'test.yaml');
}
const uncertain = (spread: number, extra: Partial<NonNullable<ScenarioFile['uncertainty']>> = {}) =>
  scenario({ uncertainty: { spread: { default: spread }, correlation: 0.5, ...extra } });

describe('sampled enrollment paths', () => {
  it('with zero spread equal the projection exactly, for every seed', () => {
    const s = uncertain(0);
    const sampler = createSampler(NINE, s);
    for (const seed of [0, 1, 12345]) expect(sampler.sample(seed)).toEqual(projectEnrollment(NINE, s));
  });

  it('depend only on the seed', () => {
    const sampler = createSampler(COUNTY, uncertain(0.05, { distribution: 'triangular' }));
    expect(sampler.sample(7)).toEqual(createSampler(COUNTY, uncertain(0.05, { distribution: 'triangular' })).sample(7));
    expect(sampler.sample(7)).not.toEqual(sampler.sample(8));
    expect(sampleSeed(3, 0)).not.toBe(sampleSeed(3, 1));
  });

  it('stay within the triangular half-width each year', () => {
    const s = uncertain(0.05, { distribution: 'triangular', correlation: 0 });
    const nominal = projectEnrollment(COUNTY, s);
    const sampler = createSampler(COUNTY, s);
    for (let seed = 0; seed < 50; seed++) {
      const e = sampler.sample(seed).get('E')!.students[0]!;
      expect(Math.abs(e - nominal.get('E')!.students[0]!)).toBeLessThanOrEqual(0.05 * 900 + 1);
    }
  });
});

describe('monteCarlo', () => {
  it('with zero spread equals the deterministic replay exactly', () => {
    const s = uncertain(0);
    const sim = simulatePlan(COUNTY, s, PLAN, quality2017);
    expect(simulatePlan(COUNTY, s, PLAN, quality2017, createSampler(COUNTY, s).sample(99))).toEqual(sim);
    const mc = monteCarlo(COUNTY, s, PLAN, quality2017, 5, 1);
    mc.years.forEach((y, t) => {
      const e = sim.years[t]!.evaluation;
      expect(y.passProbability).toBe(e.county.passes ? 1 : 0);
      for (const level of ['primary', 'junior'] as const) {
        for (const [k, cv] of Object.entries(e.levels[level].cv)) {
          const d = y.cv[level][k]!;
          expect([d.p5, d.p50, d.p95]).toEqual([cv, cv, cv]);
          expect(d.mean).toBeCloseTo(cv, 14);
        }
      }
      for (const row of e.schools.filter((r) => !r.excluded)) expect(y.schoolPassProbability[row.id]).toBe(row.schoolPasses ? 1 : 0);
    });
  });

  it('gives identical results for the same seed, however the samples are split', () => {
    const s = uncertain(0.06);
    const input = { county: COUNTY, scenario: s, plan: PLAN, standard: quality2017 };
    const whole = monteCarlo(COUNTY, s, PLAN, quality2017, 40, 11);
    expect(monteCarlo(COUNTY, s, PLAN, quality2017, 40, 11)).toEqual(whole);
    const parts = [...runSamples(input, 11, 25, 40), ...runSamples(input, 11, 0, 10), ...runSamples(input, 11, 10, 25)];
    expect(summarize(input, parts, 11)).toEqual(whole);
    expect(monteCarlo(COUNTY, s, PLAN, quality2017, 40, 12)).not.toEqual(whole);
  });

  it('pass probabilities fall as the spread grows (a plan that barely passes)', () => {
    const base = simulatePlan(COUNTY, uncertain(0), PLAN, quality2017);
    expect(base.years.every((y) => y.evaluation.county.passes)).toBe(true);
    const p = [0, 0.05, 0.15, 0.3].map((spread) => monteCarlo(COUNTY, uncertain(spread), PLAN, quality2017, 150, 5).years.at(-1)!.passProbability);
    expect(p[0]).toBe(1);
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeLessThanOrEqual(p[i - 1]!);
    expect(p.at(-1)!).toBeLessThan(1);
  });

  it('names the schools most often failing and why', () => {
    const mc = monteCarlo(COUNTY, uncertain(0.3), PLAN, quality2017, 100, 5);
    const worst = mc.years.at(-1)!.mostFailing[0]!;
    expect(worst.failProbability).toBeGreaterThan(0);
    expect(Object.keys(worst.indicators).length).toBeGreaterThan(0);
    expect(1 - mc.years.at(-1)!.schoolPassProbability[worst.schoolId]!).toBeCloseTo(worst.failProbability, 10);
  });
});

describe('distribution', () => {
  it('matches simple-statistics quantiles on a known sample', () => {
    const xs = [0.31, 0.05, 0.12, 0.5, 0.44, 0.27, 0.09, 0.18, 0.33, 0.21, 0.4, 0.02];
    const d = distribution(xs);
    expect(d.p5).toBe(quantile(xs, 0.05));
    expect(d.p50).toBe(quantile(xs, 0.5));
    expect(d.p95).toBe(quantile(xs, 0.95));
    expect(d.mean).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / xs.length, 12);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(distribution(hundred)).toEqual({ mean: 50.5, p5: 5.95, p50: 50.5, p95: 95.05 });
  });
});
