/** A standard set (national or provincial) as data: indicators, thresholds, limits and rules. */
import type { EvaluatedLevel, ResourceKey, SchoolKind } from '../county/types.ts';
import type { GuaranteeConditions } from './guarantee-2017.ts';

export interface Text {
  zh: string;
  en: string;
}

export interface IndicatorDef {
  key: string;
  name: Text;
  /** Column label for tables. */
  short: Text;
  unit: Text;
  /** The resource counted in the numerator. */
  resource: ResourceKey;
  /** 1: per student; 100: per 100 students. */
  per: 1 | 100;
  /** How a nine-year school's resource is split between its primary and junior parts. */
  split: 'teachers' | 'facilities';
  /** Minimum value per level; null where the standard sets none (county CV only). */
  threshold: Record<EvaluatedLevel, number | null>;
  /** What a school must add, `{n}` replaced by the whole-school amount. */
  gapText: Text;
}

/**
 * An indicator a province defines by formula over the county's columns (`addIndicators` in a variant file).
 * Its value per school part is the formula with the part's students and classes and its share of each column.
 */
export interface FormulaIndicatorDef {
  key: string;
  name: Text;
  short: Text;
  unit: Text;
  /** e.g. "computers / students * 100"; variables: see FORMULA_VARIABLES and the county's extra columns. */
  formula: string;
  threshold: Record<EvaluatedLevel, number | null>;
  /** How a multi-part school's extra columns split between its parts; default 'facilities'. */
  split: 'teachers' | 'facilities';
  /** The indicator's coefficient counts in the county rule (default false: reported only). */
  inCoefficients: boolean;
  /** The indicator counts in the school rule (default false: reported only). */
  inSchoolRule: boolean;
}

export interface SchoolRule {
  /** A school passes when it meets at least this many thresholds… */
  minMet: number;
  /** …and every other indicator is at least this share of its threshold. */
  otherMinRatio: number;
}

export interface Standard {
  id: string;
  name: Text;
  /** Where the numbers come from. */
  source: string;
  indicators: IndicatorDef[];
  /** Indicators defined by formula (provincial variants); evaluated only, never planned for. */
  formulaIndicators?: FormulaIndicatorDef[];
  /** Limit on the student-weighted difference coefficient, per level. */
  cvLimit: Record<EvaluatedLevel, number>;
  /** 'each': every indicator's coefficient within the limit; 'composite': their average within the limit. */
  cvRule: 'each' | 'composite';
  schoolRule: SchoolRule | null;
  exclusions: {
    /** Teaching points (教学点) with fewer students than this are left out. */
    teachingPointMinStudents: number;
    kinds: SchoolKind[];
  };
  nineYearSplit: {
    /** Facilities split by weighted students, primary : junior = 1 : this. */
    juniorFacilityWeight: number;
  };
  /** Facility weights per student for 完全中学 and 十二年一贯制 (see school-types.ts); default DEFAULT_SCHOOL_TYPE_SPLIT. */
  /**
   * The provincial school basic standard (办学基本标准) of the 2012 evaluation: per indicator, the value every
   * school must reach (null: not judged). A county passes only when every evaluated school meets all of them.
   */
  basicStandard?: { source: string; thresholds: Record<string, Record<EvaluatedLevel, number | null>> };
  /** School-by-school government-guarantee conditions (class size, school size, music and art rooms); none when absent. */
  conditions?: GuaranteeConditions;
  schoolTypeSplit?: Record<'complete-secondary' | 'twelve-year', PartWeights>;
}

/** Weight of one student of each level when a school's facilities are split between its parts. */
export interface PartWeights {
  primary: number;
  junior: number;
  senior: number;
}
