/**
 * The floor search's first step from a neighbouring what-if's plan (a sweep's smaller budget, an edited
 * scenario's last run), and the level at which a plan would be certified.
 *
 * Why: from a neighbour's plan the search used to probe just below the aim of the weak cut model (cuts for plans
 * of value ≥ 0), and on the sample sweep that first probe failed at every point (0.05–0.08 s each); the plan
 * that ended the search at the upper budgets was found later, by a check at the lowest level whose plan the bound
 * for plans at least as good as the start certifies. warmCheck runs that bound and that check first.
 */
import type { PlanningModel } from '../model/build.ts';
import type { Solver } from '../solve/model.ts';
import { strengthenedBound, type FloorBound } from './floor-bound.ts';
import type { Deadline } from './heuristic.ts';
import type { Limits } from './stages.ts';

export interface WarmCheck {
  /** The strengthened bound for plans at least as good as the start (floor-bound.ts). */
  strong: FloorBound;
  /** The check's plan, when it found one. */
  plan?: number[];
  /** The common level the check proved out of reach (an upper end for the search). */
  outOfReach?: number;
  /**
   * The first step decided where the search goes on: a plan, a level out of reach, or the start already
   * certified by the bound (no check needed). Otherwise (the check did not finish, or no level is certified
   * below the highest) the search goes on as without it.
   */
  settled: boolean;
}

export interface WarmInput {
  start: readonly number[];
  /** Per-year ceilings of the relaxation (floor-bound.ts yearCeilings). */
  ceilings: readonly number[];
  /** The search path: the yearly floors checked at common level θ. */
  common: (theta: number) => number[];
  /** The start's own common level, and the highest level of the search. */
  from: number;
  hi: number;
  /** The search's feasibility check at the given yearly floors. */
  check: (floors: number[]) => Promise<number[] | 'infeasible' | 'unknown'>;
  /** Average floor of a plan. */
  value: (x: readonly number[]) => number;
}

/** null when the bound is not solved in time (the search then goes on as without it). */
export async function warmCheck(pm: PlanningModel, solver: Solver, limits: Limits, deadline: Deadline, input: WarmInput): Promise<WarmCheck | null> {
  const strong = await strengthenedBound(pm, solver, limits, deadline, input.value(input.start), input.ceilings, 1);
  if (!strong) return null;
  const theta = certifyingLevel(input.common, input.from, input.hi, strong.bound / (1 + limits.mipRelGap));
  if (theta >= input.hi) return { strong, settled: false };
  if (theta <= input.from) return { strong, settled: true };
  const r = await input.check(input.common(theta));
  if (r === 'infeasible') return { strong, outOfReach: theta, settled: true };
  if (r === 'unknown') return { strong, settled: false };
  return { strong, plan: r, settled: true };
}

/**
 * The lowest θ in [lo, hi] whose levels alone give a plan average `need` or more (a plan of those floors has
 * them at least); hi when none does. Levels grow with θ; 60 halvings of [lo, hi] (no solves).
 */
export function certifyingLevel(levels: (theta: number) => number[], lo: number, hi: number, need: number): number {
  const average = (theta: number) => {
    const f = levels(theta);
    return f.reduce((a, b) => a + b, 0) / f.length;
  };
  // A hair above `need`: the plan's average is compared with the bound in floating point.
  const goal = need + 1e-9 * Math.max(1, Math.abs(need));
  if (!Number.isFinite(need) || need <= 0 || average(hi) < goal) return hi;
  let [below, above] = [lo, hi];
  for (let i = 0; i < 60 && above - below > 1e-12; i++) {
    const mid = (below + above) / 2;
    if (average(mid) >= goal) above = mid;
    else below = mid;
  }
  return above;
}
