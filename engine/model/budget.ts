/** Budget per year, with carry-over of unspent money when the scenario allows it. */
import { MONEY_UNIT, type ModelContext } from './context.ts';
import { LinExpr, sumExprs } from './linear.ts';
import { addRow } from './rows.ts';

export function yearSpend(ctx: ModelContext, t: number): LinExpr {
  return sumExprs(Object.values(ctx.spend[t]!));
}

export function addBudgetConstraints(ctx: ModelContext): void {
  const { cols, scenario } = ctx;
  for (let t = 0; t < ctx.T; t++) {
    const e = yearSpend(ctx, t).add(cols.carry[t] ?? -1, 1);
    if (t > 0) e.add(cols.carry[t - 1] ?? -1, -1);
    addRow(ctx, `budget[${scenario.years[t]}]`, e, { ub: scenario.budget.perYear[t]! / MONEY_UNIT },
      { family: 'budget', year: t, unit: 'wan-yuan', side: 'ub' });
  }
}
