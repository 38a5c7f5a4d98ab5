/** Schools a plan covers: those the evaluation includes in the base data or in any plan year (projected enrollment). */
import type { County, School } from '../county/types.ts';
import { exclusionReason } from '../indicators/evaluate.ts';
import { projectEnrollment } from '../scenario/enrollment.ts';
import type { Scenario } from '../scenario/resolve.ts';
import type { Standard } from '../standards/types.ts';

/** `includedIn[t]`: the evaluation includes the school in plan year t (e.g. a teaching point still ≥ 50 students). */
export function plannedSchools(county: County, scenario: Scenario, standard: Standard): { school: School; includedIn: boolean[] }[] {
  const enrollment = projectEnrollment(county, scenario);
  return county.schools.flatMap((school) => {
    const e = enrollment.get(school.id)!;
    const includedIn = e.students.map((students, t) => exclusionReason({
      ...school, students, ...(e.juniorStudents ? { juniorStudents: e.juniorStudents[t]! } : {}),
    }, standard) === undefined);
    const planned = exclusionReason(school, standard) === undefined || includedIn.some(Boolean);
    return planned ? [{ school, includedIn }] : [];
  });
}
