/**
 * Yearly targets: share of included schools passing the school rule (≥ minMet thresholds met, the rest
 * at otherMinRatio). Per school and year one binary schoolPass (shared by a nine-year school's two parts);
 * per part, year and judged indicator that can fall short one binary relax_k, "the indicator left below
 * standard", with
 *   ratio_k ≥ s·(pass − (1 − otherMinRatio)·relax_k)        (s = 1 + margin, the planned standard)
 *   Σ_k relax_k ≤ (judged − minMet)·pass.
 * Per part this is the convex hull of the rule in ratio space (at most one ratio below s, none below
 * s·otherMinRatio), so the LP relaxation lets a passing school fall short by 0.15 in total, not 1.0.
 * Indicators met whatever the plan does get no binary; a part that can never pass fixes schoolPass = 0.
 */
import { required, type ModelContext } from './context.ts';
import { LinExpr } from './linear.ts';
import { addRow } from './rows.ts';
import { ModelInputError } from './input-error.ts';
import type { Note } from './note.ts';

/**
 * Relative margin every planned ratio row keeps above the standard even without `objective.margin`.
 * HiGHS accepts rows violated by up to 1e-7 (LP) or 1e-6 (MIP feasibility tolerance); at the 85 % bar
 * this margin is 0.85 × 2e-6 = 1.7e-6, above both, so a row met only within the tolerance never leaves
 * an indicator a hair below its threshold and the simulator's exact comparison agrees with the model.
 * At 1e-7 a school planned at exactly 0.85 was replayed at 0.8499999 and failed. Costs move by about
 * 2e-6 relative (2 yuan in a million).
 */
export const EXACT_MARGIN = 2e-6;

/** What integer: false with targets means for the plan, as a report note (optimality.ts FRACTIONAL_PASSES is its short form in the optimality label). */
export const FRACTIONAL_TARGETS_NOTE: Note = {
  zh: 'integer: false 为线性松弛：年度目标按分数统计达标学校（一所学校可按 0.6 所达标计，或在两项指标略低于标准时仍计为达标），'
    + '因此实际达标的学校可能少于目标要求；各年列出的达标学校数为实际数。如需按整所学校计，请设 integer: true。',
  en: 'integer: false is an LP relaxation: the yearly targets count schools passing fractionally '
    + '(a school may count as 0.6 passing, or pass with two indicators a little below standard), so fewer schools may really pass '
    + 'than the targets ask; the schools passing shown per year are the real counts. Use integer: true for whole schools.',
};

/** value / threshold of a part's indicator in year t, as an expression. */
export function ratioExpr(ctx: ModelContext, pi: number, key: string, t: number): LinExpr | undefined {
  const part = ctx.parts[pi]!;
  const ind = ctx.standard.indicators.find((i) => i.key === key)!;
  const need = required(ctx, part, ind, t);
  return need > 0 ? ctx.amount[pi]![key]![t]!.scaled(1 / need) : undefined;
}

/** The standard the plan aims at, as a multiple of the real one: 1 + objective.margin (+ EXACT_MARGIN). */
export function plannedStandard(ctx: ModelContext): number {
  return 1 + (ctx.scenario.objective.margin ?? 0) + EXACT_MARGIN;
}

/** Lowest and highest value an expression can take within the column bounds (rows ignored). */
export function exprRange(ctx: ModelContext, e: LinExpr): { lo: number; hi: number } {
  let lo = e.constant;
  let hi = e.constant;
  for (const [j, a] of e.terms) {
    const v = ctx.b.boundsOf(j);
    lo += a > 0 ? a * v.lb : a * v.ub;
    hi += a > 0 ? a * v.ub : a * v.lb;
  }
  return { lo, hi };
}

/** Columns: schoolPass[school][t] (binary), or undefined when the scenario sets no targets. */
export function addTargetConstraints(ctx: ModelContext): number[][] | undefined {
  const targets = ctx.scenario.objective.targets;
  if (!targets) return undefined;
  const rule = ctx.standard.schoolRule;
  if (!rule) throw new ModelInputError('/objective/targets', `the standard ${ctx.standard.id} has no per-school rule to count passing schools`);
  const { b, scenario } = ctx;
  const years = scenario.years;
  const s = plannedStandard(ctx);
  // integer: false is a true LP: pass and relax columns in [0, 1], so the targets count schools passing
  // fractionally (the rule's convex hull); the plan's real count (simulator) may fall short, and the report says so.
  const integer = scenario.integer;
  if (!integer) ctx.notes.push(FRACTIONAL_TARGETS_NOTE);
  const included = Array.from({ length: ctx.T }, (_, t) => new Set(ctx.includedSchools(t)));
  const schoolPass = ctx.schools.map((sc, si) => Array.from({ length: ctx.T }, (_, t) =>
    b.addVariable(`schoolPass[${sc.id},${years[t]}]`, { ub: included[t]!.has(si) ? 1 : 0, integer })));
  const columns = { part: ctx.parts.map(() => Array.from({ length: ctx.T }, () => -1)), relax: ctx.parts.map(() => Array.from({ length: ctx.T }, () => ({}) as Record<string, number>)), school: schoolPass };
  ctx.passColumns = columns;
  ctx.parts.forEach((part, pi) => {
    const school = ctx.schools[part.school]!;
    const tag = `${school.id},${part.level}`;
    for (let t = 0; t < ctx.T; t++) {
      if (!part.included[t]) continue;
      const pass = schoolPass[part.school]![t]!;
      columns.part[pi]![t] = pass;
      // Judged indicators that may fall short (the others are met whatever the plan does).
      const fallible: { key: string; ratio: LinExpr; hi: number }[] = [];
      let judged = 0;
      for (const ind of ctx.judged(part)) {
        const ratio = ratioExpr(ctx, pi, ind.key, t);
        if (!ratio) continue;
        judged++;
        const { lo, hi } = exprRange(ctx, ratio);
        if (lo < s) fallible.push({ key: ind.key, ratio, hi });
      }
      const spare = Math.max(0, judged - rule.minMet);
      const low = 1 - rule.otherMinRatio;
      if (fallible.some((f) => f.hi < s * rule.otherMinRatio) || fallible.filter((f) => f.hi < s).length > spare) b.setBounds(pass, 0, 0);
      // As many fallible indicators as may be left short: each needs only the lower bar, no binary.
      const binaries = fallible.length > spare && spare > 0;
      const relaxCount = new LinExpr();
      for (const { key, ratio } of fallible) {
        const row = ratio.scaled(1).add(pass, -s * (spare > 0 && !binaries ? rule.otherMinRatio : 1));
        if (binaries) {
          const relax = b.addVariable(`relax[${tag},${key},${years[t]}]`, { ub: 1, integer });
          columns.relax[pi]![t]![key] = relax;
          relaxCount.add(relax, 1);
          row.add(relax, s * low);
        }
        addRow(ctx, `passRatio[${tag},${key},${years[t]}]`, row, { lb: 0 });
      }
      if (binaries) addRow(ctx, `passCount[${tag},${years[t]}]`, relaxCount.add(pass, -spare), { ub: 0 });
    }
  });
  for (let t = 0; t < ctx.T; t++) {
    const count = new LinExpr();
    for (const si of included[t]!) count.add(schoolPass[si]![t]!, 1);
    const need = Math.ceil(targets[t]! * included[t]!.size - 1e-9);
    if (need > 0) {
      addRow(ctx, `target[${years[t]}]`, count, { lb: need }, { family: 'targets', year: t, unit: 'schools', side: 'lb' });
    }
  }
  return schoolPass;
}
