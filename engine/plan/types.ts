/** A decoded plan and the result of solving a scenario (the shape of `junheng solve --json`). */
import type { SolveStatus } from '../solve/model.ts';

export type TeacherCategory = 'general' | 'peArt' | 'backbone';
export type RotationCategory = 'general' | 'backbone';
export type SpendCategory = 'construction' | 'equipment' | 'multimedia' | 'hiring' | 'upgrades' | 'rotation';
export const SPEND_CATEGORIES: readonly SpendCategory[] = ['construction', 'equipment', 'multimedia', 'hiring', 'upgrades', 'rotation'];

export type ActionKind =
  | 'teachingArea' // m², by the m²; serves from year + leadYears
  | 'sportsArea' // m², by the m²; serves from year + leadYears
  | 'project' // a candidate project built; serves from year + leadYears
  | 'equipment' // yuan of teaching equipment, serves the same year
  | 'multimediaRooms' // rooms fitted, serve the same year
  | 'hire' // new teachers, serve from the same year, paid every year after
  | 'degreeUpgrade'; // serving teachers upgraded to the required degree, count the same year

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
  /** yuan spent in `year` on this action (a hire also costs every later year; see years[].spend). */
  cost: number;
  /** First plan year in which it counts. */
  servesFrom: number;
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
}

export interface Plan {
  scenario: string;
  years: number[];
  actions: PlanAction[];
  rotations: Rotation[];
}

export interface YearSummary {
  year: number;
  /** yuan allotted this year, and available including carry-over. */
  budget: number;
  available: number;
  spend: Record<SpendCategory, number> & { total: number };
  cv: { primary: Record<string, number>; junior: Record<string, number> };
  schoolsPassing: number;
  schoolsTotal: number;
  /** Lowest value/standard over all included schools and indicators. */
  floor: number;
  countyPasses: boolean;
}

export interface Infeasibility {
  /** Planners' sentences, most important first. */
  messages: { zh: string; en: string }[];
  blocking: { family: string; constraint: string; year?: number; shortBy: number; unit: string }[];
}

export interface ShadowPrice {
  year: number;
  /** Change in the objective for one more million yuan in that year (objective units). */
  perMillion: number;
  /** LP dual; for integer plans the dual with the integer decisions fixed at the plan's values. */
  method: 'dual' | 'dual-fixed-integers';
  message: { zh: string; en: string };
}

export interface SolveReport {
  status: SolveStatus;
  /** How the plan was obtained: proven MIP/LP optimum, incumbent at the time limit, or LP rounded and repaired. */
  method: 'lp' | 'mip' | 'mip-incumbent' | 'lp-round-repair' | 'none';
  scenario: string;
  objective: { kind: string; value: number | null; unit: string; bound?: number };
  /** Relative gap of the delivered plan's objective to the proven bound (integer plans; 0 for an LP optimum). */
  mipGap?: number;
  /** "optimal" only when mipGap ≤ 1e-6, else "within X % of optimal" (zh and en). */
  optimality?: { optimal: boolean; zh: string; en: string };
  years: YearSummary[];
  actions: PlanAction[];
  rotations: Rotation[];
  /** How rotations were paired (distance source). */
  pairing: { method: 'coordinates' | 'id-order'; note: string; noteZh: string };
  shadowPrices: ShadowPrice[];
  infeasibility?: Infeasibility;
  model: { rows: number; columns: number; integers: number; buildSeconds: number; solveSeconds: number; solver: string; cutRounds?: number };
  /** Indicator values per school part and year as the LP computed them (for checking against the simulator). */
  values: { year: number; schoolId: string; level: 'primary' | 'junior'; values: Record<string, number> }[];
  notes: string[];
}
