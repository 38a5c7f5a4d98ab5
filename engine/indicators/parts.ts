/**
 * A school as the evaluation sees it: one part per level it teaches. A nine-year school has a
 * primary and a junior part; teachers split by who teaches where (or by students), facilities by
 * weighted students (primary : junior = 1 : w).
 */
import type { EvaluatedLevel, School } from '../county/types.ts';
import type { IndicatorDef, Standard } from '../standards/types.ts';

export interface SchoolPart {
  level: EvaluatedLevel;
  students: number;
  classes: number;
}

export function schoolParts(school: School): SchoolPart[] {
  if (school.level === 'primary' || school.level === 'junior') {
    return [{ level: school.level, students: school.students, classes: school.classes }];
  }
  const junior = Math.min(school.juniorStudents ?? 0, school.students);
  const juniorClasses = school.juniorClasses ?? Math.round((school.classes * junior) / school.students);
  const parts: SchoolPart[] = [];
  if (school.students - junior > 0) parts.push({ level: 'primary', students: school.students - junior, classes: school.classes - juniorClasses });
  if (junior > 0) parts.push({ level: 'junior', students: junior, classes: juniorClasses });
  return parts;
}

/** Fraction of a whole-school resource that one part gets; 1 for single-level schools. */
export function partShare(school: School, part: SchoolPart, split: IndicatorDef['split'], standard: Standard): number {
  if (school.level !== 'nine-year') return 1;
  const junior = Math.min(school.juniorStudents ?? 0, school.students);
  const primary = school.students - junior;
  if (split === 'teachers') return part.students / school.students;
  const w = standard.nineYearSplit.juniorFacilityWeight;
  const weighted = primary + w * junior;
  return part.level === 'junior' ? (w * junior) / weighted : primary / weighted;
}

/**
 * Amount of the indicator's resource that the part holds, and how much of each extra whole-school
 * unit would reach it (the share). Explicit junior teacher counts of a nine-year school are used as given.
 */
export function partAmount(school: School, part: SchoolPart, ind: IndicatorDef, standard: Standard): { amount: number; share: number } {
  const total = school.resources[ind.resource] ?? NaN;
  if (school.level === 'nine-year' && ind.split === 'teachers') {
    const key = ind.resource as keyof NonNullable<School['juniorResources']>;
    const juniorGiven = school.juniorResources?.[key];
    if (juniorGiven !== undefined) {
      return { amount: part.level === 'junior' ? juniorGiven : total - juniorGiven, share: 1 };
    }
  }
  const share = partShare(school, part, ind.split, standard);
  return { amount: total * share, share };
}

/** Indicator value: amount per student, or per 100 students. */
export function indicatorValue(amount: number, students: number, per: 1 | 100): number {
  return (amount / students) * per;
}
