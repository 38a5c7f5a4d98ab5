/** The per-school rule: at least `minMet` thresholds met and every other at `otherMinRatio` of its threshold. */
import type { SchoolRule } from '../standards/types.ts';

/** Tolerance for values printed and stored with rounding, e.g. 4.2 computed as 4.1999999. */
export const RATIO_TOLERANCE = 1e-9;

export interface SchoolJudgement {
  metCount: number;
  passes: boolean;
}

/**
 * `ratios`: value / threshold per indicator that has a threshold. `tolerance`: RATIO_TOLERANCE for data
 * as reported (rounded values); 0 to judge a plan exactly (the simulator's verdict).
 */
export function judgeSchool(ratios: readonly number[], rule: SchoolRule, tolerance = RATIO_TOLERANCE): SchoolJudgement {
  const met = ratios.filter((r) => r >= 1 - tolerance);
  const others = ratios.filter((r) => r < 1 - tolerance);
  const passes = met.length >= Math.min(rule.minMet, ratios.length) && others.every((r) => r >= rule.otherMinRatio - tolerance);
  return { metCount: met.length, passes };
}
