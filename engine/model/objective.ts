/** Objective families: floor (raise the worst ratio), shortfall (student-weighted), cost; all as min-expressions. */
import type { ModelContext } from './context.ts';
import { LinExpr } from './linear.ts';
import { addRow } from './rows.ts';
import { ratioExpr } from './targets.ts';

/** Per year z_t ≤ every included part's value/standard; returns −Σ z_t / T (minimise to raise the floor). */
export function addFloorObjective(ctx: ModelContext): LinExpr {
  const objective = new LinExpr();
  for (let t = 0; t < ctx.T; t++) {
    const z = ctx.b.addVariable(`floor[${ctx.scenario.years[t]}]`);
    objective.add(z, -1 / ctx.T);
    ctx.parts.forEach((part, pi) => {
      if (!part.included[t]) return;
      for (const ind of ctx.judged(part)) {
        const ratio = ratioExpr(ctx, pi, ind.key, t);
        if (ratio) addRow(ctx, `floorDef[${ctx.schools[part.school]!.id},${part.level},${ind.key},${ctx.scenario.years[t]}]`, ratio.add(z, -1), { lb: 0 });
      }
    });
  }
  return objective;
}

/** Σ over years, parts and indicators of (students share) × shortfall below standard (0..1), averaged over years. */
export function addShortfallObjective(ctx: ModelContext): LinExpr {
  const objective = new LinExpr();
  for (let t = 0; t < ctx.T; t++) {
    const students = ctx.parts.reduce((s, p) => s + (p.included[t] ? p.students[t]! : 0), 0);
    ctx.parts.forEach((part, pi) => {
      if (!part.included[t]) return;
      for (const ind of ctx.judged(part)) {
        const ratio = ratioExpr(ctx, pi, ind.key, t);
        if (!ratio) continue;
        const tag = `${ctx.schools[part.school]!.id},${part.level},${ind.key},${ctx.scenario.years[t]}`;
        const short = ctx.b.addVariable(`shortfall[${tag}]`, { ub: 1 });
        addRow(ctx, `shortfallDef[${tag}]`, ratio.add(short, 1), { lb: 1 });
        objective.add(short, part.students[t]! / students / ctx.T);
      }
    });
  }
  return objective;
}
