/**
 * The objective of a plan, recomputed from its decisions (not read from the solver's auxiliary columns):
 * what the report states is the value of the plan delivered. Model units and sense (minimised):
 * floor → −(average over years of the lowest value/standard), shortfall → Σ student-weighted
 * min(1, max(0, 1 − ratio)) averaged over years, mincost → total cost in 万元.
 */
import type { PlanningModel } from '../model/build.ts';
import { required } from '../model/context.ts';

/**
 * value/standard of each included part's judged indicators in year t under x (as targets.ts ratioExpr,
 * without building an expression per ratio: the floor search calls this for every plan it finds).
 */
function forEachRatio(pm: PlanningModel, x: readonly number[], t: number, visit: (pi: number, ratio: number) => void): void {
  const { ctx } = pm;
  ctx.parts.forEach((part, pi) => {
    if (!part.included[t]) return;
    for (const ind of ctx.judged(part)) {
      const need = required(ctx, part, ind, t);
      if (need > 0) visit(pi, ctx.amount[pi]![ind.key]![t]!.value(x) / need);
    }
  });
}

/** Per plan year, the lowest value/standard over included parts and judged indicators. */
export function planFloors(pm: PlanningModel, x: readonly number[]): number[] {
  return Array.from({ length: pm.ctx.T }, (_, t) => {
    let floor = Infinity;
    forEachRatio(pm, x, t, (_, ratio) => (floor = Math.min(floor, ratio)));
    return Number.isFinite(floor) ? floor : 0;
  });
}

export function planShortfall(pm: PlanningModel, x: readonly number[]): number {
  const { ctx } = pm;
  let total = 0;
  for (let t = 0; t < ctx.T; t++) {
    const students = ctx.parts.reduce((s, p) => s + (p.included[t] ? p.students[t]! : 0), 0);
    forEachRatio(pm, x, t, (pi, ratio) => {
      total += (Math.min(1, Math.max(0, 1 - ratio)) * ctx.parts[pi]!.students[t]!) / students / ctx.T;
    });
  }
  return total;
}

/** The primary objective of the plan x (model units, minimised); undefined for cv (reported separately). */
export function planObjective(pm: PlanningModel, x: readonly number[]): number | undefined {
  switch (pm.ctx.scenario.objective.kind) {
    case 'floor': {
      const floors = planFloors(pm, x);
      return -floors.reduce((a, b) => a + b, 0) / floors.length;
    }
    case 'shortfall':
      return planShortfall(pm, x);
    case 'mincost':
      return pm.cost.value(x);
    case 'cv':
      return undefined;
  }
}

/** Relative gap of a (minimised) value to a lower bound; 0 when the bound is met or passed. */
export function relativeGap(value: number, bound: number | undefined): number | undefined {
  if (bound === undefined || !Number.isFinite(bound)) return undefined;
  return Math.max(0, (value - bound) / Math.max(Math.abs(value), 1e-9));
}
