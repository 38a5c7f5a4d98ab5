/** County evaluation against a standard: per-school values and pass marks, per-level coefficients, county verdict. */
import { EVALUATED_LEVELS, type County, type EvaluatedLevel, type School } from '../county/types.ts';
import { FormulaError, type Formula } from '../standards/formula.ts';
import type { IndicatorDef, Standard, Text } from '../standards/types.ts';
import { compileFormulaIndicators, formulaValue, FormulaValueError } from './formula-indicators.ts';
import { differenceCoefficient, unweightedCoefficient } from './cv.ts';
import { basicStandard, countyConditions, partConditions, type Condition } from './conditions.ts';
import { indicatorValue, partAmount, schoolParts, type SchoolPart } from './parts.ts';
import { judgeSchool, RATIO_TOLERANCE } from './school-rule.ts';
import type { Evaluation, Gap, LevelEvaluation, SchoolEvaluation } from './types.ts';

export class EvaluationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvaluationError';
  }
}

export function isTeachingPoint(school: School): boolean {
  return school.kind === 'teaching-point' || (school.kind === undefined && /教学点$/.test(school.name.trim()));
}

export function exclusionReason(school: School, standard: Standard): Text | undefined {
  if (school.kind && standard.exclusions.kinds.includes(school.kind)) {
    return { zh: `${school.kind === 'special' ? '特殊教育学校' : '职业学校'}不参评`, en: `${school.kind} schools are not evaluated` };
  }
  const min = standard.exclusions.teachingPointMinStudents;
  if (isTeachingPoint(school) && school.students < min) {
    return { zh: `不足${min}名学生的教学点不参评`, en: `teaching point with fewer than ${min} students` };
  }
  return undefined;
}

function fill(text: Text, n: string): Text {
  return { zh: text.zh.replace('{n}', n), en: text.en.replace('{n}', n) };
}

/** Whole-school amount to add so that this part reaches the threshold, rounded up to whole units. */
function gapFor(ind: IndicatorDef, threshold: number, students: number, amount: number, share: number): Gap {
  const needed = (threshold * students) / ind.per - amount;
  const whole = Math.max(1, Math.ceil(needed / share - 1e-9));
  return { amount: whole, unit: ind.unit, message: fill(ind.gapText, whole.toLocaleString('en-US')) };
}

function conditionsOf(school: School, part: SchoolPart, parts: SchoolPart[], values: Record<string, number>, standard: Standard): Condition[] {
  const out = standard.conditions ? partConditions(school, part, parts, standard.conditions) : [];
  if (standard.basicStandard) out.push(basicStandard(values, part.level, standard.basicStandard.thresholds));
  return out;
}

function evaluateSchool(school: School, standard: Standard, formulas: Map<string, Formula>, tolerance: number): SchoolEvaluation[] {
  const excludedReason = exclusionReason(school, standard);
  const parts = schoolParts(school);
  const rows = parts.map((part): SchoolEvaluation => {
    const values: Record<string, number> = {};
    const ratios: Record<string, number | null> = {};
    const meets: Record<string, boolean | null> = {};
    const gaps: Record<string, Gap> = {};
    for (const ind of standard.indicators) {
      const { amount, share } = partAmount(school, part, ind, standard);
      if (!Number.isFinite(amount)) {
        throw new EvaluationError(`${standard.id} needs column "${ind.resource}" for school ${school.id} (${ind.name.en})`);
      }
      values[ind.key] = indicatorValue(amount, part.students, ind.per);
      const threshold = ind.threshold[part.level];
      ratios[ind.key] = threshold === null ? null : threshold === 0 ? 1 : values[ind.key]! / threshold;
      meets[ind.key] = threshold === null ? null : ratios[ind.key]! >= 1 - tolerance;
      if (threshold !== null && meets[ind.key] === false) gaps[ind.key] = gapFor(ind, threshold, part.students, amount, share);
    }
    for (const ind of standard.formulaIndicators ?? []) {
      values[ind.key] = formulaValue(school, part, ind, formulas.get(ind.key)!, standard);
      const threshold = ind.threshold[part.level];
      ratios[ind.key] = threshold === null ? null : threshold === 0 ? 1 : values[ind.key]! / threshold;
      meets[ind.key] = threshold === null ? null : ratios[ind.key]! >= 1 - tolerance;
    }
    const ruled = new Set([...standard.indicators.map((i) => i.key), ...(standard.formulaIndicators ?? []).filter((i) => i.inSchoolRule).map((i) => i.key)]);
    const judged = Object.entries(ratios).filter(([k, r]) => r !== null && ruled.has(k)).map(([, r]) => r!);
    const judgement = standard.schoolRule && judged.length > 0 ? judgeSchool(judged, standard.schoolRule, tolerance) : null;
    return {
      id: school.id, name: school.name, level: part.level, schoolLevel: school.level,
      ...(school.kind ? { kind: school.kind } : {}), ...(school.location ? { location: school.location } : {}),
      students: part.students, excluded: excludedReason !== undefined, ...(excludedReason ? { excludedReason } : {}),
      values, ratios, meets, metCount: judgement?.metCount ?? Object.values(meets).filter((m) => m === true).length,
      passes: judgement?.passes ?? null, schoolPasses: null, gaps,
      conditions: conditionsOf(school, part, parts, values, standard),
    };
  });
  const schoolPasses = rows.some((r) => r.passes === null) ? null : rows.every((r) => r.passes);
  for (const r of rows) r.schoolPasses = schoolPasses;
  return rows;
}

