/** Solution vector → plan actions, rotation flows, LP indicator values and yearly summaries. */
import { differenceCoefficient } from '../indicators/cv.ts';
import { judgeSchool } from '../indicators/school-rule.ts';
import type { PlanningModel } from '../model/build.ts';
import { EQUIPMENT_UNIT, MONEY_UNIT, required } from '../model/context.ts';
import { ROTATION_CATEGORIES, TEACHER_CATEGORIES, type PlanAction } from '../plan/types.ts';
import type { Ledger } from './ledger.ts';
import type { RotationFlows } from './pairing.ts';
import type { SolveReport, YearSummary } from './solve-report.ts';

const EPS = 1e-6;


/** Column value, rounded for whole-number columns and cleaned of solver noise. */
export function columnValue(pm: PlanningModel, x: readonly number[], j: number): number {
  if (j < 0) return 0;
  const v = x[j] ?? 0;
  if (pm.model.variables[j]!.integer) return Math.round(v);
  return Math.abs(v) < EPS ? 0 : v;
}

export function decodeActions(pm: PlanningModel, x: readonly number[]): PlanAction[] {
  const { ctx } = pm;
  const { cols, scenario } = ctx;
  const years = scenario.years;
  const lead = scenario.construction.leadYears;
  const byId = new Map(ctx.county.schools.map((s) => [s.id, s]));
  const actions: PlanAction[] = [];
  for (let t = 0; t < ctx.T; t++) {
    const c = scenario.prices[t]!; // this year's unit prices (costs written with `year` change by year)
    const year = years[t]!;
    const built = year + lead;
    ctx.schools.forEach((s, si) => {
      // Objects only for decisions taken (most columns are 0 on a 2,000-school county).
      const push = (j: number, make: (amount: number) => Omit<PlanAction, 'year' | 'schoolId' | 'schoolName'>, scale = 1) => {
        const amount = columnValue(pm, x, j) * scale;
        if (amount > EPS) actions.push({ year, schoolId: s.id, schoolName: s.name, ...make(amount) } as PlanAction);
      };
      push(cols.teachingArea[si]![t]!, (a) => ({ kind: 'teachingArea', amount: a, unit: 'm2', cost: a * c.teachingAreaPerM2, servesFrom: built }));
      push(cols.sportsArea[si]![t]!, (a) => ({ kind: 'sportsArea', amount: a, unit: 'm2', cost: a * c.sportsAreaPerM2, servesFrom: built }));
      push(cols.equipment[si]![t]!, (a) => ({ kind: 'equipment', amount: a, unit: 'yuan', cost: a, servesFrom: year }), EQUIPMENT_UNIT);
      push(cols.multimediaRooms[si]![t]!, (a) => ({ kind: 'multimediaRooms', amount: a, unit: 'rooms', cost: a * c.multimediaRoom, servesFrom: year }));
      for (const cat of TEACHER_CATEGORIES) {
        const perYear = cat === 'backbone' ? c.backboneTeacherPerYear : c.teacherPerYear;
        push(cols.hire[cat][si]![t]!, (a) => ({ kind: 'hire', category: cat, amount: a, unit: 'teachers', cost: a * perYear, servesFrom: year }));
      }
      push(cols.upgrade[si]![t]!, (a) => ({ kind: 'degreeUpgrade', amount: a, unit: 'teachers', cost: a * c.degreeUpgrade, servesFrom: year }));
      push(cols.classrooms[si]?.[t] ?? -1, (a) => ({ kind: 'classrooms', amount: a, unit: 'rooms', cost: a * c.classroom, servesFrom: built }));
      push(cols.musicRooms[si]?.[t] ?? -1, (a) => ({ kind: 'musicRooms', amount: a, unit: 'rooms', cost: a * c.musicRoom, servesFrom: year }));
      push(cols.artRooms[si]?.[t] ?? -1, (a) => ({ kind: 'artRooms', amount: a, unit: 'rooms', cost: a * c.artRoom, servesFrom: year }));
    });
    scenario.construction.projects.forEach((p, pi) => {
      if (columnValue(pm, x, cols.project[pi]![t]!) < 0.5) return;
      const s = byId.get(p.school)!;
      actions.push({
        year, schoolId: s.id, schoolName: s.name, kind: 'project', projectId: p.id, projectKind: p.kind,
        amount: p.area, unit: 'm2', cost: p.costByYear[t]!, servesFrom: year + lead,
      });
    });
  }
  return actions;
}

