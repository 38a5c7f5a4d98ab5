/** Budget per year, with carry-over of unspent money when the scenario allows it. */
import { yearlyCommitments } from '../scenario/commitments.ts';
import { MONEY_UNIT, type ModelContext } from './context.ts';
import { LinExpr, sumExprs } from './linear.ts';
import { addRow } from './rows.ts';

export function yearSpend(ctx: ModelContext, t: number): LinExpr {
  return sumExprs(Object.values(ctx.spend[t]!));
}

/** Each year's spend within its budget less the recurring commitments (operating funds), plus carry-over. */
export function addBudgetConstraints(ctx: ModelContext): void {
  const { cols, scenario } = ctx;
  const committed = yearlyCommitments(ctx.county, scenario, ctx.enrollment).map((c) => c.committed);
  if (committed.some((c) => c > 0)) {
    ctx.notes.push({
      zh: `经常性支出先从预算中拨付：${committed.map((c, t) => `${scenario.years[t]} 年 ${Math.round(c)} 元`).join('，')}。`,
      en: `Recurring commitments taken from the budget first: ${committed.map((c, t) => `${scenario.years[t]} ${Math.round(c)} yuan`).join(', ')}.`,
    });
  }
  for (let t = 0; t < ctx.T; t++) {
    const e = yearSpend(ctx, t).add(cols.carry[t] ?? -1, 1);
    if (t > 0) e.add(cols.carry[t - 1] ?? -1, -1);
    addRow(ctx, `budget[${scenario.years[t]}]`, e, { ub: (scenario.budget.perYear[t]! - committed[t]!) / MONEY_UNIT },
      { family: 'budget', year: t, unit: 'wan-yuan', side: 'ub' });
  }
}
