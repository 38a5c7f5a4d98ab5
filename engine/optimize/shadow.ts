/** What one more million yuan in each year buys in the objective: LP duals, or a re-solve for integer plans. */
import type { PlanningModel } from '../model/build.ts';
import { MONEY_UNIT } from '../model/context.ts';
import type { ShadowPrice } from '../plan/types.ts';
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

export async function shadowPrices(
  pm: PlanningModel, model: LpModel, base: { objective: number; rowDuals?: number[] }, solver: Solver, limits: Limits, scale: ObjectiveScale,
): Promise<ShadowPrice[]> {
  const out: ShadowPrice[] = [];
  const useDuals = !isMip(model) && base.rowDuals !== undefined && base.rowDuals.length === model.constraints.length;
  for (const year of pm.ctx.scenario.years) {
    const r = budgetRow(model, year);
    if (r < 0) continue;
    let delta: number;
    let method: ShadowPrice['method'];
    if (useDuals) {
      delta = base.rowDuals![r]! * MILLION_IN_MODEL_UNITS;
      method = 'dual';
    } else {
      const constraints = model.constraints.map((c, i) => (i === r ? { ...c, ub: c.ub + MILLION_IN_MODEL_UNITS } : c));
      const more = await solveStage(solver, { ...model, constraints }, limits);
      if (!more.x) continue;
      delta = more.result.objective - base.objective;
      method = 're-solve';
    }
    const perMillion = scale.sign * delta;
    const clean = Math.abs(perMillion) < 1e-9 ? 0 : perMillion;
    out.push({
      year, perMillion: clean, method,
      message: {
        zh: `${year}年每增加100万元，${scale.effect.zh}${scale.format(clean)}`,
        en: `the next 1 million yuan in ${year} ${scale.effect.en} ${scale.format(clean)}`,
      },
    });
  }
  return out;
}
