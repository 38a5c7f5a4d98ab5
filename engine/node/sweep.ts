/**
 * A budget sweep on a job runner, two ways.
 * - `sweepOnRunner` (CLI, bench): one `sweep-point` job per scenario, in chains of neighbouring budgets, each
 *   point from the plan of the point before it (sweep-chains.ts).
 * - `sweepFlow` (server): a flow with one `sweep-point` child per scenario, cancellable as one job; on the
 *   thread pool its children run in the same chains (flows.ts), on a BullMQ queue all at once, so there they
 *   cannot start from a neighbour.
 * Either way, at the end a point still worse than a smaller budget gets that plan instead, checked feasible
 * (engine/compare/sweep-monotone.ts). A point that fails is reported for that point and the
 * others go on.
 */
import type { County } from '../county/types.ts';
import { budgetOrder, carryForward } from '../compare/sweep-monotone.ts';
import type { PointOutcome } from '../compare/sweep-summary.ts';
import type { Scenario } from '../scenario/resolve.ts';
import { submitFlow } from './flows.ts';
import { solveInChains, type PointSolver } from './sweep-chains.ts';
import type { Flow, FlowOptions, JobRunner, SubmitOptions } from './jobs.ts';

/**
 * The sweep's flow; its result is the sweep summary (budgets, points, frontier). `budgets` are the points'
 * totals (yuan over the plan), one per scenario.
 */
export function sweepFlow(runner: JobRunner, county: County, budgets: number[], scenarios: readonly Scenario[], options: FlowOptions<'sweep'> = {}): Flow<'sweep'> {
  return submitFlow(runner, 'sweep', { parent: { budgets, scenarios: [...scenarios], county }, children: scenarios.map((scenario) => ({ county, scenario })) }, options);
}

/**
 * Outcomes in the order of `scenarios`, solved in `chains` chains of increasing budget (sweep-chains.ts), then
 * made monotone; `onPoint` as each point ends.
 */
export async function sweepInChains(county: County, scenarios: readonly Scenario[], chains: number, solvePoint: PointSolver, onPoint?: (index: number, outcome: PointOutcome) => void): Promise<PointOutcome[]> {
  return carryForward(county, scenarios, await solveInChains(scenarios, chains, solvePoint, onPoint), budgetOrder(scenarios));
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
