/**
 * Why the count of evaluated schools changes over the plan: the schools that leave (or enter) the
 * evaluation from one year to the next at the projected enrollment, named with the reason — e.g. a
 * teaching point that falls under 50 pupils is no longer evaluated. The first plan year is compared
 * with the data year.
 */
import type { County, School } from '../county/types.ts';
import { exclusionReason, isTeachingPoint } from '../indicators/evaluate.ts';
import { projectEnrollment } from '../scenario/enrollment.ts';
import type { Scenario } from '../scenario/resolve.ts';
import type { Standard, Text } from '../standards/types.ts';

export interface EvaluationChange {
  /** First plan year in which the school is out of (or back in) the evaluation. */
  year: number;
  schoolId: string;
  schoolName: string;
  change: 'left' | 'entered';
  /** Pupils that year, and the year before (the data year for the first plan year). */
  students: number;
  previousStudents: number;
  /** The sentence people read, e.g. "S031 falls to 48 pupils in 2027: a teaching point under 50 is not evaluated". */
  message: Text;
}

function sentence(school: School, year: number, students: number, change: 'left' | 'entered', reason: Text | undefined, min: number): Text {
  const who = `${school.id} ${school.name}`;
  if (change === 'left') {
    return {
      zh: `${who}在${year}年降至${students}名学生，不再参评（${reason?.zh ?? '不参评'}）`,
      en: `${who} falls to ${students} pupils in ${year}: ${isTeachingPoint(school) ? `a teaching point under ${min} pupils is not evaluated` : reason?.en ?? 'not evaluated'}`,
    };
  }
  return {
    zh: `${who}在${year}年增至${students}名学生，开始参评（教学点满${min}名学生即参评）`,
    en: `${who} grows to ${students} pupils in ${year}: a teaching point of ${min} or more is evaluated`,
  };
}

export function evaluationChanges(county: County, scenario: Scenario, standard: Standard): EvaluationChange[] {
  const enrollment = projectEnrollment(county, scenario);
  const min = standard.exclusions.teachingPointMinStudents;
  const out: EvaluationChange[] = [];
  for (const school of county.schools) {
    const e = enrollment.get(school.id);
    if (!e) continue;
    let before = exclusionReason(school, standard) === undefined;
    let previous = school.students;
    scenario.years.forEach((year, t) => {
      const students = e.students[t]!;
      const reason = exclusionReason({ ...school, students, ...(e.juniorStudents ? { juniorStudents: e.juniorStudents[t]! } : {}) }, standard);
      const now = reason === undefined;
      if (now !== before) {
        const change = now ? 'entered' : 'left';
        out.push({ year, schoolId: school.id, schoolName: school.name, change, students, previousStudents: previous, message: sentence(school, year, students, change, reason, min) });
      }
      before = now;
      previous = students;
    });
  }
  return out.sort((a, b) => a.year - b.year || a.schoolId.localeCompare(b.schoolId));
}
