/** What one more million yuan in each year buys in the objective: LP duals, or a re-solve for integer plans. */
import type { PlanningModel } from '../model/build.ts';
import { MONEY_UNIT } from '../model/context.ts';
import { yuanText } from './money.ts';
import type { ShadowPrice, YearSummary } from './solve-report.ts';
import { isMip, type LpModel, type Solver } from '../solve/model.ts';
import { solveStage, type Limits } from './stages.ts';

const MILLION_IN_MODEL_UNITS = 1_000_000 / MONEY_UNIT;

export interface ObjectiveScale {
  /** reported objective = sign × model objective (floor is maximised, the model minimises). */
  sign: 1 | -1;
  /** Sentence pieces for the effect of money, e.g. raises the floor by. */
  effect: { zh: string; en: string };
  /** The effect as printed; perMillion is rounded to it, so bars and text agree. */
  format: (delta: number) => string;
  /** reported objective units per model unit (mincost: yuan per 万元). */
  factor: number;
}

function budgetRow(model: LpModel, year: number): number {
  return model.constraints.findIndex((c) => c.name === `budget[${year}]`);
}

/**
 * For an LP the budget rows' duals. For an integer plan, the LP with every integer decision fixed at the
 * plan's values: what money buys through the continuous decisions (equipment, areas) — one fast solve.
 */
export async function shadowPrices(
  pm: PlanningModel, model: LpModel, base: { x: readonly number[]; rowDuals?: number[] }, solver: Solver, limits: Limits, scale: ObjectiveScale,
  planYears: readonly Pick<YearSummary, 'year' | 'available' | 'spend'>[] = [],
): Promise<ShadowPrice[]> {
  let duals = base.rowDuals;
  if (isMip(model) || !duals || duals.length !== model.constraints.length) {
    const fixed: LpModel = {
      ...model,
      variables: model.variables.map(({ integer, ...v }, j) => (integer ? { ...v, lb: Math.round(base.x[j] ?? 0), ub: Math.round(base.x[j] ?? 0) } : v)),
    };
    const lp = await solveStage(solver, fixed, limits);
    duals = lp.result.rowDuals;
  }
  if (!duals) return [];
  const out: ShadowPrice[] = [];
  for (const year of pm.ctx.scenario.years) {
    const r = budgetRow(model, year);
    if (r < 0) continue;
    const perMillion = scale.sign * (duals[r] ?? 0) * MILLION_IN_MODEL_UNITS;
    const plan = planYears.find((y) => y.year === year);
    out.push(plannersShadowPrice(year, perMillion, isMip(model) ? 'dual-fixed-integers' : 'dual', scale, plan ? plan.available - plan.spend.total : 0));
  }
  return out;
}

/** yuan a year may leave unspent and still count as spending its budget (solver round-off). */
export const UNSPENT_TOLERANCE = 100;

/**
 * One shadow price in the planner's words. A year whose money the plan does not spend in full
 * (`unspent` yuan, carry-over included) is not binding: more money there changes nothing in this plan,
 * so its price is 0 with that reason. The effect is rounded once, by scale.format, for every reader.
 */
export function plannersShadowPrice(year: number, perMillion: number, method: ShadowPrice['method'], scale: ObjectiveScale, unspent: number): ShadowPrice {
  if (unspent > UNSPENT_TOLERANCE) {
    const left = yuanText(unspent);
    return {
      year, perMillion: 0, method, binding: false,
      message: {
        zh: `${year}年的资金本方案没有用完（结余${left.zh}），再增加资金也不会改变方案：边际效果为0`,
        en: `the plan leaves ${left.en} unspent in ${year}, so more money that year changes nothing: effect 0`,
      },
    };
  }
  const clean = Math.abs(perMillion) < 1e-9 ? 0 : Number(scale.format(perMillion).replace(/[^0-9.eE+-]/g, '')) || 0;
  const how = method === 'dual-fixed-integers'
    ? { zh: '（整数决策按本方案固定，只调整可连续取值的投入估算）', en: ' (estimated with the plan\'s whole-number decisions kept as they are)' }
    : { zh: '', en: '' };
  return {
    year, perMillion: scale.factor === 1 ? clean : perMillion, method, binding: true,
    message: {
      zh: `${year}年每增加100万元，${scale.effect.zh}${scale.format(perMillion)}${how.zh}`,
      en: `the next 1 million yuan in ${year} ${scale.effect.en} ${scale.format(perMillion)}${how.en}`,
    },
  };
}
