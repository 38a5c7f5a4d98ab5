/**
 * The data year: the county as imported, before any action, judged the way the plan years are. Charts over
 * years start here (the base), then show the plan years; its schools total is the data's count of evaluated
 * schools, which the plan years' counts differ from when schools leave or enter the evaluation.
 */
import type { County, EvaluatedLevel } from '../county/types.ts';
import { evaluateCounty, EvaluationError } from '../indicators/evaluate.ts';
import type { Evaluation } from '../indicators/types.ts';
import type { Standard } from '../standards/types.ts';

export interface BaseYear {
  /** The year the data describes: the year before the first plan year. */
  year: number;
  /** Difference coefficient per level and indicator (the standard's indicators, as in the plan years). */
  cv: Record<EvaluatedLevel, Record<string, number>>;
  /** Schools passing the school rule (0 where the standard has none), out of schoolsTotal evaluated. */
  schoolsPassing: number;
  schoolsTotal: number;
  /** Schools in the data that are not evaluated (small teaching points, special and vocational schools). */
  schoolsExcluded: number;
  /** Lowest value/standard over all evaluated schools and indicators. */
  floor: number;
  countyPasses: boolean;
}

/** The data year's figures, or undefined when the county cannot be evaluated under the standard (the solve then says why). */
export function baseYear(county: County, standard: Standard, firstPlanYear: number): BaseYear | undefined {
  let evaluation;
  try {
    evaluation = evaluateCounty(county, standard);
  } catch (e) {
    if (e instanceof EvaluationError) return undefined;
    throw e;
  }
  return baseFromEvaluation(evaluation, standard, firstPlanYear);
}

/** The data year's figures from an evaluation of the data under the plan's standard (also for runs stored without a base). */
export function baseFromEvaluation(evaluation: Evaluation, standard: Pick<Standard, 'indicators'>, firstPlanYear: number): BaseYear {
  const keys = standard.indicators.map((i) => i.key);
  const cv: BaseYear['cv'] = { primary: {}, junior: {} };
  for (const level of ['primary', 'junior'] as const) {
    if (evaluation.levels[level].schools === 0) continue;
    for (const key of keys) {
      const v = evaluation.levels[level].cv[key];
      if (v !== undefined && Number.isFinite(v)) cv[level][key] = v;
    }
  }
  const ratios = evaluation.schools.filter((s) => !s.excluded)
    .flatMap((s) => keys.map((k) => s.ratios[k]).filter((r): r is number => typeof r === 'number' && Number.isFinite(r)));
  return {
    year: firstPlanYear - 1, cv,
    schoolsPassing: evaluation.county.schoolsPassing ?? 0,
    schoolsTotal: evaluation.county.schoolsTotal,
    schoolsExcluded: evaluation.county.schoolsExcluded,
    floor: ratios.length > 0 ? Math.min(...ratios) : 1,
    countyPasses: evaluation.county.passes,
  };
}
