/**
 * What a plan is: its actions and rotations, in the domain's words, with the category lists every
 * layer above iterates over. The result of solving a scenario (SolveReport) lives in engine/optimize.
 */

export type TeacherCategory = 'general' | 'peArt' | 'backbone';
export const TEACHER_CATEGORIES: readonly TeacherCategory[] = ['general', 'peArt', 'backbone'];
export type RotationCategory = 'general' | 'backbone';
export const ROTATION_CATEGORIES: readonly RotationCategory[] = ['general', 'backbone'];
export type SpendCategory = 'construction' | 'equipment' | 'multimedia' | 'hiring' | 'upgrades' | 'rotation';
export const SPEND_CATEGORIES: readonly SpendCategory[] = ['construction', 'equipment', 'multimedia', 'hiring', 'upgrades', 'rotation'];

export type ActionKind =
  | 'teachingArea' // m², by the m²; serves from year + leadYears
  | 'sportsArea' // m², by the m²; serves from year + leadYears
  | 'project' // a candidate project built; serves from year + leadYears
  | 'equipment' // yuan of teaching equipment, serves the same year
  | 'multimediaRooms' // rooms fitted, serve the same year
  | 'hire' // new teachers, serve from the same year, paid every year after
  | 'degreeUpgrade' // serving teachers upgraded to the required degree, count the same year
  | 'classrooms' // standard classrooms (标准教室): each adds a class and its area; serve from year + leadYears
  | 'musicRooms' // music rooms fitted, serve the same year
  | 'artRooms'; // art rooms fitted, serve the same year

export interface PlanAction {
  year: number;
  schoolId: string;
  schoolName: string;
  kind: ActionKind;
  category?: TeacherCategory;
  projectId?: string;
  projectKind?: 'teaching' | 'sports';
  /** m², yuan, rooms or teachers. */
  amount: number;
  unit: 'm2' | 'yuan' | 'rooms' | 'teachers';
  /** yuan spent in `year` on this action (a hire also costs every later year: see costByYear). */
  cost: number;
  /** First plan year in which it counts. */
  servesFrom: number;
  /** The cost ledger (engine/optimize/ledger.ts): yuan in each plan year; set on solved plans. */
  costByYear?: Record<number, number>;
}

/** Teachers rotating from one school to another, from `year` for `termYears` years. */
export interface Rotation {
  year: number;
  from: string;
  to: string;
  category: RotationCategory;
  teachers: number;
  untilYear: number;
  distanceKm: number | null;
  /** The cost ledger: the subsidy in each plan year away (yuan); set on solved plans. */
  costByYear?: Record<number, number>;
}

export interface Plan {
  scenario: string;
  years: number[];
  actions: PlanAction[];
  rotations: Rotation[];
}
