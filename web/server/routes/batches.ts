/** /api/batches: a province batch over stored county datasets, as `junheng batch` does; progress by county. */
import { Type } from '@sinclair/typebox';
import { countyKey, countyStudents, type BudgetScaling } from '../../../engine/compare/province/budget.ts';
import type { CountyInput } from '../../../engine/node/province.ts';
import { audit } from '../audit.ts';
import type { App, RouteContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { scenarioFromText } from '../inputs.ts';
import { startBatch } from '../jobs/batches.ts';
import { Batch, BatchRequest, ErrorRef, EventStream, IdParams, RunAccepted } from '../../contract/index.ts';
import { streamJobEvents } from './event-stream.ts';

export async function batchRoutes(app: App, ctx: RouteContext): Promise<void> {
  app.post('/api/batches', {
    schema: {
      summary: 'Queue a province batch: every dataset (one per county) planned under one scenario; answers at once with the batch id',
      body: BatchRequest,
      response: { 202: RunAccepted, 400: ErrorRef, 404: ErrorRef },
    },
  }, async (request, reply) => {
    const body = request.body;
    const stored = body.scenarioVersion === undefined ? ctx.store.scenarios.latest(body.scenarioId) : ctx.store.scenarios.version(body.scenarioId, body.scenarioVersion, false);
    if (!stored) throw notFound(body.scenarioVersion === undefined ? 'scenario' : `scenario ${body.scenarioId} version`, body.scenarioVersion ?? body.scenarioId);
    const { scenario } = scenarioFromText(stored.text);
    const counties: CountyInput[] = body.datasetIds.map((id) => {
      const summary = ctx.store.datasets.get(id);
      const county = ctx.store.datasets.county(id);
      if (!summary || !county) throw notFound('dataset', id);
      // Dataset names may repeat; the id keeps every county's key apart.
      return { county: `${countyKey(summary.name)}#${id}`, file: summary.fileName, data: county };
    });
    const students = counties.map((c) => ('data' in c ? countyStudents(c.data) : 0));
    const scaling: BudgetScaling = body.scaleBy === 'students'
      ? { by: 'students', referenceStudents: body.referenceStudents ?? Math.max(1, students.reduce((s, v) => s + v, 0) / students.length) }
      : { by: 'none' };
    const batch = ctx.store.batches.create({ scenarioId: body.scenarioId, scenarioVersion: stored.version, datasetIds: body.datasetIds });
    startBatch(ctx, batch, counties, scenario, scaling);
    audit(ctx, request, 'batch-start', `batch:${batch.id}`, `datasets ${body.datasetIds.join(', ')}, scenario ${body.scenarioId} v${stored.version}`);
    return reply.status(202).send({ id: batch.id, status: 'queued' as const });
  });

  app.get('/api/batches', {
    schema: { summary: 'Province batches, newest last, without their summaries', response: { 200: Type.Array(Batch) } },
  }, async () => ctx.store.batches.list());

  app.get('/api/batches/:id', {
    schema: { summary: 'Status of a province batch and, when finished, its summary', params: IdParams, response: { 200: Batch, 400: ErrorRef, 404: ErrorRef } },
  }, async (request) => {
    const batch = ctx.store.batches.get(request.params.id);
    if (!batch) throw notFound('batch', request.params.id);
    return batch;
  });

  app.get('/api/batches/:id/events', {
    schema: {
      summary: 'Server-sent events: status, one progress event per county finished (pointsDone of points), and the final status',
      params: IdParams, produces: ['text/event-stream'],
      response: { 200: EventStream, 400: ErrorRef, 404: ErrorRef },
    },
  }, async (request, reply) => {
    const batch = ctx.store.batches.get(request.params.id);
    if (!batch) throw notFound('batch', request.params.id);
    streamJobEvents(request, reply, ctx.events, `batch:${batch.id}`, { status: batch.status, stage: null, error: batch.error });
  });
}
