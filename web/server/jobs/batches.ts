/**
 * Province batches: every county's plan and least-budget solves go to the runner (the pool, or the BullMQ
 * queue where they wait behind interactive runs); counties finishing are stored and sent to the event stream;
 * the summary is stored by this server, the only writer of the database.
 */
import type { BudgetScaling } from '../../../engine/compare/province/budget.ts';
import { provinceOnRunner, type CountyInput } from '../../../engine/node/province.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import type { Batch } from '../../contract/index.ts';
import { failureMessage, type JobContext } from './runs.ts';

export function startBatch(ctx: JobContext, batch: Batch, counties: CountyInput[], scenario: Scenario, scaling: BudgetScaling): void {
  const key = `batch:${batch.id}` as const;
  let done = 0;
  ctx.store.batches.started(batch.id);
  ctx.events.emit(key, { type: 'status', status: 'running', stage: null });
  void provinceOnRunner(ctx.pool, counties, scenario, {
    scaling, submit: { priority: 'batch' },
    onCounty: (row) => {
      done += 1;
      ctx.store.batches.countyDone(batch.id);
      ctx.events.emit(key, { type: 'progress', stage: 'county', detail: `${row.county}: ${row.status}`, pointsDone: done, points: counties.length });
    },
  }).then((summary) => {
    const failed = summary.totals.failed === summary.totals.counties;
    const error = failed ? 'every county failed' : null;
    ctx.store.batches.finish(batch.id, failed ? 'failed' : 'done', summary, error);
    ctx.events.emit(key, { type: 'end', status: failed ? 'failed' : 'done', error });
  }, (e: unknown) => {
    const message = failureMessage(e);
    ctx.store.batches.finish(batch.id, 'failed', null, message);
    ctx.events.emit(key, { type: 'end', status: 'failed', error: message });
  }).catch(() => {
    // The store is closed (server stopping): the batch is marked failed on the next start.
  });
}