function evaluateLevel(level: EvaluatedLevel, rows: SchoolEvaluation[], standard: Standard): LevelEvaluation {
  const inLevel = rows.filter((r) => r.level === level && !r.excluded);
  const cv: Record<string, number> = {};
  const unweightedCv: Record<string, number> = {};
  const countyValues: Record<string, number> = {};
  for (const ind of [...standard.indicators, ...(standard.formulaIndicators ?? [])]) {
    const d = differenceCoefficient(inLevel.map((r) => ({ weight: r.students, value: r.values[ind.key]! })));
    cv[ind.key] = d.cv;
    countyValues[ind.key] = d.mean;
    unweightedCv[ind.key] = unweightedCoefficient(inLevel.map((r) => r.values[ind.key]!));
  }
  const limit = standard.cvLimit[level];
  const keys = [...standard.indicators, ...(standard.formulaIndicators ?? []).filter((i) => i.inCoefficients)].map((i) => i.key);
  const composite = inLevel.length === 0 ? null : keys.reduce((s, k) => s + cv[k]!, 0) / keys.length;
  let failing: string[];
  if (standard.cvRule === 'each') failing = keys.filter((k) => cv[k]! > limit);
  else failing = composite !== null && composite > limit ? keys.filter((k) => cv[k]! > limit) : [];
  const passes = standard.cvRule === 'each' ? failing.length === 0 : composite === null || composite <= limit;
  return {
    schools: inLevel.length, students: inLevel.reduce((s, r) => s + r.students, 0),
    countyValues, cv, unweightedCv, cvLimit: limit, composite, passes, failing,
  };
}

/** `exact`: judge standards with no rounding tolerance (plans replayed by the simulator); default: data as reported. */
export function evaluateCounty(county: County, standard: Standard, options: { exact?: boolean } = {}): Evaluation {
  const tolerance = options.exact ? 0 : RATIO_TOLERANCE;
  let formulas: Map<string, Formula>;
  try {
    formulas = compileFormulaIndicators(standard, county.ignoredColumns);
    return evaluateWith(county, standard, formulas, tolerance);
  } catch (e) {
    if (e instanceof FormulaError || e instanceof FormulaValueError) throw new EvaluationError(e.message);
    throw e;
  }
}

function evaluateWith(county: County, standard: Standard, formulas: Map<string, Formula>, tolerance: number): Evaluation {
  const schools = county.schools.flatMap((s) => evaluateSchool(s, standard, formulas, tolerance));
  const levels = {
    primary: evaluateLevel('primary', schools, standard),
    junior: evaluateLevel('junior', schools, standard),
  };
  const included = county.schools.filter((s) => exclusionReason(s, standard) === undefined);
  const passingIds = new Set(schools.filter((r) => !r.excluded && r.schoolPasses === true).map((r) => r.id));
  const levelsPassing = EVALUATED_LEVELS.every((l) => levels[l].passes);
  const allSchoolsPass = standard.schoolRule === null || passingIds.size === included.length;
  const conditions = countyConditions(schools.filter((r) => !r.excluded));
  const conditionsMet = conditions.every((c) => c.meets !== false);
  return {
    source: county.source,
    standard: { id: standard.id, name: standard.name, source: standard.source, cvRule: standard.cvRule },
    indicators: [
      ...standard.indicators.map((i) => ({ key: i.key, name: i.name, unit: i.unit, threshold: i.threshold })),
      ...(standard.formulaIndicators ?? []).map((i) => ({ key: i.key, name: i.name, unit: i.unit, threshold: i.threshold, formula: i.formula, inCoefficients: i.inCoefficients, inSchoolRule: i.inSchoolRule })),
    ],
    levels,
    schools,
    county: {
      passes: levelsPassing && allSchoolsPass && conditionsMet,
      schoolsPassing: standard.schoolRule === null ? null : passingIds.size,
      schoolsTotal: included.length,
      schoolsExcluded: county.schools.length - included.length,
      levelsPassing,
      conditions,
      conditionsMet,
    },
  };
}
