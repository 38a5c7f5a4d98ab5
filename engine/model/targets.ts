/**
 * Yearly targets: share of included schools passing the school rule (≥ minMet thresholds met, the rest
 * at otherMinRatio). Binary per part, indicator and year: met[k] ⇒ ratio_k ≥ 1; pass ⇒ Σ met ≥ minMet and every ratio ≥ otherMinRatio.
 */
import { required, type ModelContext } from './context.ts';
import { LinExpr } from './linear.ts';
import { addRow } from './rows.ts';
import { ModelInputError } from './input-error.ts';

/** value / threshold of a part's indicator in year t, as an expression. */
export function ratioExpr(ctx: ModelContext, pi: number, key: string, t: number): LinExpr | undefined {
  const part = ctx.parts[pi]!;
  const ind = ctx.standard.indicators.find((i) => i.key === key)!;
  const need = required(ctx, part, ind, t);
  return need > 0 ? ctx.amount[pi]![key]![t]!.scaled(1 / need) : undefined;
}

/** Columns: schoolPass[school][t] (binary), or undefined when the scenario sets no targets. */
export function addTargetConstraints(ctx: ModelContext): number[][] | undefined {
  const targets = ctx.scenario.objective.targets;
  if (!targets) return undefined;
  const rule = ctx.standard.schoolRule;
  if (!rule) throw new ModelInputError('/objective/targets', `the standard ${ctx.standard.id} has no per-school rule to count passing schools`);
  const { b, scenario } = ctx;
  const years = scenario.years;
  const schoolPass = ctx.schools.map((s) => Array.from({ length: ctx.T }, (_, t) => b.addVariable(`schoolPass[${s.id},${years[t]}]`, { ub: 1, integer: true })));
  const columns = { part: ctx.parts.map(() => Array.from({ length: ctx.T }, () => -1)), meets: ctx.parts.map(() => Array.from({ length: ctx.T }, () => ({}) as Record<string, number>)), school: schoolPass };
  ctx.passColumns = columns;
  ctx.parts.forEach((part, pi) => {
    const school = ctx.schools[part.school]!;
    const tag = `${school.id},${part.level}`;
    for (let t = 0; t < ctx.T; t++) {
      if (!part.included[t]) continue;
      const pass = b.addVariable(`partPass[${tag},${years[t]}]`, { ub: 1, integer: true });
      columns.part[pi]![t] = pass;
      const metCount = new LinExpr().add(pass, -rule.minMet);
      let judged = 0;
      for (const ind of ctx.judged(part)) {
        const ratio = ratioExpr(ctx, pi, ind.key, t);
        if (!ratio) continue;
        judged++;
        const met = b.addVariable(`meets[${tag},${ind.key},${years[t]}]`, { ub: 1, integer: true });
        columns.meets[pi]![t]![ind.key] = met;
        metCount.add(met, 1);
        addRow(ctx, `meetsDef[${tag},${ind.key},${years[t]}]`, ratio.scaled(1).add(met, -1), { lb: 0 });
        addRow(ctx, `passFloor[${tag},${ind.key},${years[t]}]`, ratio.scaled(1).add(pass, -rule.otherMinRatio), { lb: 0 });
      }
      if (judged < rule.minMet) metCount.add(pass, rule.minMet - judged);
      addRow(ctx, `passCount[${tag},${years[t]}]`, metCount, { lb: 0 });
      addRow(ctx, `schoolPassNeedsPart[${tag},${years[t]}]`, new LinExpr().add(pass, 1).add(schoolPass[part.school]![t]!, -1), { lb: 0 });
    }
  });
  for (let t = 0; t < ctx.T; t++) {
    const count = new LinExpr();
    const included = ctx.includedSchools(t);
    for (const si of included) count.add(schoolPass[si]![t]!, 1);
    const need = Math.ceil(targets[t]! * included.length - 1e-9);
    if (need > 0) {
      addRow(ctx, `target[${years[t]}]`, count, { lb: need }, { family: 'targets', year: t, unit: 'schools', side: 'lb' });
    }
  }
  return schoolPass;
}
