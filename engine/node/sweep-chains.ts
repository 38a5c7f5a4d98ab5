/**
 * The order a budget sweep's points are solved in, on any runner that solves one point at a time per thread:
 * in order of increasing budget, cut into one chain of neighbouring budgets per thread; each chain solves its
 * points one after the other, each from the plan of the largest smaller budget solved so far (a plan stays
 * feasible when the budget grows, and a solve never delivers worse than its start: engine/optimize/warm-start.ts).
 * A chain that is done takes over the upper half of the longest one left (the lowest budgets are the slowest
 * to solve, so chains of equal length do not end together), down to its last point when a smaller budget's
 * plan is there to start that point from. A/B of that last step, sample sweep on 2 threads, 7 pairs
 * interleaved: median 13.41 → 12.76 s, 5 of 7 pairs quicker, the same frontier within the gap.
 * Used by `junheng sweep` and the bench (sweep.ts sweepOnRunner) and by the server's sweeps on its thread pool
 * (flows.ts); a queue of several machines solves its points all at once instead.
 */
import { budgetOrder } from '../compare/sweep-monotone.ts';
import type { PointOutcome } from '../compare/sweep-summary.ts';
import type { StartPlan } from '../optimize/warm-start.ts';
import type { Scenario } from '../scenario/resolve.ts';

/** Solves point `index` of the sweep, from `start` when given; a failure is an `error` outcome (a rejection ends the sweep). */
export type PointSolver = (index: number, start: StartPlan | undefined) => Promise<PointOutcome>;

/** Outcomes in the order of `scenarios`, solved in `chains` chains; `onPoint` as each point ends. Not yet made monotone. */
export async function solveInChains(scenarios: readonly Scenario[], chains: number, solvePoint: PointSolver, onPoint?: (index: number, outcome: PointOutcome) => void): Promise<PointOutcome[]> {
  const order = budgetOrder(scenarios);
  const outcomes: PointOutcome[] = [];
  const plans: (StartPlan | undefined)[] = []; // by position in `order`
  const size = Math.ceil(order.length / Math.max(1, Math.floor(chains)));
  // Positions [next, end) of `order` each chain has still to solve.
  const ranges: { next: number; end: number }[] = [];
  for (let c = 0; c < order.length; c += size) ranges.push({ next: c, end: Math.min(order.length, c + size) });
  const startFor = (pos: number): StartPlan | undefined => {
    for (let p = pos - 1; p >= 0; p--) if (plans[p]) return plans[p];
    return undefined;
  };
  const steal = (): { next: number; end: number } | undefined => {
    const victim = ranges.reduce((a, r) => (r.end - r.next > a.end - a.next ? r : a), ranges[0]!);
    const left = victim.end - victim.next;
    // The last point of a chain only from a plan: cold, it would cost a chain head's search (3–4 s at the
    // sample's lowest budgets) where its own chain, once its current point ends, starts from a neighbour.
    if (left === 0 || (left === 1 && startFor(victim.next) === undefined)) return undefined;
    const mid = left === 1 ? victim.next : victim.next + Math.ceil(left / 2);
    const taken = { next: mid, end: victim.end };
    victim.end = mid;
    ranges.push(taken);
    return taken;
  };
  const runChain = async (range: { next: number; end: number } | undefined): Promise<void> => {
    while (range) {
      while (range.next < range.end) {
        const pos = range.next++;
        const i = order[pos]!;
        const outcome = await solvePoint(i, startFor(pos));
        outcomes[i] = outcome;
        onPoint?.(i, outcome);
        if ('report' in outcome && outcome.report.method !== 'none') plans[pos] = { actions: outcome.report.actions, rotations: outcome.report.rotations };
      }
      range = steal();
    }
  };
  await Promise.all([...ranges].map((r) => runChain(r)));
  return outcomes;
}
