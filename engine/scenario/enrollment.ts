/** Students per school and plan year: explicit table, else compounded yearly growth (school, location, default). */
import { MULTI_PART_LEVELS, type County, type School } from '../county/types.ts';
import type { Scenario } from './resolve.ts';

export interface SchoolEnrollment {
  students: number[]; // per plan year, whole persons
  juniorStudents?: number[]; // multi-part schools only, same ratio as in the base data
  seniorStudents?: number[]; // 完全中学 and 十二年一贯制 only, same ratio as in the base data
}

export function growthRate(school: School, scenario: Scenario): number {
  const g = scenario.enrollment.growth;
  const own = Object.hasOwn(scenario.enrollment.schools, school.id) ? scenario.enrollment.schools[school.id] : undefined;
  return own ?? (school.location ? g[school.location] : undefined) ?? g.default;
}

/** A school's students per plan year, with a multi-part school's junior (and senior) part at its base-data ratio. */
export function withJuniorSplit(school: School, students: number[]): SchoolEnrollment {
  const entry: SchoolEnrollment = { students };
  if (!MULTI_PART_LEVELS.includes(school.level)) return entry;
  if (school.juniorStudents !== undefined) {
    const ratio = school.juniorStudents / school.students;
    entry.juniorStudents = students.map((p) => Math.min(p, Math.round(p * ratio)));
  }
  if (school.seniorStudents !== undefined) {
    const ratio = school.seniorStudents / school.students;
    entry.seniorStudents = students.map((p, t) => Math.min(p - (entry.juniorStudents?.[t] ?? 0), Math.round(p * ratio)));
  }
  return entry;
}

export function projectEnrollment(county: County, scenario: Scenario): Map<string, SchoolEnrollment> {
  const T = scenario.years.length;
  const out = new Map<string, SchoolEnrollment>();
  for (const school of county.schools) {
    const table = Object.hasOwn(scenario.enrollment.table, school.id) ? scenario.enrollment.table[school.id] : undefined;
    const rate = growthRate(school, scenario);
    const students = Array.from({ length: T }, (_, t) =>
      Math.max(1, table?.[t] ?? Math.round(school.students * (1 + rate) ** (t + 1))));
    out.set(school.id, withJuniorSplit(school, students));
  }
  return out;
}

/** Unknown school ids in the scenario's enrollment settings and projects, as problems to report. */
export function unknownSchoolIds(county: County, scenario: Scenario): string[] {
  const ids = new Set(county.schools.map((s) => s.id));
  const problems: string[] = [];
  for (const id of Object.keys(scenario.enrollment.schools)) if (!ids.has(id)) problems.push(`/enrollment/schools/${id}: no school with id "${id}" in the data`);
  for (const id of Object.keys(scenario.enrollment.table)) if (!ids.has(id)) problems.push(`/enrollment/table/${id}: no school with id "${id}" in the data`);
  for (const id of Object.keys(scenario.uncertainty?.schools ?? {})) if (!ids.has(id)) problems.push(`/uncertainty/schools/${id}: no school with id "${id}" in the data`);
  scenario.construction.projects.forEach((p, i) => {
    if (!ids.has(p.school)) problems.push(`/construction/projects/${i}/school: no school with id "${p.school}" in the data`);
  });
  return problems;
}
