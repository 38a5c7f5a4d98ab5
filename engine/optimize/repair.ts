/**
 * Rounding an LP-relaxation plan to whole teachers, rooms and projects: largest-remainder rounding
 * keeps each year's rotation flows balanced (teachers out = teachers in) and each total as in the LP.
 */
import type { PlanningModel } from '../model/build.ts';
import { ROTATION_CATEGORIES } from '../model/variables.ts';

function largestRemainder(columns: number[], x: number[], total: number, ub: (j: number) => number): void {
  const floors = columns.map((j) => Math.floor((x[j] ?? 0) + 1e-9));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = columns.map((j, i) => ({ i, frac: (x[j] ?? 0) - floors[i]! })).sort((a, b) => b.frac - a.frac);
  for (const { i } of order) {
    if (left <= 0) break;
    if (floors[i]! + 1 <= ub(columns[i]!)) {
      floors[i]!++;
      left--;
    }
  }
  columns.forEach((j, i) => (x[j] = floors[i]!));
}

/** Whole values for every integer decision column (not the pass/meets indicator binaries, left to the solver). */
export function roundPlan(pm: PlanningModel, relaxed: readonly number[], mode: 'nearest' | 'up' = 'nearest'): { x: number[]; decisions: Set<number> } {
  const x = [...relaxed];
  const vars = pm.model.variables;
  const decisions = new Set<number>();
  const { cols } = pm.ctx;
  const rotation = new Set<number>();
  for (const c of ROTATION_CATEGORIES) {
    for (let t = 0; t < pm.ctx.T; t++) {
      const out = cols.out[c].map((row) => row[t]!).filter((j) => j >= 0);
      const inn = cols.in[c].map((row) => row[t]!).filter((j) => j >= 0);
      const total = Math.round(out.reduce((s, j) => s + (x[j] ?? 0), 0));
      largestRemainder(out, x, total, (j) => vars[j]!.ub);
      largestRemainder(inn, x, total, (j) => vars[j]!.ub);
      for (const j of [...out, ...inn]) rotation.add(j);
    }
  }
  vars.forEach((v, j) => {
    if (!v.integer || /^(meets|partPass|schoolPass)\[/.test(v.name)) return;
    decisions.add(j);
    // 'up' never lowers a school's amounts below the relaxation's (rooms, hires, upgrades, projects), at a price.
    const whole = mode === 'up' ? Math.ceil((x[j] ?? 0) - 1e-6) : Math.round(x[j] ?? 0);
    if (!rotation.has(j)) x[j] = Math.min(v.ub, Math.max(v.lb, whole));
  });
  return { x, decisions };
}
