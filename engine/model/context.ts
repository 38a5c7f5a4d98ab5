/** Everything the constraint families share: data per school part and year, columns, expressions. */
import type { County, EvaluatedLevel, School } from '../county/types.ts';
import { indicatorValue, partAmount, partShare, schoolParts } from '../indicators/parts.ts';
import { plannedSchools } from '../plan/planned-schools.ts';
import type { SchoolEnrollment } from '../scenario/enrollment.ts';
import type { Scenario } from '../scenario/resolve.ts';
import { LpBuilder } from '../solve/builder.ts';
import type { IndicatorDef, Standard } from '../standards/types.ts';
import type { RotationCategory, TeacherCategory } from '../plan/types.ts';
import type { LinExpr } from './linear.ts';
import type { Note } from './note.ts';

/** Money rows and equipment columns are in 万元 (10,000 yuan) to keep coefficients moderate. */
export const MONEY_UNIT = 10_000;
/** yuan per unit of an equipment column: equipment is bought in steps of 100 yuan (whole steps in integer plans). */
export const EQUIPMENT_UNIT = 100;

export interface ModelPart {
  school: number; // index into ctx.schools
  level: EvaluatedLevel;
  /** Per plan year: students of this part; share of whole-school additions it gets (teachers / facilities). */
  students: number[];
  teacherShare: number[];
  facilityShare: number[];
  /** Per plan year: the evaluation includes the school (a teaching point may drop below 50 students). */
  included: boolean[];
  /** Per indicator key, per plan year: amount before any decision. */
  base: Record<string, number[]>;
}

/** Rows that may block feasibility, with what they mean to a planner (for the infeasibility explanation). */
export interface FamilyRow {
  row: number;
  family: string;
  year?: number;
  schoolId?: string;
  /** Unit of the row and which side an elastic slack relaxes. */
  unit: 'wan-yuan' | 'teachers' | 'schools' | 'm2' | 'ratio';
  side: 'lb' | 'ub';
}

/** Column indices per school (or project) and plan year; -1 where the decision does not exist. */
export interface DecisionColumns {
  teachingArea: number[][]; // m² (whole m² in integer plans)
  sportsArea: number[][]; // m² (whole m² in integer plans)
  equipment: number[][]; // EQUIPMENT_UNIT (100 yuan)
  multimediaRooms: number[][]; // rooms
  hire: Record<TeacherCategory, number[][]>; // teachers
  upgrade: number[][]; // teachers
  out: Record<RotationCategory, number[][]>; // teachers leaving in year t
  in: Record<RotationCategory, number[][]>; // teachers arriving in year t
  project: number[][]; // [project][t], 1 = started in year t
  carry: number[]; // 万元 unspent at the end of year t
  /** Standard classrooms started, music and art rooms fitted (rooms); all -1 unless the scenario plans them. */
  classrooms: number[][];
  musicRooms: number[][];
  artRooms: number[][];
}

export interface ModelContext {
  county: County;
  scenario: Scenario;
  standard: Standard;
  T: number;
  schools: School[];
  enrollment: Map<string, SchoolEnrollment>;
  parts: ModelPart[];
  /** Schools the evaluation includes in plan year t. */
  includedSchools: (t: number) => number[];
  /** Indicators with a threshold for the level, per part: those the school rule and objectives use. */
  judged: (part: ModelPart) => IndicatorDef[];
  b: LpBuilder;
  /** amount[part][indicatorKey][t]: whole natural units (persons, m², yuan, rooms). */
  amount: Record<string, LinExpr[]>[];
  /** spend[t][category]: in 万元. */
  spend: Record<string, LinExpr>[];
  families: FamilyRow[];
  cols: DecisionColumns;
  /**
   * Target binaries when the scenario sets targets: per part and year the pass column (the school's, -1 when
   * not included), and relax per indicator that may be left below standard (absent: no binary needed).
   */
  passColumns?: { part: number[][]; relax: Record<string, number>[][]; school: number[][] };
  /** Columns that must be whole numbers when scenario.integer. */
  integerColumns: Set<number>;
  /** The report's notes the model adds (both languages, note.ts), in order. */
  notes: Note[];
}

function snapshot(school: School, e: SchoolEnrollment, t: number): School {
  const s: School = { ...school, students: e.students[t]! };
  if (e.juniorStudents) s.juniorStudents = e.juniorStudents[t]!;
  if (e.seniorStudents) s.seniorStudents = e.seniorStudents[t]!;
  return s;
}

/**
 * `enrollment`: what the plan is made for, per school and plan year; it must cover every school (the
 * optimize layer passes the projection, or a robust scenario's quantile enrollment). `notes` start the
 * model's notes (e.g. how that enrollment was chosen).
 */
export function createContext(county: County, scenario: Scenario, standard: Standard, enrollment: Map<string, SchoolEnrollment>, notes: readonly Note[] = []): ModelContext {
  const T = scenario.years.length;
  const planned = plannedSchools(county, scenario, standard);
  const schools = planned.map((p) => p.school);
  const parts: ModelPart[] = [];
  schools.forEach((school, si) => {
    const e = enrollment.get(school.id)!;
    const yearly = Array.from({ length: T }, (_, t) => snapshot(school, e, t));
    for (const level of schoolParts(yearly[0]!).map((p) => p.level)) {
      const part: ModelPart = { school: si, level, students: [], teacherShare: [], facilityShare: [], included: planned[si]!.includedIn, base: {} };
      for (let t = 0; t < T; t++) {
        const sp = schoolParts(yearly[t]!).find((p) => p.level === level)!;
        part.students.push(sp.students);
        part.teacherShare.push(partShare(yearly[t]!, sp, 'teachers', standard));
        part.facilityShare.push(partShare(yearly[t]!, sp, 'facilities', standard));
        for (const ind of standard.indicators) {
          (part.base[ind.key] ??= []).push(partAmount(yearly[t]!, sp, ind, standard).amount);
        }
      }
      parts.push(part);
    }
  });
  return {
    county, scenario, standard, T, schools, enrollment, parts,
    includedSchools: (t) => planned.flatMap((p, i) => (p.includedIn[t] ? [i] : [])),
    judged: (part) => standard.indicators.filter((i) => i.threshold[part.level] !== null),
    b: new LpBuilder('min', scenario.name),
    amount: [], spend: [], families: [], integerColumns: new Set(), notes: [...notes],
    cols: emptyColumns(),
  };
}

/** Amount a part needs of an indicator in year t to meet the threshold (natural units). */
export function required(ctx: ModelContext, part: ModelPart, ind: IndicatorDef, t: number): number {
  const thr = ind.threshold[part.level] ?? 0;
  return (thr * part.students[t]!) / ind.per;
}

/** Indicator value of a part in year t for a given amount. */
export function valueOf(part: ModelPart, ind: IndicatorDef, t: number, amount: number): number {
  return indicatorValue(amount, part.students[t]!, ind.per);
}

function emptyColumns(): DecisionColumns {
  return {
    teachingArea: [], sportsArea: [], equipment: [], multimediaRooms: [],
    hire: { general: [], peArt: [], backbone: [] }, upgrade: [],
    out: { general: [], backbone: [] }, in: { general: [], backbone: [] }, project: [], carry: [],
    classrooms: [], musicRooms: [], artRooms: [],
  };
}
