/**
 * A budget sweep on a job runner, two ways.
 * - `sweepOnRunner` (CLI, bench): one `sweep-point` job per scenario. The points, in order of increasing
 *   budget, are cut into one chain of neighbouring budgets per thread; each chain runs its points one after
 *   the other, each starting from the plan of the point before it (a plan stays feasible when the budget
 *   grows, and a solve never delivers worse than its start: engine/optimize/warm-start.ts); a chain that is
 *   done takes over the upper half of the longest one left.
 * - `sweepFlow` (server, pool or BullMQ queue): a flow with one `sweep-point` child per scenario, all
 *   submitted at once (flows.ts), so children cannot start from a neighbour; cancellable as one job.
 * Either way, at the end a point still worse than a smaller budget gets that plan instead, checked feasible
 * (engine/compare/sweep-monotone.ts). A point that fails is reported for that point and the
 * others go on.
 */
import type { County } from '../county/types.ts';
import { budgetOrder, carryForward } from '../compare/sweep-monotone.ts';
import type { PointOutcome } from '../compare/sweep-summary.ts';
import type { StartPlan } from '../optimize/warm-start.ts';
import type { Scenario } from '../scenario/resolve.ts';
import { submitFlow } from './flows.ts';
import type { Flow, FlowOptions, JobRunner, SubmitOptions } from './jobs.ts';

/**
 * The sweep's flow; its result is the sweep summary (budgets, points, frontier). `budgets` are the points'
 * totals (yuan over the plan), one per scenario.
 */
export function sweepFlow(runner: JobRunner, county: County, budgets: number[], scenarios: readonly Scenario[], options: FlowOptions<'sweep'> = {}): Flow<'sweep'> {
  return submitFlow(runner, 'sweep', { parent: { budgets, scenarios: [...scenarios], county }, children: scenarios.map((scenario) => ({ county, scenario })) }, options);
}

/** Solves point `index` of the sweep, from `start` when given; never rejects (a failure is an `error` outcome). */
export type PointSolver = (index: number, start: StartPlan | undefined) => Promise<PointOutcome>;

/**
 * Outcomes in the order of `scenarios`, in `chains` chains of increasing budget; `onPoint` as each point ends.
 * A chain that runs out of points takes the upper half of the longest remaining chain (the lowest budgets are
 * the slowest to solve, so chains of equal length do not end together); every point starts from the plan of
 * the largest smaller budget solved so far, its own chain's previous point when the chain has one.
 */
export async function sweepInChains(county: County, scenarios: readonly Scenario[], chains: number, solvePoint: PointSolver, onPoint?: (index: number, outcome: PointOutcome) => void): Promise<PointOutcome[]> {
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
    if (victim.end - victim.next < 2) return undefined;
    const mid = victim.next + Math.ceil((victim.end - victim.next) / 2);
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
  return carryForward(county, scenarios, outcomes, order);
}

/** The sweep on a runner (thread pool or queue): as many chains as the runner has threads. */
export function sweepOnRunner(runner: JobRunner, county: County, scenarios: readonly Scenario[], onPoint?: (index: number, outcome: PointOutcome) => void, submit?: Pick<SubmitOptions<'sweep-point'>, 'priority'>): Promise<PointOutcome[]> {
  return sweepInChains(county, scenarios, runner.threads, async (index, start) => {
    try {
      return { report: await runner.submit('sweep-point', { county, scenario: scenarios[index]!, ...(start ? { start } : {}) }, { ...submit }).result };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, onPoint);
}