export function decodeFlows(pm: PlanningModel, x: readonly number[]): RotationFlows[] {
  const { ctx } = pm;
  const flows: RotationFlows[] = [];
  const term = ctx.scenario.rotation.termYears;
  for (let t = 0; t < ctx.T; t++) {
    for (const category of ROTATION_CATEGORIES) {
      const donors = new Map<string, number>();
      const receivers = new Map<string, number>();
      ctx.schools.forEach((s, si) => {
        const out = columnValue(pm, x, ctx.cols.out[category][si]![t]!);
        const inn = columnValue(pm, x, ctx.cols.in[category][si]![t]!);
        if (out > EPS) donors.set(s.id, out);
        if (inn > EPS) receivers.set(s.id, inn);
      });
      if (donors.size > 0) flows.push({ year: ctx.scenario.years[t]!, category, untilYear: ctx.scenario.years[t]! + term - 1, donors, receivers });
    }
  }
  return flows;
}

export function decodeValues(pm: PlanningModel, x: readonly number[]): SolveReport['values'] {
  const { ctx } = pm;
  const out: SolveReport['values'] = [];
  for (let t = 0; t < ctx.T; t++) {
    ctx.parts.forEach((part, pi) => {
      if (!part.included[t]) return;
      const values: Record<string, number> = {};
      for (const ind of ctx.standard.indicators) {
        values[ind.key] = (ctx.amount[pi]![ind.key]![t]!.value(x) / part.students[t]!) * ind.per;
      }
      out.push({ year: ctx.scenario.years[t]!, schoolId: ctx.schools[part.school]!.id, level: part.level, values });
    });
  }
  return out;
}

/** Yearly summaries; money (budget, available, spend) comes from the plan's cost ledger. */
export function summarizeYears(pm: PlanningModel, x: readonly number[], ledger: Ledger): YearSummary[] {
  const { ctx } = pm;
  const { standard, scenario } = ctx;
  return scenario.years.map((year, t) => {
    const money = ledger.years[t]!;
    const cv: YearSummary['cv'] = { primary: {}, junior: {} };
    const partRatios = ctx.parts.map((part, pi) => ctx.judged(part).map((ind) => {
      const need = required(ctx, part, ind, t);
      return need > 0 ? ctx.amount[pi]![ind.key]![t]!.value(x) / need : 1;
    }));
    for (const level of ['primary', 'junior'] as const) {
      for (const ind of standard.indicators) {
        const points = ctx.parts.flatMap((part, pi) => (part.level === level && part.included[t]
          ? [{ weight: part.students[t]!, value: (ctx.amount[pi]![ind.key]![t]!.value(x) / part.students[t]!) * ind.per }] : []));
        if (points.length > 0) cv[level][ind.key] = differenceCoefficient(points).cv;
      }
    }
    const rule = standard.schoolRule;
    const included = ctx.includedSchools(t);
    // A school passes when every part of it passes (linear in the parts, not schools × parts).
    const failing = new Set(ctx.parts.flatMap((part, pi) => (rule && judgeSchool(partRatios[pi]!, rule, 0).passes ? [] : [part.school])));
    const passing = included.filter((si) => !failing.has(si)).length;
    const floor = Math.min(...partRatios.filter((_, pi) => ctx.parts[pi]!.included[t]).flat());
    const levelsPass = (['primary', 'junior'] as const).every((level) => {
      const values = Object.values(cv[level]);
      if (values.length === 0) return true;
      const limit = standard.cvLimit[level];
      return standard.cvRule === 'each' ? values.every((v) => v <= limit) : values.reduce((a, v) => a + v, 0) / values.length <= limit;
    });
    return {
      year, budget: money.budget, available: money.available,
      ...(money.committed > 0 ? { committed: money.committed } : {}),
      spend: { ...money.spend }, cv, schoolsPassing: rule ? passing : 0, schoolsTotal: included.length,
      floor, countyPasses: levelsPass && rule !== null && passing === included.length,
    };
  });
}
