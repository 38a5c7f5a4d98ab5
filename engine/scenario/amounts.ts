/**
 * Scenario amounts written as expressions: money units 元, 千, 万, 亿 (also 千元, 万元, 亿元) and two variables,
 * in every cost and budget field:
 * - `year`: years since the data year. The county file describes the year before the first plan year (the
 *   enrollment projection grows it once to reach the first plan year), so the first plan year is `year` = 1, the
 *   next 2… and "2800 * 1.05^year" reads as "2,800 yuan in the data year, 5 % more each year": 2,940 in the
 *   first plan year.
 * - `calendarYear`: the plan year itself, e.g. 2026.
 * Parsed by the restricted formula parser of standards/formula.ts: no assignment, function definition or import.
 */
import { compileFormula, FormulaError, type Formula } from '../standards/formula.ts';

export type Problems = { path: string; message: string }[];

/** yuan; the schema's ceiling for any amount. */
const MAX_YUAN = 1e13;

export const AMOUNT_VARIABLES = ['year', 'calendarYear'] as const;

/** The variables of plan year index t (0 = first plan year): `year` counts from the data year, one before the first plan year. */
export function amountScope(years: readonly number[], t: number): Record<(typeof AMOUNT_VARIABLES)[number], number> {
  return { year: t + 1, calendarYear: years[t]! };
}

function compile(value: string, path: string, problems: Problems): Formula | null {
  try {
    return compileFormula(value, path, AMOUNT_VARIABLES, { units: true, describe: `${AMOUNT_VARIABLES.join(', ')} (year = 1 in the first plan year)` });
  } catch (e) {
    if (!(e instanceof FormulaError)) throw e;
    problems.push({ path, message: `"${value}": ${e.reason} (character ${e.position})` });
    return null;
  }
}

/**
 * The amount in yuan in each plan year, or NaN with one problem at `path` (the first year out of range is named:
 * an expression such as "100 - 60 * year" may turn negative only later).
 */
export function amountByYear(
  value: number | string, path: string, years: readonly number[], problems: Problems, applies: (t: number) => boolean = () => true,
): number[] {
  if (typeof value === 'number') return years.map(() => value);
  const formula = compile(value, path, problems);
  if (!formula) return years.map(() => NaN);
  const out = years.map((_, t) => formula.evaluate(amountScope(years, t)));
  const bad = out.findIndex((v, t) => applies(t) && (!Number.isFinite(v) || v < 0 || v > MAX_YUAN));
  if (bad >= 0) {
    problems.push({ path, message: `"${value}" gives ${out[bad]} yuan in ${years[bad]} (year = ${bad + 1}); an amount must be between 0 and ${MAX_YUAN}` });
    return years.map(() => NaN);
  }
  return out;
}

/** The yearly budget: one value (number or expression in `year`) for every year, or one per year. */
export function budgetPerYear(value: number | string | (number | string)[], years: readonly number[], path: string, problems: Problems): number[] {
  const T = years.length;
  if (!Array.isArray(value)) return amountByYear(value, path, years, problems);
  if (value.length !== T) problems.push({ path, message: `has ${value.length} values for ${T} plan years` });
  // An expression in a per-year list is evaluated in its own year (the last value repeats for missing years).
  const index = (t: number) => Math.min(t, value.length - 1);
  const each = value.map((v, i) => amountByYear(v, `${path}/${i}`, years, problems, (t) => index(t) === i));
  return years.map((_, t) => each[index(t)]![t]!);
}

/** Every cost of the file per plan year, in yuan (key → one value per plan year). */
export function costAmountsByYear<K extends string>(costs: Partial<Record<K, number | string>>, path: string, years: readonly number[], problems: Problems): Partial<Record<K, number[]>> {
  const out: Partial<Record<K, number[]>> = {};
  for (const [k, v] of Object.entries(costs) as [K, number | string | undefined][]) {
    if (v !== undefined) out[k] = amountByYear(v, `${path}/${k}`, years, problems);
  }
  return out;
}
