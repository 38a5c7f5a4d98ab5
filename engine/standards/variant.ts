/** Provincial variants as data files: a full standard, or `extends` a built-in one and overrides parts. */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { DEFAULT_SCHOOL_TYPE_SPLIT } from './school-types.ts';
import { compileFormula, FormulaError } from './formula.ts';
import { FORMULA_VARIABLES_TEXT, isFormulaVariableName } from './formula-variables.ts';
import type { FormulaIndicatorDef, IndicatorDef, Standard } from './types.ts';

const TextSchema = Type.Object({ zh: Type.String(), en: Type.String() }, { additionalProperties: false });
const Level = <T extends ReturnType<typeof Type.Number>>(t: T) =>
  Type.Object({ primary: Type.Optional(t), junior: Type.Optional(t) }, { additionalProperties: false });
const ThresholdValue = Type.Union([Type.Number({ minimum: 0 }), Type.Null()]);

const PartWeightsSchema = Type.Object({
  primary: Type.Number({ minimum: 0 }), junior: Type.Number({ exclusiveMinimum: 0 }), senior: Type.Number({ minimum: 0 }),
}, { additionalProperties: false });

const IndicatorSchema = Type.Object({
  key: Type.String({ minLength: 1 }),
  name: TextSchema,
  short: TextSchema,
  unit: TextSchema,
  resource: Type.Union(
    ['degreeTeachers', 'backboneTeachers', 'peArtTeachers', 'teachingArea', 'sportsArea', 'equipmentValue',
      'multimediaRooms', 'teachers', 'seniorTitleTeachers', 'computers', 'books', 'musicRooms', 'artRooms']
      .map((k) => Type.Literal(k)),
  ),
  per: Type.Union([Type.Literal(1), Type.Literal(100)]),
  split: Type.Union([Type.Literal('teachers'), Type.Literal('facilities')]),
  threshold: Type.Object({ primary: ThresholdValue, junior: ThresholdValue }, { additionalProperties: false }),
  gapText: TextSchema,
}, { additionalProperties: false });

const FormulaIndicatorSchema = Type.Object({
  key: Type.String({ minLength: 1, pattern: '^[A-Za-z][A-Za-z0-9_]*$' }),
  name: TextSchema,
  short: Type.Optional(TextSchema),
  unit: TextSchema,
  formula: Type.String({ minLength: 1, maxLength: 500 }),
  threshold: Type.Object({ primary: Type.Optional(ThresholdValue), junior: Type.Optional(ThresholdValue) }, { additionalProperties: false }),
  split: Type.Optional(Type.Union([Type.Literal('teachers'), Type.Literal('facilities')])),
  inCoefficients: Type.Optional(Type.Boolean()),
  inSchoolRule: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

export const StandardFileSchema = Type.Object({
  id: Type.String({ minLength: 1 }),
  extends: Type.Optional(Type.String()),
  name: Type.Optional(TextSchema),
  source: Type.String({ minLength: 1 }),
  indicators: Type.Optional(Type.Array(IndicatorSchema, { minItems: 1 })),
  addIndicators: Type.Optional(Type.Array(FormulaIndicatorSchema, { maxItems: 50 })),
  thresholds: Type.Optional(Type.Record(Type.String(), Type.Object({
    primary: Type.Optional(ThresholdValue), junior: Type.Optional(ThresholdValue),
  }, { additionalProperties: false }))),
  cvLimit: Type.Optional(Level(Type.Number({ exclusiveMinimum: 0 }))),
  cvRule: Type.Optional(Type.Union([Type.Literal('each'), Type.Literal('composite')])),
  schoolRule: Type.Optional(Type.Union([Type.Null(), Type.Object({
    minMet: Type.Integer({ minimum: 0 }), otherMinRatio: Type.Number({ minimum: 0, maximum: 1 }),
  }, { additionalProperties: false })])),
  exclusions: Type.Optional(Type.Object({
    teachingPointMinStudents: Type.Number({ minimum: 0 }),
    kinds: Type.Array(Type.String()),
  }, { additionalProperties: false })),
  nineYearSplit: Type.Optional(Type.Object({ juniorFacilityWeight: Type.Number({ exclusiveMinimum: 0 }) }, { additionalProperties: false })),
  basicStandard: Type.Optional(Type.Object({
    source: Type.String({ minLength: 1 }),
    thresholds: Type.Record(Type.String(), Type.Object({ primary: ThresholdValue, junior: ThresholdValue }, { additionalProperties: false })),
  }, { additionalProperties: false })),
  schoolTypeSplit: Type.Optional(Type.Object({
    'complete-secondary': Type.Optional(PartWeightsSchema),
    'twelve-year': Type.Optional(PartWeightsSchema),
  }, { additionalProperties: false })),
}, { additionalProperties: false });

export type StandardFile = Static<typeof StandardFileSchema>;

export class StandardFileError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: invalid standard file\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'StandardFileError';
  }
}

