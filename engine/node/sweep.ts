/**
 * A budget sweep on a job runner: one `sweep-point` job per scenario. The points, in order of increasing
 * budget, are cut into one chain of neighbouring budgets per thread; each chain runs its points one after
 * the other, each starting from the plan of the point before it (a plan stays feasible when the budget
 * grows, and a solve never delivers worse than its start: engine/optimize/warm-start.ts). At the end a
 * point still worse than a smaller budget (a chain's first point) gets that plan instead, checked
 * feasible (engine/compare/sweep-monotone.ts). A point that fails is reported for that point and the
 * others go on.
 */
import type { County } from '../county/types.ts';
import { carryForward, totalBudget } from '../compare/sweep-monotone.ts';
import type { PointOutcome } from '../compare/sweep-summary.ts';
import type { StartPlan } from '../optimize/warm-start.ts';
import type { Scenario } from '../scenario/resolve.ts';
import type { JobRunner, SubmitOptions } from './jobs.ts';

/** Solves point `index` of the sweep, from `start` when given; never rejects (a failure is an `error` outcome). */
export type PointSolver = (index: number, start: StartPlan | undefined) => Promise<PointOutcome>;

/** Outcomes in the order of `scenarios`, in `chains` chains of increasing budget; `onPoint` as each point ends. */
export async function sweepInChains(county: County, scenarios: readonly Scenario[], chains: number, solvePoint: PointSolver, onPoint?: (index: number, outcome: PointOutcome) => void): Promise<PointOutcome[]> {
  const order = scenarios.map((_, i) => i).sort((a, b) => totalBudget(scenarios[a]!) - totalBudget(scenarios[b]!) || a - b);
  const outcomes: PointOutcome[] = [];
  const size = Math.ceil(order.length / Math.max(1, Math.floor(chains)));
  const runChain = async (chain: number[]): Promise<void> => {
    let start: StartPlan | undefined;
    for (const i of chain) {
      const outcome = await solvePoint(i, start);
      outcomes[i] = outcome;
      onPoint?.(i, outcome);
      if ('report' in outcome && outcome.report.method !== 'none') start = { actions: outcome.report.actions, rotations: outcome.report.rotations };
    }
  };
  const runs: Promise<void>[] = [];
  for (let c = 0; c < order.length; c += size) runs.push(runChain(order.slice(c, c + size)));
  await Promise.all(runs);
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
