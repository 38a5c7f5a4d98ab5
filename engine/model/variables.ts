/** add_*_variables: the decision columns per school and plan year. */
import type { RotationRoles } from '../plan/rotation-roles.ts';
import { ROTATION_CATEGORIES, TEACHER_CATEGORIES, type RotationCategory } from '../plan/types.ts';
import type { ModelContext } from './context.ts';

function perYear(ctx: ModelContext, make: (t: number) => number): number[] {
  return Array.from({ length: ctx.T }, (_, t) => make(t));
}

function whole(ctx: ModelContext, j: number): number {
  if (ctx.scenario.integer) ctx.integerColumns.add(j);
  return j;
}

export function addConstructionVariables(ctx: ModelContext): void {
  const { b, scenario, T } = ctx;
  const lead = scenario.construction.leadYears;
  for (const s of ctx.schools) {
    // A start that would serve only after the horizon buys nothing within the plan.
    const allowed = (t: number) => scenario.construction.allowExpansion && t + lead < T;
    // Whole m² in integer plans: what a plan lists is what gets built, and the simulator re-checks it exactly.
    ctx.cols.teachingArea.push(perYear(ctx, (t) => (allowed(t) ? whole(ctx, b.addVariable(`teachingArea[${s.id},${t}]`, { integer: scenario.integer })) : -1)));
    ctx.cols.sportsArea.push(perYear(ctx, (t) => (allowed(t) ? whole(ctx, b.addVariable(`sportsArea[${s.id},${t}]`, { integer: scenario.integer })) : -1)));
  }
  scenario.construction.projects.forEach((p) => {
    const first = scenario.years.indexOf(p.earliestYear);
    ctx.cols.project.push(perYear(ctx, (t) =>
      t >= first && t + lead < T ? whole(ctx, b.addVariable(`project[${p.id},${t}]`, { ub: 1, integer: scenario.integer })) : -1));
  });
}

export function addPurchaseVariables(ctx: ModelContext): void {
  const { b } = ctx;
  for (const s of ctx.schools) {
    ctx.cols.equipment.push(perYear(ctx, (t) => whole(ctx, b.addVariable(`equipment[${s.id},${t}]`, { integer: ctx.scenario.integer }))));
    ctx.cols.multimediaRooms.push(perYear(ctx, (t) => whole(ctx, b.addVariable(`multimediaRooms[${s.id},${t}]`, { integer: ctx.scenario.integer }))));
  }
}

export function addHiringVariables(ctx: ModelContext): void {
  const { b, scenario } = ctx;
  for (const c of TEACHER_CATEGORIES) {
    const allowed = c !== 'backbone' || scenario.hiring.allowBackboneRecruitment;
    for (const s of ctx.schools) {
      ctx.cols.hire[c].push(perYear(ctx, (t) => (allowed
        ? whole(ctx, b.addVariable(`hire[${c},${s.id},${t}]`, { ub: scenario.hiring.maxNewTeachers[t]!, integer: scenario.integer }))
        : -1)));
    }
  }
  for (const s of ctx.schools) {
    const room = s.resources.teachers !== undefined ? Math.max(0, Math.floor(s.resources.teachers - s.resources.degreeTeachers)) : 0;
    ctx.cols.upgrade.push(perYear(ctx, (t) => (room > 0 ? whole(ctx, b.addVariable(`upgrade[${s.id},${t}]`, { ub: room, integer: scenario.integer })) : -1)));
  }
  if (ctx.schools.some((s) => s.resources.teachers === undefined)) {
    ctx.notes.push({
      zh: '没有专任教师数（teachers 列）的学校不安排学历提升（学历未达要求的教师人数未知）。',
      en: 'Schools without a teachers column get no degree upgrades (the number of teachers below the required degree is unknown).',
    });
  }
}

export function addRotationVariables(ctx: ModelContext, roles: Record<RotationCategory, RotationRoles>): void {
  const { b, scenario } = ctx;
  for (const c of ROTATION_CATEGORIES) {
    for (const s of ctx.schools) {
      const pool = c === 'backbone' ? (s.eligibleBackbone ?? 0) : Math.max(0, (s.eligibleTeachers ?? 0) - (s.eligibleBackbone ?? 0));
      const donor = roles[c].donors.has(s.id) && pool > 0;
      ctx.cols.out[c].push(perYear(ctx, (t) => (donor ? whole(ctx, b.addVariable(`out[${c},${s.id},${t}]`, { ub: pool, integer: scenario.integer })) : -1)));
      const cap = receivingCap(s, scenario.rotation.maxOutShare);
      ctx.cols.in[c].push(perYear(ctx, (t) => (roles[c].receivers.has(s.id) ? whole(ctx, b.addVariable(`in[${c},${s.id},${t}]`, { ub: cap, integer: scenario.integer })) : -1)));
    }
  }
}

export function addBudgetVariables(ctx: ModelContext): void {
  ctx.cols.carry = perYear(ctx, (t) => (ctx.scenario.budget.carryOver && t < ctx.T - 1 ? ctx.b.addVariable(`carry[${t}]`) : -1));
}

/** Teachers a receiving school can take in one year and category: the same share as a donor may send, at least one. */
export function receivingCap(school: { resources: { teachers?: number }; eligibleTeachers?: number; students: number }, share: number): number {
  const staff = school.resources.teachers ?? Math.max(school.eligibleTeachers ?? 0, Math.ceil(school.students / 15));
  return Math.max(1, Math.ceil(share * staff - 1e-9));
}
