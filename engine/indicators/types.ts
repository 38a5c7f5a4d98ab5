/** What an evaluation returns (also the shape of `junheng evaluate --json`). */
import type { EvaluatedLevel, Location, SchoolKind, SchoolLevel } from '../county/types.ts';
import type { Text } from '../standards/types.ts';
import type { Condition, CountyCondition } from './conditions.ts';

export interface Gap {
  /** Whole-school amount to add, in the resource's natural unit (persons, m², yuan, rooms), rounded up. */
  amount: number;
  unit: Text;
  message: Text;
}

/** One school part: a single-level school, or the primary or junior part of a nine-year school. */
export interface SchoolEvaluation {
  id: string;
  name: string;
  /** Level this row is evaluated in. */
  level: EvaluatedLevel;
  /** Level of the whole school as given in the data. */
  schoolLevel: SchoolLevel;
  kind?: SchoolKind;
  location?: Location;
  students: number;
  excluded: boolean;
  excludedReason?: Text;
  values: Record<string, number>;
  /** value / threshold, where the standard sets a threshold. */
  ratios: Record<string, number | null>;
  meets: Record<string, boolean | null>;
  metCount: number;
  /** This part passes the school rule; null where the standard has none. */
  passes: boolean | null;
  /** All parts of the school pass. */
  schoolPasses: boolean | null;
  gaps: Record<string, Gap>;
  /** Government-guarantee conditions (class size, school size, music and art rooms); empty when the standard has none. */
  conditions: Condition[];
}

export interface LevelEvaluation {
  schools: number;
  students: number;
  /** County value per indicator: total resource / total students. */
  countyValues: Record<string, number>;
  cv: Record<string, number>;
  /** For contrast only; the evaluation uses the weighted coefficient. */
  unweightedCv: Record<string, number>;
  cvLimit: number;
  /** Average of the indicator coefficients (综合差异系数); null with no schools. */
  composite: number | null;
  passes: boolean;
  /** Indicators whose coefficient is over the limit ('each' rule), or all of them when the composite fails. */
  failing: string[];
}

export interface Evaluation {
  source: string;
  standard: { id: string; name: Text; source: string; cvRule: 'each' | 'composite' };
  /** Built-in indicators, then formula indicators (with their formula and whether they count in the verdict). */
  indicators: {
    key: string; name: Text; unit: Text; threshold: Record<EvaluatedLevel, number | null>;
    formula?: string; inCoefficients?: boolean; inSchoolRule?: boolean;
  }[];
  levels: Record<EvaluatedLevel, LevelEvaluation>;
  schools: SchoolEvaluation[];
  county: {
    passes: boolean;
    /** null where the standard has no per-school rule (basic-2012). */
    schoolsPassing: number | null;
    schoolsTotal: number;
    schoolsExcluded: number;
    levelsPassing: boolean;
    /** County totals of the conditions (classSize with seats short, schoolSize, musicRooms, artRooms). */
    conditions: CountyCondition[];
    /** No judged condition fails; part of `passes`. */
    conditionsMet: boolean;
  };
}
