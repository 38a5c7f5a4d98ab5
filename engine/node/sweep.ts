/**
 * A budget sweep on a job runner: one `sweep-point` job per scenario, all submitted at once (the runner's
 * queue feeds its threads). A point that fails is reported for that point and the others go on.
 */
import type { County } from '../county/types.ts';
import type { PointOutcome } from '../compare/sweep-summary.ts';
import type { Scenario } from '../scenario/resolve.ts';
import type { JobRunner, SubmitOptions } from './jobs.ts';

/** Outcomes in the order of `scenarios`; `onPoint` is called as each point ends, in the order they end. */
export function sweepOnRunner(runner: JobRunner, county: County, scenarios: readonly Scenario[], onPoint?: (index: number, outcome: PointOutcome) => void, submit?: Pick<SubmitOptions<'sweep-point'>, 'priority'>): Promise<PointOutcome[]> {
  return Promise.all(scenarios.map(async (scenario, index): Promise<PointOutcome> => {
    let outcome: PointOutcome;
    try {
      outcome = { report: await runner.submit('sweep-point', { county, scenario }, { ...submit }).result };
    } catch (e) {
      outcome = { error: e instanceof Error ? e.message : String(e) };
    }
    onPoint?.(index, outcome);
    return outcome;
  }));
}
