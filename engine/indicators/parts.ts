/**
 * A school as the evaluation sees it: one part per compulsory level it teaches. A nine-year school has a
 * primary and a junior part; a 完全中学 only its junior part; a 十二年一贯制 school a primary and a junior
 * part (its senior part is never evaluated but keeps its share of the facilities). Teachers split by who
 * teaches where (or by students), facilities by weighted students (see standards/school-types.ts).
 */
import type { EvaluatedLevel, School } from '../county/types.ts';
import { DEFAULT_SCHOOL_TYPE_SPLIT } from '../standards/school-types.ts';
import type { IndicatorDef, PartWeights, Standard } from '../standards/types.ts';

export interface SchoolPart {
  level: EvaluatedLevel;
  students: number;
  classes: number;
  /** The part's classes are estimated from the whole school's by students (the data gives no junior classes). */
  classesEstimated?: boolean;
}

/** Students per level, the three adding up to the whole school. */
export function headcounts(school: School): PartWeights {
  const n = school.students;
  switch (school.level) {
    case 'primary': return { primary: n, junior: 0, senior: 0 };
    case 'junior': return { primary: 0, junior: n, senior: 0 };
    case 'nine-year': {
      const junior = Math.min(school.juniorStudents ?? 0, n);
      return { primary: n - junior, junior, senior: 0 };
    }
    case 'complete-secondary': {
      const junior = Math.min(school.juniorStudents ?? n - (school.seniorStudents ?? 0), n);
      return { primary: 0, junior, senior: n - junior };
    }
    case 'twelve-year': {
      const junior = Math.min(school.juniorStudents ?? 0, n);
      const senior = Math.min(school.seniorStudents ?? 0, n - junior);
      return { primary: n - junior - senior, junior, senior };
    }
  }
}

function facilityWeights(school: School, standard: Standard): PartWeights {
  if (school.level === 'complete-secondary' || school.level === 'twelve-year') {
    return (standard.schoolTypeSplit ?? DEFAULT_SCHOOL_TYPE_SPLIT)[school.level];
  }
  return { primary: 1, junior: standard.nineYearSplit.juniorFacilityWeight, senior: 0 };
}

export function schoolParts(school: School): SchoolPart[] {
  if (school.level === 'primary' || school.level === 'junior') {
    return [{ level: school.level, students: school.students, classes: school.classes }];
  }
  const n = headcounts(school);
  const byStudents = (students: number) => Math.round((school.classes * students) / school.students);
  const juniorGiven = school.juniorClasses !== undefined;
  const juniorClasses = school.juniorClasses ?? byStudents(n.junior);
  let primaryClasses = byStudents(n.primary);
  if (school.level === 'nine-year') primaryClasses = school.classes - juniorClasses;
  else if (juniorGiven && n.primary + n.senior > 0) {
    primaryClasses = Math.round(((school.classes - juniorClasses) * n.primary) / (n.primary + n.senior));
  }
  const estimated = juniorGiven ? {} : { classesEstimated: true };
  const parts: SchoolPart[] = [];
  if (n.primary > 0) parts.push({ level: 'primary', students: n.primary, classes: primaryClasses, ...estimated });
  if (n.junior > 0) parts.push({ level: 'junior', students: n.junior, classes: juniorClasses, ...estimated });
  return parts;
}

/** Fraction of a whole-school resource that one part gets; 1 for single-level schools. */
export function partShare(school: School, part: SchoolPart, split: IndicatorDef['split'], standard: Standard): number {
  if (school.level === 'primary' || school.level === 'junior') return 1;
  if (split === 'teachers') return part.students / school.students;
  const n = headcounts(school);
  const w = facilityWeights(school, standard);
  const weighted = w.primary * n.primary + w.junior * n.junior + w.senior * n.senior;
  return (w[part.level] * n[part.level]) / weighted;
}

/**
 * Amount of the indicator's resource that the part holds, and how much of each extra whole-school
 * unit would reach it (the share). Explicit junior teacher counts of a multi-part school are used as
 * given; the rest of the teachers go to the primary part (shared with the senior part by students).
 */
export function partAmount(school: School, part: SchoolPart, ind: IndicatorDef, standard: Standard): { amount: number; share: number } {
  const total = school.resources[ind.resource] ?? NaN;
  if (school.level !== 'primary' && school.level !== 'junior' && ind.split === 'teachers') {
    const key = ind.resource as keyof NonNullable<School['juniorResources']>;
    const juniorGiven = school.juniorResources?.[key];
    if (juniorGiven !== undefined) {
      if (part.level === 'junior') return { amount: juniorGiven, share: 1 };
      const n = headcounts(school);
      const share = n.primary / (n.primary + n.senior);
      return { amount: (total - juniorGiven) * share, share };
    }
  }
  const share = partShare(school, part, ind.split, standard);
  return { amount: total * share, share };
}

/** Indicator value: amount per student, or per 100 students. */
export function indicatorValue(amount: number, students: number, per: 1 | 100): number {
  return (amount / students) * per;
}