/** `data` is the parsed JSON of the file; `base` finds built-in standards for `extends`. */
export function standardFromFile(data: unknown, file: string, base: (id: string) => Standard | undefined): Standard {
  if (!Value.Check(StandardFileSchema, data)) {
    const problems = [...Value.Errors(StandardFileSchema, data)].slice(0, 20).map((e) => `${e.path || '/'}: ${e.message}`);
    throw new StandardFileError(file, problems);
  }
  const f = data;
  const parent = f.extends !== undefined ? base(f.extends) : undefined;
  if (f.extends !== undefined && !parent) throw new StandardFileError(file, [`/extends: unknown standard "${f.extends}"`]);
  const missing = ['name', 'indicators', 'cvLimit', 'cvRule', 'schoolRule', 'exclusions', 'nineYearSplit']
    .filter((k) => !parent && (f as Record<string, unknown>)[k] === undefined);
  if (missing.length > 0) throw new StandardFileError(file, missing.map((k) => `/${k}: required when the file does not extend a standard`));

  const indicators: IndicatorDef[] = structuredClone((f.indicators as IndicatorDef[] | undefined) ?? parent!.indicators);
  const problems: string[] = [];
  for (const [key, t] of Object.entries(f.thresholds ?? {})) {
    const ind = indicators.find((i) => i.key === key);
    if (!ind) problems.push(`/thresholds/${key}: no such indicator (have: ${indicators.map((i) => i.key).join(', ')})`);
    else Object.assign(ind.threshold, t);
  }
  for (const key of Object.keys(f.basicStandard?.thresholds ?? {})) {
    if (!indicators.some((i) => i.key === key)) problems.push(`/basicStandard/thresholds/${key}: no such indicator (have: ${indicators.map((i) => i.key).join(', ')})`);
  }
  const formulaIndicators = addedIndicators(f, parent, indicators, problems);
  const kinds = f.exclusions?.kinds ?? [];
  const allowedKinds = ['central-primary', 'village-primary', 'teaching-point', 'junior', 'nine-year', 'special', 'vocational', 'other'];
  kinds.filter((k) => !allowedKinds.includes(k)).forEach((k) => problems.push(`/exclusions/kinds: unknown school kind "${k}"`));
  if (problems.length > 0) throw new StandardFileError(file, problems);
  const cvLimit = { ...(parent?.cvLimit ?? { primary: NaN, junior: NaN }), ...f.cvLimit };
  if (!Number.isFinite(cvLimit.primary) || !Number.isFinite(cvLimit.junior)) {
    throw new StandardFileError(file, ['/cvLimit: needs both primary and junior']);
  }
  return {
    id: f.id,
    name: f.name ?? parent!.name,
    source: f.source,
    indicators,
    ...(formulaIndicators.length > 0 ? { formulaIndicators } : {}),
    cvLimit,
    cvRule: f.cvRule ?? parent!.cvRule,
    schoolRule: f.schoolRule !== undefined ? f.schoolRule : parent!.schoolRule,
    exclusions: (f.exclusions as Standard['exclusions'] | undefined) ?? parent!.exclusions,
    nineYearSplit: f.nineYearSplit ?? parent!.nineYearSplit,
    ...(parent?.conditions ? { conditions: parent.conditions } : {}),
    ...(f.basicStandard ?? parent?.basicStandard ? { basicStandard: f.basicStandard ?? parent!.basicStandard! } : {}),
    schoolTypeSplit: { ...(parent?.schoolTypeSplit ?? DEFAULT_SCHOOL_TYPE_SPLIT), ...f.schoolTypeSplit },
  };
}

/** The parent's formula indicators and the file's `addIndicators`, each formula checked (field, character, reason). */
function addedIndicators(f: StandardFile, parent: Standard | undefined, indicators: IndicatorDef[], problems: string[]): FormulaIndicatorDef[] {
  const out: FormulaIndicatorDef[] = [...(parent?.formulaIndicators ?? [])];
  (f.addIndicators ?? []).forEach((a, i) => {
    if (indicators.some((ind) => ind.key === a.key) || out.some((ind) => ind.key === a.key)) {
      problems.push(`/addIndicators/${i}/key: "${a.key}" is already an indicator`);
      return;
    }
    try {
      compileFormula(a.formula, `/addIndicators/${i}/formula`, isFormulaVariableName, { describe: FORMULA_VARIABLES_TEXT });
    } catch (e) {
      if (!(e instanceof FormulaError)) throw e;
      problems.push(`${e.field}: ${e.reason} (character ${e.position} of "${a.formula}")`);
      return;
    }
    out.push({
      key: a.key, name: a.name, short: a.short ?? a.name, unit: a.unit, formula: a.formula,
      threshold: { primary: a.threshold.primary ?? null, junior: a.threshold.junior ?? null },
      split: a.split ?? 'facilities', inCoefficients: a.inCoefficients ?? false, inSchoolRule: a.inSchoolRule ?? false,
    });
  });
  return out;
}
