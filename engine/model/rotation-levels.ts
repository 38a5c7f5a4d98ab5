/**
 * Level-aware rotation (《教师资格条例》第五条): teachers may rotate to a school of their level or a lower one.
 * Schools with a junior part may receive, per category and year, at most what the donors with a junior part send
 * plus the junior-certified teachers the primary donors send; a primary donor's junior-certified teachers are a
 * pool over the plan (column eligible_junior_certified). Net flows stay per school; pairing honours the same caps.
 */
import { juniorCapable, receivesAtJunior, type RotationRoles } from '../plan/rotation-roles.ts';
import { ROTATION_CATEGORIES, type RotationCategory } from '../plan/types.ts';
import type { ModelContext } from './context.ts';
import { LinExpr } from './linear.ts';
import { addRow } from './rows.ts';

export function addRotationLevelConstraints(ctx: ModelContext, roles: Record<RotationCategory, RotationRoles>): void {
  const { cols, schools, b, scenario } = ctx;
  const certifiedPool = schools.map((s) => new LinExpr());
  for (const c of ROTATION_CATEGORIES) {
    for (let t = 0; t < ctx.T; t++) {
      const juniorIn = new LinExpr();
      schools.forEach((s, i) => {
        if (receivesAtJunior(s)) juniorIn.add(cols.in[c][i]![t]!, 1);
      });
      if (juniorIn.terms.size === 0) continue;
      const row = juniorIn;
      schools.forEach((s, i) => {
        const out = cols.out[c][i]![t]!;
        if (out < 0 || !roles[c].donors.has(s.id)) return;
        const cap = juniorCapable(s);
        if (!Number.isFinite(cap)) {
          row.add(out, -1);
          return;
        }
        if (cap <= 0) return;
        // certified[c,i,t] ≤ out[c,i,t]: the junior-certified part of what a primary donor sends.
        const z = b.addVariable(`certifiedOut[${c},${s.id},${t}]`, { ub: cap });
        addRow(ctx, `certifiedWithinOut[${c},${s.id},${scenario.years[t]}]`, new LinExpr().add(z, 1).add(out, -1), { ub: 0 });
        row.add(z, -1);
        certifiedPool[i]!.add(z, 1);
      });
      addRow(ctx, `rotationLevel[${c},${scenario.years[t]}]`, row, { ub: 0 }, { family: 'rotation-level', year: t, unit: 'teachers', side: 'ub' });
    }
  }
  schools.forEach((s, i) => {
    if (certifiedPool[i]!.terms.size > 0) addRow(ctx, `certifiedPool[${s.id}]`, certifiedPool[i]!, { ub: juniorCapable(s) });
  });
}
