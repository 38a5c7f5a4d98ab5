/**
 * POST /api/runs/:id/cancel, /api/sweeps/:id/cancel, /api/batches/:id/cancel: stop a queued or running job.
 * It is stored as cancelled at once; its solves stop where they run (this server's threads or a queue
 * worker's) and leave the queue if they wait. 409 when the job has already ended.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { CHECKED_IN_HANDLER, type App, type RouteContext } from '../context.ts';
import { audit } from '../audit.ts';
import { HttpError, notFound } from '../errors.ts';
import { isFinished, type JobKey } from '../jobs/events.ts';
import { Batch, ErrorRef, IdParams, Run, Sweep, type RunStatus } from '../../contract/index.ts';

const CancelBody = Type.Unsafe<unknown>({ [CHECKED_IN_HANDLER]: true, type: 'object', description: 'none needed; an empty object is accepted' });

interface Cancellable {
  /** 'run', 'sweep', 'batch': the path, the job key and the audit action are made from it. */
  kind: 'run' | 'sweep' | 'batch';
  schema: TSchema;
  get: (id: number) => { id: number; status: RunStatus } | undefined;
}

function cancelRoute(app: App, ctx: RouteContext, { kind, schema, get }: Cancellable): void {
  app.post(`/api/${kind === 'batch' ? 'batches' : `${kind}s`}/:id/cancel`, {
    schema: {
      summary: `Cancel a queued or running ${kind}: stored as cancelled, its solves stopped wherever they run`,
      params: IdParams, body: CancelBody,
      response: { 200: schema, 400: ErrorRef, 404: ErrorRef, 409: ErrorRef },
    },
  }, async (request) => {
    const job = get(request.params.id);
    if (!job) throw notFound(kind, request.params.id);
    const key = `${kind}:${job.id}` as JobKey;
    if (isFinished(job.status) || !ctx.cancels.cancel(key)) {
      throw new HttpError(409, `${kind}-finished`, `${kind} ${job.id} has already ended (${job.status}); only a queued or running ${kind} can be cancelled`);
    }
    audit(ctx, request, `${kind}-cancel`, key);
    return get(job.id)!;
  });
}

export async function cancelRoutes(app: App, ctx: RouteContext): Promise<void> {
  cancelRoute(app, ctx, { kind: 'run', schema: Run, get: (id) => ctx.store.runs.get(id) });
  cancelRoute(app, ctx, { kind: 'sweep', schema: Sweep, get: (id) => ctx.store.sweeps.get(id) });
  cancelRoute(app, ctx, { kind: 'batch', schema: Batch, get: (id) => ctx.store.batches.get(id) });
}
