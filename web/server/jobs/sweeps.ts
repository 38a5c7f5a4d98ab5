/**
 * Budget sweeps: one pool task per budget point, in one chain of increasing budgets per pool thread, each point
 * started from the plan before it (engine/node/sweep.ts); the result has the shape of `junheng sweep --json`.
 */
import { summarizeSweep, type PointOutcome } from '../../../engine/compare/sweep-summary.ts';
import type { County } from '../../../engine/county/types.ts';
import { sweepInChains } from '../../../engine/node/sweep.ts';
import type { StartPlan } from '../../../engine/optimize/warm-start.ts';
import { sweepBudgets, sweepTotals } from '../../../engine/scenario/sweep-points.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import type { Sweep } from '../../contract/index.ts';
import { endJob, failureMessage, solveWithDeadline, tryWrite, type JobContext } from './runs.ts';

async function solvePoint(ctx: JobContext, county: County, scenario: Scenario, start: StartPlan | undefined, onStart: () => void): Promise<PointOutcome> {
  try {
    const outcome = await solveWithDeadline(ctx, { kind: 'sweep-point', county, scenario, onStart, ...(start ? { start } : {}) });
    return 'report' in outcome ? outcome : { error: `stopped after ${ctx.deadline(scenario)} s (time limit)` };
  } catch (e) {
    return { error: failureMessage(e) };
  }
}

export function startSweep(ctx: JobContext, sweep: Sweep, county: County, scenario: Scenario): void {
  const key = `sweep:${sweep.id}` as const;
  const scenarios = sweepBudgets(scenario, sweep.from, sweep.to, sweep.steps);
  const budgets = sweepTotals(sweep.from, sweep.to, sweep.steps);
  let started = false;
  let done = 0;
  const onStart = (): void => {
    if (started) return;
    started = true;
    tryWrite(ctx, key, () => ctx.store.sweeps.started(sweep.id));
    ctx.events.emit(key, { type: 'status', status: 'running', stage: null });
  };
  const onPoint = (i: number, outcome: PointOutcome): void => {
    done += 1;
    tryWrite(ctx, key, () => ctx.store.sweeps.pointDone(sweep.id));
    ctx.events.emit(key, {
      type: 'progress', stage: 'point', detail: `${budgets[i]}: ${'report' in outcome ? outcome.report.status : 'error'}`,
      pointsDone: done, points: scenarios.length,
    });
  };
  void sweepInChains(county, scenarios, ctx.pool.threads, (i, start) => solvePoint(ctx, county, scenarios[i]!, start, onStart), onPoint).then((outcomes) => {
    const result = summarizeSweep(budgets, scenarios, outcomes);
    const failed = result.points.every((p) => p.error !== undefined);
    endJob(ctx, ctx.store.sweeps, key, sweep.id, failed ? 'failed' : 'done', result, failed ? 'every sweep point failed' : null);
  }, (e: unknown) => endJob(ctx, ctx.store.sweeps, key, sweep.id, 'failed', null, failureMessage(e)));
}
