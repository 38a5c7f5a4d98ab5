/** /api/sweeps: solve a scenario at a range of total budgets in the pool, as `junheng sweep` does. */
import { sweepTotals } from '../../../engine/scenario/sweep-points.ts';
import type { App, RouteContext } from '../context.ts';
import { audit } from '../audit.ts';
import { HttpError, notFound } from '../errors.ts';
import { roomInQueue } from '../jobs/queue-limit.ts';
import { startSweep } from '../jobs/sweeps.ts';
import { ErrorRef, EventStream, IdParams, RunAccepted, Sweep, SweepRequest } from '../../contract/index.ts';
import { streamJobEvents } from './event-stream.ts';
import { jobInputs } from './runs.ts';

export async function sweepRoutes(app: App, ctx: RouteContext): Promise<void> {
  app.post('/api/sweeps', {
    schema: {
      summary: 'Queue a budget sweep: total budgets from `from` to `to` yuan in `steps` points',
      body: SweepRequest,
      response: { 202: RunAccepted, 400: ErrorRef, 404: ErrorRef, 422: ErrorRef, 429: ErrorRef },
    },
  }, async (request, reply) => {
    const { from, to, steps } = request.body;
    try {
      sweepTotals(from, to, steps);
    } catch (e) {
      if (e instanceof RangeError) throw new HttpError(400, 'invalid-request', e.message.replace(/--/g, ''), [{ field: 'body/from', message: e.message.replace(/--/g, '') }]);
      throw e;
    }
    const inputs = jobInputs(ctx, request.body);
    if (!roomInQueue(ctx.store, ctx.maxQueuedJobs, reply)) return reply;
    const sweep = ctx.store.sweeps.create({ datasetId: request.body.datasetId, scenarioId: request.body.scenarioId, scenarioVersion: inputs.scenarioVersion, from, to, steps });
    startSweep(ctx, sweep, inputs.county, inputs.scenario);
    audit(ctx, request, 'sweep-start', `sweep:${sweep.id}`, `dataset ${sweep.datasetId}, scenario ${sweep.scenarioId} v${sweep.scenarioVersion}, ${sweep.steps} budgets`);
    return reply.status(202).send({ id: sweep.id, status: 'queued' as const });
  });

  app.get('/api/sweeps/:id', {
    schema: { summary: 'Status of a sweep and, when finished, its points and frontier', params: IdParams, response: { 200: Sweep, 400: ErrorRef, 404: ErrorRef } },
  }, async (request) => {
    const sweep = ctx.store.sweeps.get(request.params.id);
    if (!sweep) throw notFound('sweep', request.params.id);
    return sweep;
  });

  app.get('/api/sweeps/:id/events', {
    schema: {
      summary: 'Server-sent events: status, one progress event per budget point, and the final status',
      params: IdParams, produces: ['text/event-stream'],
      response: { 200: EventStream, 400: ErrorRef, 404: ErrorRef },
    },
  }, async (request, reply) => {
    const sweep = ctx.store.sweeps.get(request.params.id);
    if (!sweep) throw notFound('sweep', request.params.id);
    streamJobEvents(request, reply, ctx.events, `sweep:${sweep.id}`, { status: sweep.status, stage: null, error: sweep.error });
  });
}
