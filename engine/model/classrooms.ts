/**
 * Standard classrooms (标准教室), issue 15 item 1: each one built in year t adds a class from t + lead, costs the
 * scenario's unit cost and adds its area to the teaching area. Optional targets: no over-size class from a
 * plan year on, and every pupil seated in every year. Class-size limits: 教督〔2017〕6号 第六条第（九）项
 * (standards/guarantee-2017.ts); a school must have classes ≥ P/45 + J/50 (its pupils per level over the limits).
 * Music and art rooms (arts-rooms.ts) need the classes this family adds.
 */
import { headcounts } from '../indicators/parts.ts';
import { GUARANTEE_2017 } from '../standards/guarantee-2017.ts';
import type { ModelContext } from './context.ts';
import { LinExpr } from './linear.ts';
import { addRow } from './rows.ts';

export function addClassroomVariables(ctx: ModelContext): void {
  const c = ctx.scenario.schoolConditions.classrooms;
  const lead = ctx.scenario.construction.leadYears;
  ctx.cols.classrooms = ctx.schools.map((s) => Array.from({ length: ctx.T }, (_, t) => {
    if (!c || t + lead >= ctx.T) return -1; // a classroom serving only after the horizon buys nothing in it
    const j = ctx.b.addVariable(`classrooms[${s.id},${t}]`, { integer: ctx.scenario.integer });
    if (ctx.scenario.integer) ctx.integerColumns.add(j);
    return j;
  }));
}

/** Classes school `si` has in plan year s: its base classes plus classrooms that serve by then. */
export function classesIn(ctx: ModelContext, si: number, s: number): LinExpr {
  const e = new LinExpr();
  e.constant = ctx.schools[si]!.classes;
  const lead = ctx.scenario.construction.leadYears;
  for (let t = 0; t + lead <= s; t++) e.add(ctx.cols.classrooms[si]?.[t] ?? -1, 1);
  return e;
}

/** m² of teaching area the classrooms of school `si` add in plan year s. */
export function classroomTeachingArea(ctx: ModelContext, si: number, s: number): LinExpr {
  const area = ctx.scenario.schoolConditions.classrooms?.area ?? 0;
  const e = new LinExpr();
  const lead = ctx.scenario.construction.leadYears;
  for (let t = 0; t + lead <= s; t++) e.add(ctx.cols.classrooms[si]?.[t] ?? -1, area);
  return e;
}

/** Classes needed for every pupil of school `si` in plan year s to sit in a class within the limit. */
export function classesNeeded(ctx: ModelContext, si: number, s: number): number {
  const school = ctx.schools[si]!;
  const e = ctx.enrollment.get(school.id)!;
  const year = { ...school, students: e.students[s]!, ...(e.juniorStudents ? { juniorStudents: e.juniorStudents[s]! } : {}), ...(e.seniorStudents ? { seniorStudents: e.seniorStudents[s]! } : {}) };
  const n = headcounts(year);
  const limit = (ctx.standard.conditions ?? GUARANTEE_2017).classSize.limit;
  return n.primary / limit.primary + n.junior / limit.junior;
}

export function addClassroomConstraints(ctx: ModelContext): void {
  const c = ctx.scenario.schoolConditions.classrooms;
  if (!c) return;
  const lead = ctx.scenario.construction.leadYears;
  const fromTarget = c.noOverSizeFrom === null ? ctx.T : ctx.scenario.years.indexOf(c.noOverSizeFrom);
  const first = Math.max(lead, c.everyPupilSeated ? 0 : fromTarget); // years before `lead` cannot be changed
  if (first > 0 && (c.everyPupilSeated || c.noOverSizeFrom !== null)) {
    const from = ctx.scenario.years[Math.min(first, ctx.T - 1)];
    ctx.notes.push({
      zh: `班额和学位要求自 ${from} 年起执行：第一年开工的教室 ${lead} 年后才能投入使用。`,
      en: `Classes and seats are required from ${from}: a classroom started in the first year serves after ${lead} year(s).`,
    });
  }
  for (let s = first; s < ctx.T; s++) {
    ctx.schools.forEach((school, si) => {
      addRow(ctx, `seats[${school.id},${ctx.scenario.years[s]}]`, classesIn(ctx, si, s), { lb: classesNeeded(ctx, si, s) },
        { family: 'classrooms', year: s, schoolId: school.id, unit: 'schools', side: 'lb' });
    });
  }
}
