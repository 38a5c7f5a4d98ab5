/**
 * Recurring commitments taken from each year's budget before any plan decision (issue 15 item 7): the
 * per-pupil operating funds of every school (生均公用经费), or only their teacher-training share when the
 * operating funds are paid from another budget line. Growing enrollment visibly eats into what is left.
 */
import type { County } from '../county/types.ts';
import { headcounts } from '../indicators/parts.ts';
import type { OperatingFundsRule } from '../standards/operating-funds.ts';
import type { SchoolEnrollment } from './enrollment.ts';
import type { Scenario } from './resolve.ts';

/**
 * Operating funds of one school in yuan for a year: primary pupils × primary rate + junior pupils × junior rate,
 * scaled up to `minPupils` compulsory pupils for a small school (same mix of levels).
 */
export function schoolOperatingFunds(pupils: { primary: number; junior: number }, rule: OperatingFundsRule): number {
  const n = pupils.primary + pupils.junior;
  if (n <= 0) return 0;
  const funds = pupils.primary * rule.perPupil.primary + pupils.junior * rule.perPupil.junior;
  return n < rule.minPupils ? (funds * rule.minPupils) / n : funds;
}

export interface YearCommitments {
  operatingFunds: number; // yuan, all schools
  training: number; // yuan, the training share of them
  /** yuan taken from the plan's budget this year: the operating funds, or only the training share. */
  committed: number;
}

/** Per plan year; zeros when the scenario commits nothing. `enrollment` covers every school. */
export function yearlyCommitments(county: County, scenario: Scenario, enrollment: Map<string, SchoolEnrollment>): YearCommitments[] {
  const c = scenario.commitments;
  return scenario.years.map((_, t) => {
    if (!c.operatingFunds && !c.teacherTraining) return { operatingFunds: 0, training: 0, committed: 0 };
    let funds = 0;
    for (const school of county.schools) {
      const e = enrollment.get(school.id);
      if (!e) continue;
      const year = { ...school, students: e.students[t]!, ...(e.juniorStudents ? { juniorStudents: e.juniorStudents[t]! } : {}), ...(e.seniorStudents ? { seniorStudents: e.seniorStudents[t]! } : {}) };
      funds += schoolOperatingFunds(headcounts(year), c.rule);
    }
    const training = funds * c.rule.trainingShare;
    return { operatingFunds: funds, training, committed: c.operatingFunds ? funds : training };
  });
}
