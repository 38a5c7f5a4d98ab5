/**
 * Values of a provincial variant's formula indicators (standards/variant.ts `addIndicators`) for one school part:
 * the formula over the part's students and classes and its share of every column (teacher columns split as
 * the built-in teacher indicators, the rest as facilities unless the indicator says 'teachers').
 */
import type { ResourceKey, School } from '../county/types.ts';
import { compileFormula, type Formula } from '../standards/formula.ts';
import { EXTRA_COLUMN_NAME, FORMULA_BUILTIN_VARIABLES, FORMULA_RESOURCE_VARIABLES } from '../standards/formula-variables.ts';
import type { FormulaIndicatorDef, IndicatorDef, Standard } from '../standards/types.ts';
import { readNumber } from '../county/values.ts';
import { partAmount, partShare, type SchoolPart } from './parts.ts';

const TEACHER_RESOURCES: ReadonlySet<string> = new Set(['degreeTeachers', 'backboneTeachers', 'peArtTeachers', 'teachers', 'seniorTitleTeachers']);

export class FormulaValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormulaValueError';
  }
}

/** Compiles each formula against the county's own columns: a variable that is neither built in nor a column is refused. */
export function compileFormulaIndicators(standard: Standard, extraColumns: readonly string[]): Map<string, Formula> {
  const names = new Set([...FORMULA_BUILTIN_VARIABLES, ...extraColumns.filter((c) => EXTRA_COLUMN_NAME.test(c))]);
  const out = new Map<string, Formula>();
  (standard.formulaIndicators ?? []).forEach((ind, i) => {
    out.set(ind.key, compileFormula(ind.formula, `${standard.id}: addIndicators/${i} (${ind.key}) formula`, names));
  });
  return out;
}

function scopeFor(school: School, part: SchoolPart, ind: FormulaIndicatorDef, formula: Formula, standard: Standard): Record<string, number> {
  const scope: Record<string, number> = { students: part.students, classes: part.classes };
  for (const name of formula.variables) {
    if (name === 'students' || name === 'classes') continue;
    if ((FORMULA_RESOURCE_VARIABLES as readonly string[]).includes(name)) {
      const resource = name as ResourceKey;
      if (school.resources[resource] === undefined) throw new FormulaValueError(`${ind.key}: school ${school.id} has no "${name}" column value`);
      const split = TEACHER_RESOURCES.has(name) ? 'teachers' : 'facilities';
      scope[name] = partAmount(school, part, { resource, split } as IndicatorDef, standard).amount;
      continue;
    }
    const cell = readNumber(school.extra[name] ?? '');
    if (cell.kind !== 'number') {
      throw new FormulaValueError(`${ind.key}: school ${school.id} (row ${school.row ?? '?'}) column "${name}" is ${cell.kind === 'empty' ? 'empty' : `not a number: "${school.extra[name]}"`}`);
    }
    scope[name] = cell.value * partShare(school, part, ind.split, standard);
  }
  return scope;
}

/** The indicator's value for one part; NaN or ±∞ (e.g. a division by an empty column) is refused naming the school. */
export function formulaValue(school: School, part: SchoolPart, ind: FormulaIndicatorDef, formula: Formula, standard: Standard): number {
  const value = formula.evaluate(scopeFor(school, part, ind, formula, standard));
  if (!Number.isFinite(value)) throw new FormulaValueError(`${ind.key}: "${ind.formula}" gives ${value} for school ${school.id}`);
  return value;
}
