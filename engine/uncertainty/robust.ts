/**
 * Enrollment a robust plan is made for: per school and plan year, a quantile of the students over
 * `robust.paths` sampled paths — the upper quantile at growing schools (projection for the last plan year
 * at or above the base data), the lower one at shrinking schools. Without a `robust` block: the projection.
 */
import { quantileSorted } from 'simple-statistics';
import type { County } from '../county/types.ts';
import type { Note } from '../model/note.ts';
import { projectEnrollment, withJuniorSplit, type SchoolEnrollment } from '../scenario/enrollment.ts';
import type { Scenario } from '../scenario/resolve.ts';
import { createSampler, sampleSeed } from './sample.ts';

export function robustEnrollment(county: County, scenario: Scenario): Map<string, SchoolEnrollment> {
  const nominal = projectEnrollment(county, scenario);
  const robust = scenario.robust;
  if (!robust) return nominal;
  const T = scenario.years.length;
  const sampler = createSampler(county, scenario);
  const paths = Array.from({ length: robust.paths }, (_, i) => sampler.sample(sampleSeed(robust.seed, i)));
  const out = new Map<string, SchoolEnrollment>();
  for (const school of county.schools) {
    const growing = nominal.get(school.id)!.students[T - 1]! >= school.students;
    const q = growing ? robust.quantile.growing : robust.quantile.shrinking;
    const students = Array.from({ length: T }, (_, t) => {
      const sorted = paths.map((p) => p.get(school.id)!.students[t]!).sort((a, b) => a - b);
      return Math.max(1, Math.round(quantileSorted(sorted, q)));
    });
    out.set(school.id, withJuniorSplit(school, students));
  }
  return out;
}

/** The report's note on how a robust plan's enrollment was chosen (both languages); undefined without `robust`. */
export function robustNote(scenario: Scenario): Note | undefined {
  const r = scenario.robust;
  if (!r) return undefined;
  const [growing, shrinking] = [Math.round(r.quantile.growing * 100), Math.round(r.quantile.shrinking * 100)];
  return {
    zh: `稳健规划：学生增长的学校按第 ${growing} 百分位数、减少的学校按第 ${shrinking} 百分位数的在校生数规划，共抽样 ${r.paths} 条路径（随机种子 ${r.seed}）`,
    en: `robust plan: enrollment at the ${growing}th percentile at growing schools and the ${shrinking}th at shrinking ones, over ${r.paths} sampled paths (seed ${r.seed})`,
  };
}
