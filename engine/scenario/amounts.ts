/**
 * Scenario amounts written as expressions: money units 元, 千, 万, 亿 (also 万元, 亿元) and, in the yearly
 * budget only, `year` (0 in the first plan year, 1 in the next…) and `calendarYear` (e.g. 2026). Parsed by
 * the restricted formula parser of standards/formula.ts: no assignment, function definition or import.
 */
import { compileFormula, FormulaError } from '../standards/formula.ts';

export type Problems = { path: string; message: string }[];

/** yuan; the schema's ceiling for any amount. */
const MAX_YUAN = 1e13;

export const BUDGET_VARIABLES = ['year', 'calendarYear'] as const;

/**
 * The amount in yuan, or NaN with a problem at `path`. `scope` gives the variables allowed here (none for costs,
 * which are one number for the whole plan).
 */
export function amount(value: number | string, path: string, scope: Readonly<Record<string, number>>, problems: Problems): number {
  if (typeof value === 'number') return value;
  try {
    const v = compileFormula(value, path, Object.keys(scope), { units: true, describe: Object.keys(scope).join(', ') || 'none here: costs are one number for the whole plan; use `year` in budget.perYear' }).evaluate(scope);
    if (!Number.isFinite(v) || v < 0 || v > MAX_YUAN) {
      problems.push({ path, message: `"${value}" gives ${v} yuan; an amount must be between 0 and ${MAX_YUAN}` });
      return NaN;
    }
    return v;
  } catch (e) {
    if (!(e instanceof FormulaError)) throw e;
    problems.push({ path, message: `"${value}": ${e.reason} (character ${e.position})` });
    return NaN;
  }
}

/** The yearly budget: one value (number or expression in `year`) for every year, or one per year. */
export function budgetPerYear(value: number | string | (number | string)[], years: readonly number[], path: string, problems: Problems): number[] {
  const T = years.length;
  const scope = (t: number) => ({ year: t, calendarYear: years[t]! });
  if (!Array.isArray(value)) return years.map((_, t) => amount(value, path, scope(t), problems));
  if (value.length !== T) problems.push({ path, message: `has ${value.length} values for ${T} plan years` });
  return years.map((_, t) => amount(value[t] ?? value[value.length - 1]!, `${path}/${Math.min(t, value.length - 1)}`, scope(t), problems));
}

/** Every cost of the file, in yuan (expressions evaluated without variables). */
export function costAmounts<K extends string>(costs: Partial<Record<K, number | string>>, path: string, problems: Problems): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const [k, v] of Object.entries(costs) as [K, number | string | undefined][]) {
    if (v !== undefined) out[k] = amount(v, `${path}/${k}`, {}, problems);
  }
  return out;
}
