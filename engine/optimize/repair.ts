/**
 * Rounding an LP-relaxation plan to whole teachers, rooms and projects: largest-remainder rounding
 * keeps each year's rotation flows balanced (teachers out = teachers in) and each total as in the LP.
 */
import type { PlanningModel } from '../model/build.ts';
import { ROTATION_CATEGORIES } from '../plan/types.ts';

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
    // Rotations stay to the solver: rounding them moves teachers between schools chosen to pass.
    if (!v.integer || rotation.has(j) || /^(relax|schoolPass)\[/.test(v.name)) return;
    decisions.add(j);
    // 'up' never lowers a school's amounts below the relaxation's (rooms, hires, upgrades, projects), at a price.
    const whole = mode === 'up' ? Math.ceil((x[j] ?? 0) - 1e-6) : Math.round(x[j] ?? 0);
    if (!rotation.has(j)) x[j] = Math.min(v.ub, Math.max(v.lb, whole));
  });
  return { x, decisions };
}

/**
 * Which schools pass each year, chosen from the relaxation: the `need` schools with the highest relaxed
 * pass value; a chosen part must meet every indicator but its weakest (held at the rule's 85%).
 * Returns column → fixed value for every target binary.
 */
/** Rough yuan per student to raise an indicator's value/standard by 1 (ranking only). */
function yuanPerStudentRatio(ctx: PlanningModel['ctx'], key: string, level: 'primary' | 'junior'): number {
  const ind = ctx.standard.indicators.find((i) => i.key === key)!;
  const thr = (ind.threshold[level] ?? 0) / ind.per;
  const c = ctx.scenario.costs;
  const unit: Record<string, number> = {
    teachingArea: c.teachingAreaPerM2, sportsArea: c.sportsAreaPerM2, equipmentValue: 1, multimediaRooms: c.multimediaRoom,
    degreeTeachers: c.degreeUpgrade, backboneTeachers: c.backboneTeacherPerYear, peArtTeachers: c.teacherPerYear,
  };
  return thr * (unit[ind.resource] ?? c.teacherPerYear);
}

/** `by`: rank schools by the rough cost of passing (default), or by the relaxation's own pass value first. */
export function choosePasses(pm: PlanningModel, relaxed: readonly number[], by: 'cost' | 'relaxation' = 'cost'): Map<number, number> {
  const fixed = new Map<number, number>();
  const { ctx } = pm;
  const pc = ctx.passColumns;
  const targets = ctx.scenario.objective.targets;
  const rule = ctx.standard.schoolRule;
  if (!pc || !targets || !rule) return fixed;
  const indicator = new Map(ctx.standard.indicators.map((i) => [i.key, i]));
  const ratio = (pi: number, key: string, t: number, x: readonly number[]) => {
    const part = ctx.parts[pi]!;
    const ind = indicator.get(key)!;
    const need = ((ind.threshold[part.level] ?? 0) * part.students[t]!) / ind.per;
    return need > 0 ? ctx.amount[pi]![key]![t]!.value(x) / need : Infinity;
  };
  // Parts per school, so that each step below is linear in the parts (this runs on 2,000-school counties).
  const partsOf = ctx.schools.map(() => [] as number[]);
  ctx.parts.forEach((part, pi) => partsOf[part.school]!.push(pi));
  for (let t = 0; t < ctx.T; t++) {
    // The indicator a passing part may leave at 85%: one no decision can raise this year (if any), else its weakest.
    const exempt = new Map<number, string | null>();
    // Closest to passing first: the shortfall below standard, before any decision, of the indicators it must meet (yuan, rough).
    const partShortfall = new Map<number, number>();
    ctx.parts.forEach((part, pi) => {
      if (pc.part[pi]![t]! < 0) return;
      const before = new Map(ctx.judged(part).map((i) => [i.key, ratio(pi, i.key, t, [])] as const));
      const keys = [...before.keys()].filter((k) => before.get(k) !== Infinity);
      const after = new Map(keys.map((k) => [k, ratio(pi, k, t, relaxed)] as const));
      const stuck = keys.filter((k) => ctx.amount[pi]![k]![t]!.terms.size === 0 && after.get(k)! < 1 - 1e-9);
      const canPass = stuck.length <= keys.length - Math.min(rule.minMet, keys.length) && stuck.every((k) => after.get(k)! >= rule.otherMinRatio);
      const weakest = [...keys].sort((a, b) => after.get(a)! - after.get(b)!)[0] ?? null;
      const left = canPass ? (stuck[0] ?? weakest) : null;
      exempt.set(pi, left);
      partShortfall.set(pi, keys.filter((k) => k !== left)
        .reduce((sum, k) => sum + Math.max(0, 1 - before.get(k)!) * part.students[t]! * yuanPerStudentRatio(ctx, k, part.level), 0));
    });
    const passable = (si: number) => partsOf[si]!.every((pi) => pc.part[pi]![t]! < 0 || exempt.get(pi) !== null);
    const included = ctx.includedSchools(t);
    const need = Math.ceil(targets[t]! * included.length - 1e-9);
    const shortfall = new Map(included.map((si) => [si, partsOf[si]!.reduce((sum, pi) => sum + (partShortfall.get(pi) ?? 0), 0)]));
    const relaxedPass = (si: number) => (by === 'relaxation' ? Math.round((relaxed[pc.school[si]![t]!] ?? 0) * 100) : 0);
    const ranked = included.filter(passable).sort((a, b) => relaxedPass(b) - relaxedPass(a) || shortfall.get(a)! - shortfall.get(b)!);
    const chosen = new Set(ranked.slice(0, need));
    for (const si of ctx.schools.keys()) fixed.set(pc.school[si]![t]!, chosen.has(si) ? 1 : 0);
    ctx.parts.forEach((part, pi) => {
      const pass = pc.part[pi]![t]!;
      if (pass < 0) return;
      const passes = chosen.has(part.school);
      fixed.set(pass, passes ? 1 : 0);
      // Which indicator a passing school leaves short stays to the solver (few binaries, and the relaxation's
      // weakest is often the wrong one); a school that does not pass leaves none short.
      if (!passes) for (const j of Object.values(pc.relax[pi]![t]!)) fixed.set(j, 0);
    });
  }
  return fixed;
}
