/**
 * Province batches: one flow (engine/node/province.ts) whose children are the counties, run by the pool or by
 * the BullMQ queue's workers, where they wait behind interactive runs; counties finishing are stored and sent
 * to the event stream; the summary (the flow's result) is stored by this server, the only writer of the database.
 */
import type { BudgetScaling } from '../../../engine/compare/province/budget.ts';
import { provinceOnRunner, type CountyInput } from '../../../engine/node/province.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import type { Batch, RunStatus } from '../../contract/index.ts';
import type { ProvinceSummary } from '../../../engine/compare/province/summary.ts';
import { CANCELLED_MESSAGE } from './cancel.ts';
import { cancellable, failureMessage, type JobContext } from './runs.ts';

export function startBatch(ctx: JobContext, batch: Batch, counties: CountyInput[], scenario: Scenario, scaling: BudgetScaling): void {
  const key = `batch:${batch.id}` as const;
  let done = 0;
  let finished = false;
  const end = (status: RunStatus, summary: ProvinceSummary | null, error: string | null): void => {
    finished = true;
    try {
      ctx.store.batches.finish(batch.id, status, summary, error);
    } catch {
      // The store is closed (server stopping): the batch is marked failed on the next start.
    }
    ctx.events.emit(key, { type: 'end', status, error });
  };
  const { signal, done: forget } = cancellable(ctx, key, () => end('cancelled', null, CANCELLED_MESSAGE));
  ctx.store.batches.started(batch.id);
  ctx.events.emit(key, { type: 'status', status: 'running', stage: null });
  void provinceOnRunner(ctx.pool, counties, scenario, {
    scaling, submit: { priority: 'batch' }, signal,
    onCounty: (row) => {
      if (finished) return;
      done += 1;
      try {
        ctx.store.batches.countyDone(batch.id);
      } catch (e) {
        ctx.log?.error({ err: e, job: key }, `${key}: a status update could not be stored`);
      }
      ctx.events.emit(key, { type: 'progress', stage: 'county', detail: `${row.county}: ${row.status}`, pointsDone: done, points: counties.length });
    },
  }).then((summary) => {
    forget();
    if (finished) return;
    const failed = summary.totals.failed === summary.totals.counties;
    end(failed ? 'failed' : 'done', summary, failed ? 'every county failed' : null);
  }, (e: unknown) => {
    forget();
    if (!finished) end('failed', null, failureMessage(e));
  });
}
