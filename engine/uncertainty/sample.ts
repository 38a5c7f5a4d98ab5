/**
 * Sampled enrollment paths. Each school's nominal path (projectEnrollment before rounding) is multiplied,
 * year by year, by (1 + shock); shock = spread × (√ρ·Z_group,t + √(1−ρ)·Z_school,t) with Z standard normal
 * or standardized symmetric triangular. With every spread 0 the factor is exactly 1 and the path equals
 * projectEnrollment exactly.
 */
import { createRng, type Rng } from '../county/random.ts';
import type { County, School } from '../county/types.ts';
import { growthRate, withJuniorSplit, type SchoolEnrollment } from '../scenario/enrollment.ts';
import type { Scenario, Uncertainty } from '../scenario/resolve.ts';

/** Smallest yearly factor a shock may give (a school never loses more than 95% of its students in a year). */
const MIN_FACTOR = 0.05;

export const NO_UNCERTAINTY: Uncertainty = { distribution: 'normal', spread: { default: 0 }, schools: {}, correlation: 0, groupBy: 'location', seed: 1 };

export function spreadOf(school: School, u: Uncertainty): number {
  const own = Object.hasOwn(u.schools, school.id) ? u.schools[school.id] : undefined;
  return own ?? (school.location ? u.spread[school.location] : undefined) ?? u.spread.default;
}

/** Seed of sample `index` from the run's seed: independent of how samples are split over workers. */
export function sampleSeed(seed: number, index: number): number {
  let h = (Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** Standardized draw: mean 0, variance 1 (normal) or the symmetric triangular on [−1, 1] (variance 1/6) for triangular. */
function draw(rng: Rng, distribution: Uncertainty['distribution']): number {
  if (distribution === 'normal') return rng.normal();
  return rng.next() + rng.next() - 1;
}

/** Precomputed per county and scenario; sample(seed) is then cheap. */
export interface PathSampler {
  sample(seed: number): Map<string, SchoolEnrollment>;
}

export function createSampler(county: County, scenario: Scenario, uncertainty: Uncertainty = scenario.uncertainty ?? NO_UNCERTAINTY): PathSampler {
  const T = scenario.years.length;
  const rho = uncertainty.correlation;
  const wg = Math.sqrt(rho);
  const wi = Math.sqrt(1 - rho);
  const groupKey = (s: School) => (uncertainty.groupBy === 'level' ? s.level : s.location ?? 'unknown');
  const groups = [...new Set(county.schools.map(groupKey))].sort();
  const rows = county.schools.map((school) => {
    const table = Object.hasOwn(scenario.enrollment.table, school.id) ? scenario.enrollment.table[school.id] : undefined;
    const rate = growthRate(school, scenario);
    const nominal = Array.from({ length: T }, (_, t) => table?.[t] ?? school.students * (1 + rate) ** (t + 1));
    return { school, nominal, spread: spreadOf(school, uncertainty), group: groups.indexOf(groupKey(school)) };
  });
  return {
    sample(seed: number) {
      const rng = createRng(seed);
      const common = groups.map(() => Array.from({ length: T }, () => draw(rng, uncertainty.distribution)));
      const out = new Map<string, SchoolEnrollment>();
      for (const r of rows) {
        let factor = 1;
        const students = new Array<number>(T);
        for (let t = 0; t < T; t++) {
          const z = draw(rng, uncertainty.distribution);
          if (r.spread > 0) factor *= Math.max(MIN_FACTOR, 1 + r.spread * (wg * common[r.group]![t]! + wi * z));
          students[t] = Math.max(1, Math.round(r.nominal[t]! * factor));
        }
        out.set(r.school.id, withJuniorSplit(r.school, students));
      }
      return out;
    },
  };
}
