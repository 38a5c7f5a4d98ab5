/** Hiring caps per year, the county staffing quota, and degree-upgrade room per school. */
import type { ModelContext } from './context.ts';
import { LinExpr } from './linear.ts';
import { addRow } from './rows.ts';
import { TEACHER_CATEGORIES } from '../plan/types.ts';
import { ModelInputError } from './input-error.ts';

export function addHiringConstraints(ctx: ModelContext): void {
  const { cols, scenario } = ctx;
  const hiredBy = (t: number, cumulative: boolean) => {
    const e = new LinExpr();
    for (const c of TEACHER_CATEGORIES) for (const row of cols.hire[c]) for (let h = cumulative ? 0 : t; h <= t; h++) e.add(row[h]!, 1);
    return e;
  };
  for (let t = 0; t < ctx.T; t++) {
    addRow(ctx, `hiringCap[${scenario.years[t]}]`, hiredBy(t, false), { ub: scenario.hiring.maxNewTeachers[t]! },
      { family: 'hiring-cap', year: t, unit: 'teachers', side: 'ub' });
  }
  if (scenario.hiring.quota !== null) {
    const base = ctx.county.schools.reduce((sum, s) => sum + (s.resources.teachers ?? NaN), 0);
    if (!Number.isFinite(base)) throw new ModelInputError('/hiring/quota', 'the staffing quota needs a teachers column for every school');
    for (let t = 0; t < ctx.T; t++) {
      addRow(ctx, `quota[${scenario.years[t]}]`, hiredBy(t, true), { ub: scenario.hiring.quota - base },
        { family: 'quota', year: t, unit: 'teachers', side: 'ub' });
    }
  }
  ctx.schools.forEach((s, si) => {
    const cols_ = cols.upgrade[si]!.filter((j) => j >= 0);
    if (cols_.length === 0) return;
    const room = Math.max(0, Math.floor(s.resources.teachers! - s.resources.degreeTeachers));
    const e = new LinExpr();
    for (const j of cols_) e.add(j, 1);
    addRow(ctx, `upgradeRoom[${s.id}]`, e, { ub: room });
  });
}
