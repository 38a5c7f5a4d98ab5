/**
 * A budget sweep on a job runner, as a flow: one `sweep-point` child per scenario (flows.ts), all submitted
 * at once (the runner's queue feeds its threads). A point that fails is reported for that point and the
 * others go on.
 */
import type { County } from '../county/types.ts';
import type { PointOutcome } from '../compare/sweep-summary.ts';
import type { Scenario } from '../scenario/resolve.ts';
import { submitFlow } from './flows.ts';
import type { ChildOutcome, Flow, FlowOptions, JobRunner, SubmitOptions } from './jobs.ts';

const pointOutcome = (o: ChildOutcome<'sweep'>): PointOutcome => ('result' in o ? { report: o.result } : o);

/**
 * The sweep's flow; its result is the sweep summary (budgets, points, frontier). `budgets` are the points'
 * totals (yuan over the plan), one per scenario.
 */
export function sweepFlow(runner: JobRunner, county: County, budgets: number[], scenarios: readonly Scenario[], options: FlowOptions<'sweep'> = {}): Flow<'sweep'> {
  return submitFlow(runner, 'sweep', { parent: { budgets, scenarios: [...scenarios] }, children: scenarios.map((scenario) => ({ county, scenario })) }, options);
}

/** Outcomes in the order of `scenarios`; `onPoint` is called as each point ends, in the order they end. */
export async function sweepOnRunner(runner: JobRunner, county: County, scenarios: readonly Scenario[], onPoint?: (index: number, outcome: PointOutcome) => void, submit?: Pick<SubmitOptions<'sweep-point'>, 'priority'>): Promise<PointOutcome[]> {
  const outcomes: PointOutcome[] = new Array<PointOutcome>(scenarios.length);
  const budgets = scenarios.map((s) => s.budget.perYear.reduce((sum, v) => sum + v, 0));
  await sweepFlow(runner, county, budgets, scenarios, {
    ...(submit?.priority ? { priority: submit.priority } : {}),
    onChildEnd: (index, outcome) => {
      outcomes[index] = pointOutcome(outcome);
      onPoint?.(index, outcomes[index]);
    },
  }).result;
  return outcomes;
}
