/**
 * Budget sweeps: one flow (engine/node/sweep.ts) whose children are the budget points, solved by the pool in
 * chains of increasing budget, each from its neighbour's plan, or all at once by the queue's workers; each
 * point has the run deadline. The summary is the flow's result, in the
 * shape of `junheng sweep --json`; this server stores it.
 */
import type { County } from '../../../engine/county/types.ts';
import { sweepFlow } from '../../../engine/node/sweep.ts';
import { sweepBudgets, sweepTotals } from '../../../engine/scenario/sweep-points.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import type { Sweep } from '../../contract/index.ts';
import { cancellable, endCancelled, endJob, failureMessage, tryWrite, type JobContext } from './runs.ts';

export function startSweep(ctx: JobContext, sweep: Sweep, county: County, scenario: Scenario): void {
  const key = `sweep:${sweep.id}` as const;
  const scenarios = sweepBudgets(scenario, sweep.from, sweep.to, sweep.steps);
  const budgets = sweepTotals(sweep.from, sweep.to, sweep.steps);
  let started = false;
  let finished = false;
  let done = 0;
  const { signal, done: forget } = cancellable(ctx, key, () => {
    finished = true;
    endCancelled(ctx, ctx.store.sweeps, key, sweep.id);
  });
  const flow = sweepFlow(ctx.pool, county, budgets, scenarios, {
    signal, childDeadline: ctx.deadline(scenario),
    onChildStart: () => {
      if (started || finished) return;
      started = true;
      tryWrite(ctx, key, () => ctx.store.sweeps.started(sweep.id));
      ctx.events.emit(key, { type: 'status', status: 'running', stage: null });
    },
    onChildEnd: (i, outcome) => {
      if (finished) return;
      done += 1;
      tryWrite(ctx, key, () => ctx.store.sweeps.pointDone(sweep.id));
      ctx.events.emit(key, {
        type: 'progress', stage: 'point', detail: `${budgets[i]}: ${'result' in outcome ? outcome.result.status : 'error'}`,
        pointsDone: done, points: scenarios.length,
      });
    },
  });
  void flow.result.then((result) => {
    forget();
    if (finished) return;
    finished = true;
    const failed = result.points.every((p) => p.error !== undefined);
    endJob(ctx, ctx.store.sweeps, key, sweep.id, failed ? 'failed' : 'done', result, failed ? 'every sweep point failed' : null);
  }, (e: unknown) => {
    forget();
    if (finished) return;
    finished = true;
    endJob(ctx, ctx.store.sweeps, key, sweep.id, 'failed', null, failureMessage(e));
  });
}
