/** /api/runs: queue a solve of a dataset with a scenario version, read its status and result, follow its events. */
import { Type } from '@sinclair/typebox';
import { unknownSchoolIds } from '../../../engine/scenario/enrollment.ts';
import type { County } from '../../../engine/county/types.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import { MinBudgetError, minBudgetScenario } from '../../../engine/optimize/min-budget.ts';
import { CHECKED_IN_HANDLER, type App, type RouteContext } from '../context.ts';
import { audit } from '../audit.ts';
import { HttpError, notFound } from '../errors.ts';
import { scenarioFromText } from '../inputs.ts';
import { roomInQueue } from '../jobs/queue-limit.ts';
import { startRun } from '../jobs/runs.ts';
import { ErrorRef, EventStream, IdParams, Run, RunAccepted, RunRequest } from '../../contract/index.ts';
import { streamJobEvents } from './event-stream.ts';

/** A restart takes everything from the earlier run; a body, if sent, is ignored. */
const RestartBody = Type.Unsafe<unknown>({ [CHECKED_IN_HANDLER]: true, type: 'object', description: 'none needed; an empty object is accepted' });

export interface JobInputs {
  county: County;
  scenario: Scenario;
  scenarioVersion: number;
}

/** Dataset and scenario version of a run or sweep request: 404 when unknown, 422 when they do not fit together. */
export function jobInputs(ctx: RouteContext, body: { datasetId: number; scenarioId: number; scenarioVersion?: number }): JobInputs {
  const county = ctx.store.datasets.county(body.datasetId);
  if (!county) throw notFound('dataset', body.datasetId);
  const stored = body.scenarioVersion === undefined
    ? ctx.store.scenarios.latest(body.scenarioId)
    : ctx.store.scenarios.version(body.scenarioId, body.scenarioVersion, false);
  if (!stored) throw notFound(body.scenarioVersion === undefined ? 'scenario' : `scenario ${body.scenarioId} version`, body.scenarioVersion ?? body.scenarioId);
  const { scenario } = scenarioFromText(stored.text);
  const unknown = unknownSchoolIds(county, scenario);
  if (unknown.length > 0) {
    throw new HttpError(422, 'scenario-does-not-fit', `the scenario names schools that are not in dataset ${body.datasetId}: ${unknown.join('; ')}`,
      unknown.map((u) => ({ field: u.split(':')[0]!, message: u })));
  }
  return { county, scenario, scenarioVersion: stored.version };
}

/** The least-budget solve of a scenario; 422 when the scenario has no targets to meet. */
function forMinBudget(scenario: Scenario): Scenario {
  try {
    return minBudgetScenario(scenario);
  } catch (e) {
    if (e instanceof MinBudgetError) throw new HttpError(422, 'no-targets', e.message, [{ field: '/objective/targets', message: e.message }]);
    throw e;
  }
}

export async function runRoutes(app: App, ctx: RouteContext): Promise<void> {
  app.post('/api/runs', {
    schema: {
      summary: 'Queue a solve; answers at once with the run id',
      body: RunRequest,
      response: { 202: RunAccepted, 400: ErrorRef, 404: ErrorRef, 422: ErrorRef, 429: ErrorRef },
    },
  }, async (request, reply) => {
    const inputs = jobInputs(ctx, request.body);
    const { purpose } = request.body;
    const scenario = purpose === 'min-budget' ? forMinBudget(inputs.scenario) : inputs.scenario;
    if (!roomInQueue(ctx.store, ctx.maxQueuedJobs, reply)) return reply;
    // Re-solve after an edit: the latest plan of this dataset (same scenario first) starts the solve when it fits.
    const start = ctx.store.runs.latestPlan(request.body.datasetId, request.body.scenarioId);
    const run = ctx.store.runs.create({ datasetId: request.body.datasetId, scenarioId: request.body.scenarioId, scenarioVersion: inputs.scenarioVersion, ...(purpose ? { purpose } : {}) });
    startRun(ctx, run, inputs.county, scenario, start);
    audit(ctx, request, 'run-start', `run:${run.id}`, `dataset ${run.datasetId}, scenario ${run.scenarioId} v${run.scenarioVersion}`);
    return reply.status(202).send({ id: run.id, status: 'queued' as const });
  });

  app.post('/api/runs/:id/restart', {
    schema: {
      summary: 'Queue a new run with the same dataset and scenario version as a finished one (e.g. one a server stop left failed)',
      params: IdParams, body: RestartBody,
      response: { 202: RunAccepted, 400: ErrorRef, 404: ErrorRef, 409: ErrorRef, 422: ErrorRef, 429: ErrorRef },
    },
  }, async (request, reply) => {
    const earlier = ctx.store.runs.get(request.params.id);
    if (!earlier) throw notFound('run', request.params.id);
    if (earlier.status === 'queued' || earlier.status === 'running') {
      throw new HttpError(409, 'run-not-finished', `run ${earlier.id} is still ${earlier.status}; restart it once it has finished`);
    }
    const inputs = jobInputs(ctx, earlier);
    const scenario = earlier.purpose === 'min-budget' ? forMinBudget(inputs.scenario) : inputs.scenario;
    if (!roomInQueue(ctx.store, ctx.maxQueuedJobs, reply)) return reply;
    const run = ctx.store.runs.create({ datasetId: earlier.datasetId, scenarioId: earlier.scenarioId, scenarioVersion: inputs.scenarioVersion, ...(earlier.purpose ? { purpose: earlier.purpose } : {}) });
    startRun(ctx, run, inputs.county, scenario);
    audit(ctx, request, 'run-start', `run:${run.id}`, `dataset ${run.datasetId}, scenario ${run.scenarioId} v${run.scenarioVersion}`);
    return reply.status(202).send({ id: run.id, status: 'queued' as const });
  });

  app.get('/api/runs', {
    schema: { summary: 'Every run, oldest first, without results', response: { 200: Type.Array(Run) } },
  }, async () => ctx.store.runs.list());

  app.get('/api/runs/:id', {
    schema: { summary: 'Status of a run and, when finished, the result of `junheng solve --json`', params: IdParams, response: { 200: Run, 400: ErrorRef, 404: ErrorRef } },
  }, async (request) => {
    const run = ctx.store.runs.get(request.params.id);
    if (!run) throw notFound('run', request.params.id);
    return run;
  });

  app.get('/api/runs/:id/events', {
    schema: {
      summary: 'Server-sent events: status, solver progress and the final status',
      params: IdParams, produces: ['text/event-stream'],
      response: { 200: EventStream, 400: ErrorRef, 404: ErrorRef },
    },
  }, async (request, reply) => {
    const run = ctx.store.runs.get(request.params.id);
    if (!run) throw notFound('run', request.params.id);
    streamJobEvents(request, reply, ctx.events, `run:${run.id}`, run);
  });
}
