/** The result of solving a scenario: the shape of `junheng solve --json` and of a stored run. */
import type { Note } from '../model/note.ts';
import type { SolveStatus } from '../solve/model.ts';
import type { BaseYear } from '../plan/base-year.ts';
import type { EvaluationChange } from '../plan/evaluation-changes.ts';
import type { PlanAction, Rotation, SpendCategory } from '../plan/types.ts';

export interface YearSummary {
  year: number;
  /** yuan allotted this year, and available including carry-over. */
  budget: number;
  available: number;
  /** yuan taken first for operating funds (or their training share); absent when the scenario commits nothing. */
  committed?: number;
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
  /** false: the plan leaves this year's money unspent, so the price is 0 (the message says why). */
  binding?: boolean;
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
  /** The data year (first plan year − 1) as imported, before any action: where charts over years start. */
  base?: BaseYear;
  years: YearSummary[];
  actions: PlanAction[];
  rotations: Rotation[];
  /** How rotations were paired (distance source). */
  pairing: { method: 'coordinates' | 'id-order'; note: string; noteZh: string };
  shadowPrices: ShadowPrice[];
  /** Schools leaving or entering the evaluation over the plan, with the reason: why schoolsTotal changes. */
  evaluationChanges?: EvaluationChange[];
  infeasibility?: Infeasibility;
  model: { rows: number; columns: number; integers: number; buildSeconds: number; solveSeconds: number; solver: string; cutRounds?: number };
  /** Indicator values per school part and year as the LP computed them (for checking against the simulator). */
  values: { year: number; schoolId: string; level: 'primary' | 'junior'; values: Record<string, number> }[];
  /** What the planner should know about the model and the solve, in English (what programs and stored runs read). */
  notes: string[];
  /**
   * The same notes in Chinese: same length and order as `notes`. Absent from reports stored before it
   * existed: read both with reportNotes, which falls back to the English.
   */
  notesZh?: string[];
}

/** The report's notes in both languages; the English stands in for the Chinese where a report has none (stored before notesZh). */
export function reportNotes(report: Pick<SolveReport, 'notes' | 'notesZh'>): Note[] {
  const zh = report.notesZh?.length === report.notes.length ? report.notesZh : undefined;
  return report.notes.map((en, i) => ({ zh: zh?.[i] ?? en, en }));
}

/** The report's two note fields for `notes`, in step. */
export function noteFields(notes: readonly Note[]): Pick<SolveReport, 'notes' | 'notesZh'> {
  return { notes: notes.map((n) => n.en), notesZh: notes.map((n) => n.zh) };
}

/** Appends a note to both languages' lists. */
export function addNote(report: SolveReport, note: Note): void {
  Object.assign(report, noteFields([...reportNotes(report), note]));
}

/**
 * A report without a plan, status 'error': what a solve starts from (and fills in), and what stands for
 * a sweep point that failed. `model` defaults to an empty model, `notes` to none.
 */
export function reportWithoutPlan(scenario: string, objectiveKind: string, model?: SolveReport['model'], notes: readonly Note[] = []): SolveReport {
  return {
    status: 'error', method: 'none', scenario,
    objective: { kind: objectiveKind, value: null, unit: '' },
    years: [], actions: [], rotations: [], pairing: { method: 'coordinates', note: '', noteZh: '' }, shadowPrices: [],
    model: model ?? { rows: 0, columns: 0, integers: 0, buildSeconds: 0, solveSeconds: 0, solver: '' },
    values: [], ...noteFields(notes),
  };
}
