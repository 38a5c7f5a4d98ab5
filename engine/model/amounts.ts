/** Indicator amounts per school part and year, and spending per year, as linear expressions of the decisions. */
import { ROTATION_CATEGORIES, TEACHER_CATEGORIES, type SpendCategory } from '../plan/types.ts';
import type { ResourceKey } from '../county/types.ts';
import { EQUIPMENT_UNIT, MONEY_UNIT, type ModelContext } from './context.ts';
import { classroomTeachingArea } from './classrooms.ts';
import { LinExpr } from './linear.ts';

/** 万元 spent in year t on standard classrooms and music and art rooms (model/classrooms.ts, arts-rooms.ts), at year t's prices. */
function conditionSpend(ctx: ModelContext, t: number): LinExpr {
  const e = new LinExpr();
  const p = ctx.scenario.prices[t]!;
  ctx.schools.forEach((_, si) => {
    e.add(ctx.cols.classrooms[si]?.[t] ?? -1, p.classroom / MONEY_UNIT);
    e.add(ctx.cols.musicRooms[si]?.[t] ?? -1, p.musicRoom / MONEY_UNIT);
    e.add(ctx.cols.artRooms[si]?.[t] ?? -1, p.artRoom / MONEY_UNIT);
  });
  return e;
}

/** Whole-school additions counting in year s, per resource, in natural units. */
function additions(ctx: ModelContext, si: number, s: number): Partial<Record<ResourceKey, LinExpr>> {
  const { cols, scenario } = ctx;
  const lead = scenario.construction.leadYears;
  const e = {
    teachingArea: new LinExpr(), sportsArea: new LinExpr(), equipmentValue: new LinExpr(), multimediaRooms: new LinExpr(),
    degreeTeachers: new LinExpr(), backboneTeachers: new LinExpr(), peArtTeachers: new LinExpr(), teachers: new LinExpr(),
  };
  for (let t = 0; t <= s; t++) {
    if (t + lead <= s) {
      e.teachingArea.add(cols.teachingArea[si]![t]!, 1);
      e.sportsArea.add(cols.sportsArea[si]![t]!, 1);
    }
    e.equipmentValue.add(cols.equipment[si]![t]!, EQUIPMENT_UNIT);
    e.multimediaRooms.add(cols.multimediaRooms[si]![t]!, 1);
    for (const c of TEACHER_CATEGORIES) {
      const j = cols.hire[c][si]![t]!;
      e.degreeTeachers.add(j, 1);
      e.teachers.add(j, 1);
      if (c === 'peArt') e.peArtTeachers.add(j, 1);
      if (c === 'backbone') e.backboneTeachers.add(j, 1);
    }
    e.degreeTeachers.add(cols.upgrade[si]![t]!, 1);
    if (scenario.rotation.countsAtReceiver && s <= t + scenario.rotation.termYears - 1) {
      for (const c of ROTATION_CATEGORIES) {
        for (const [j, sign] of [[cols.in[c][si]![t]!, 1], [cols.out[c][si]![t]!, -1]] as const) {
          e.degreeTeachers.add(j, sign);
          e.teachers.add(j, sign);
          if (c === 'backbone') e.backboneTeachers.add(j, sign);
        }
      }
    }
  }
  e.teachingArea.addExpr(classroomTeachingArea(ctx, si, s));
  const school = ctx.schools[si]!;
  scenario.construction.projects.forEach((p, pi) => {
    if (p.school !== school.id) return;
    for (let t = 0; t + lead <= s; t++) (p.kind === 'teaching' ? e.teachingArea : e.sportsArea).add(cols.project[pi]![t]!, p.area);
  });
  return e;
}

export function buildAmounts(ctx: ModelContext): void {
  const { standard } = ctx;
  const cache = new Map<number, Partial<Record<ResourceKey, LinExpr>>[]>();
  const added = (si: number) => {
    let perYear = cache.get(si);
    if (!perYear) cache.set(si, (perYear = Array.from({ length: ctx.T }, (_, s) => additions(ctx, si, s))));
    return perYear;
  };
  ctx.amount = ctx.parts.map((part) => {
    const byKey: Record<string, LinExpr[]> = {};
    for (const ind of standard.indicators) {
      byKey[ind.key] = Array.from({ length: ctx.T }, (_, s) => {
        const expr = new LinExpr();
        expr.constant = part.base[ind.key]![s]!;
        const add = added(part.school)[s]![ind.resource];
        if (add) expr.addExpr(add, ind.split === 'teachers' ? part.teacherShare[s]! : part.facilityShare[s]!);
        return expr;
      });
    }
    return byKey;
  });
}

/** Teachers away from their school in year s (rotations started in t with t <= s <= t + term − 1). */
export function rotatedAway(ctx: ModelContext, s: number, si?: number): LinExpr {
  const e = new LinExpr();
  const term = ctx.scenario.rotation.termYears;
  for (let t = Math.max(0, s - term + 1); t <= s; t++) {
    for (const c of ROTATION_CATEGORIES) {
      ctx.cols.out[c].forEach((row, i) => {
        if (si === undefined || si === i) e.add(row[t]!, 1);
      });
    }
  }
  return e;
}

/** Spending of year t at year t's prices (scenario.prices): a hire made earlier is paid year t's salary. */
export function buildSpend(ctx: ModelContext): void {
  const { cols, scenario } = ctx;
  const u = MONEY_UNIT;
  ctx.spend = Array.from({ length: ctx.T }, (_, t) => {
    const c = scenario.prices[t]!;
    const e: Record<SpendCategory, LinExpr> = {
      construction: new LinExpr(), equipment: new LinExpr(), multimedia: new LinExpr(),
      hiring: new LinExpr(), upgrades: new LinExpr(), rotation: new LinExpr(),
    };
    ctx.schools.forEach((_, si) => {
      e.construction.add(cols.teachingArea[si]![t]!, c.teachingAreaPerM2 / u).add(cols.sportsArea[si]![t]!, c.sportsAreaPerM2 / u);
      e.equipment.add(cols.equipment[si]![t]!, EQUIPMENT_UNIT / u);
      e.multimedia.add(cols.multimediaRooms[si]![t]!, c.multimediaRoom / u);
      for (let h = 0; h <= t; h++) {
        for (const cat of ['general', 'peArt'] as const) e.hiring.add(cols.hire[cat][si]![h]!, c.teacherPerYear / u);
        e.hiring.add(cols.hire.backbone[si]![h]!, c.backboneTeacherPerYear / u);
      }
      e.upgrades.add(cols.upgrade[si]![t]!, c.degreeUpgrade / u);
    });
    scenario.construction.projects.forEach((p, pi) => e.construction.add(cols.project[pi]![t]!, p.costByYear[t]! / u));
    e.construction.addExpr(conditionSpend(ctx, t)); // standard classrooms, music and art rooms
    e.rotation.addExpr(rotatedAway(ctx, t), c.rotationSubsidyPerYear / u);
    return e;
  });
}

/** Total spending over the plan, in 万元. */
export function totalCost(ctx: ModelContext): LinExpr {
  const e = new LinExpr();
  for (const year of ctx.spend) for (const part of Object.values(year)) e.addExpr(part);
  return e;
}
