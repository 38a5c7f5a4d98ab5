/** What one more million yuan in each year buys in the objective: LP duals, or a re-solve for integer plans. */
import type { PlanningModel } from '../model/build.ts';
import { MONEY_UNIT } from '../model/context.ts';
import type { ShadowPrice } from './solve-report.ts';
import { isMip, type LpModel, type Solver } from '../solve/model.ts';
import { solveStage, type Limits } from './stages.ts';

const MILLION_IN_MODEL_UNITS = 1_000_000 / MONEY_UNIT;

export interface ObjectiveScale {
  /** reported objective = sign × model objective (floor is maximised, the model minimises). */
  sign: 1 | -1;
  /** Sentence pieces for the effect of money, e.g. raises the floor by. */
  effect: { zh: string; en: string };
  format: (delta: number) => string;
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
    const clean = Math.abs(perMillion) < 1e-9 ? 0 : perMillion;
    out.push({
      year, perMillion: clean, method: isMip(model) ? 'dual-fixed-integers' : 'dual',
      message: {
        zh: `${year}年每增加100万元，${scale.effect.zh}${scale.format(clean)}`,
        en: `the next 1 million yuan in ${year} ${scale.effect.en} ${scale.format(clean)}`,
      },
    });
  }
  return out;
}
