/**
 * POST /api/runs/:id/simulate: Monte Carlo replay of a finished run's plan over sampled enrollment paths
 * (the scenario's `uncertainty` block). JSON answers with the result; with `Accept: text/event-stream` the
 * answer is a stream of `progress` events, then `result`, then `end`.
 */
import type { FastifyReply } from 'fastify';
import { monteCarloOnRunner } from '../../../engine/node/monte-carlo.ts';
import type { JobRunner } from '../../../engine/node/jobs.ts';
import { standardFor } from '../../../engine/optimize/solve-scenario.ts';
import type { Plan } from '../../../engine/plan/types.ts';
import { DEFAULT_UNCERTAINTY_SEED } from '../../../engine/scenario/resolve.ts';
import type { MonteCarloInput, MonteCarloResult } from '../../../engine/uncertainty/monte-carlo.ts';
import type { App, RouteContext } from '../context.ts';
import { audit } from '../audit.ts';
import { HttpError, notFound } from '../errors.ts';
import { scenarioFromText } from '../inputs.ts';
import { ErrorRef, IdParams, SimulateRequest, SimulateResult } from '../../contract/index.ts';

/**
 * Each simulation's batches take threads from the one worker pool, beside runs and sweeps; more at once would
 * only make every one of them, and the runs waiting behind them, slower.
 */
export const MAX_SIMULATIONS = 2;

export async function simulateRoutes(app: App, ctx: RouteContext): Promise<void> {
  let simulating = 0;
  app.post('/api/runs/:id/simulate', {
    schema: {
      summary: 'Replay a finished run\'s plan over sampled enrollment paths: pass probabilities per year and school, CV quantiles',
      params: IdParams, body: SimulateRequest,
      response: { 200: SimulateResult, 400: ErrorRef, 404: ErrorRef, 409: ErrorRef, 429: ErrorRef },
    },
  }, async (request, reply) => {
    const run = ctx.store.runs.get(request.params.id);
    if (!run) throw notFound('run', request.params.id);
    if (!run.result || run.result.actions === undefined) throw new HttpError(409, 'run-has-no-plan', `run ${run.id} has no plan to simulate (status ${run.status})`);
    const county = ctx.store.datasets.county(run.datasetId);
    if (!county) throw notFound('dataset', run.datasetId);
    const stored = ctx.store.scenarios.version(run.scenarioId, run.scenarioVersion, false);
    if (!stored) throw notFound(`scenario ${run.scenarioId} version`, run.scenarioVersion);
    const { scenario } = scenarioFromText(stored.text);
    const plan: Plan = { scenario: scenario.name, years: scenario.years, actions: run.result.actions, rotations: run.result.rotations };
    const body: SimulateRequest = request.body;
    const seed = body.seed ?? scenario.uncertainty?.seed ?? DEFAULT_UNCERTAINTY_SEED;
    const options = { samples: body.samples, seed };
    const input: MonteCarloInput = { county, scenario, plan, standard: standardFor(scenario) };
    // Every call is in the audit trail, refused or not: who replayed which run's plan, on what, and how it ended.
    const what = `dataset ${run.datasetId}, scenario ${run.scenarioId} v${run.scenarioVersion}, ${body.samples} paths, seed ${seed}`;
    const record = (outcome: string): void => audit(ctx, request, 'simulate', `run:${run.id}`, `${what}: ${outcome}`);
    if (simulating >= MAX_SIMULATIONS) {
      record(`refused, ${simulating} simulations running`);
      return reply.status(429).header('retry-after', '5').send({ error: 'busy', message: `${simulating} simulations are running (at most ${MAX_SIMULATIONS} at once); try again when one has finished` });
    }
    simulating += 1;
    try {
      if ((request.headers.accept ?? '').includes('text/event-stream')) {
        const outcome = await streamSimulation(reply, { pool: ctx.pool, input, options });
        try {
          record(outcome);
        } catch (e) {
          ctx.log?.error({ err: e }, 'the simulation could not be recorded in the audit trail'); // the stream has been answered
        }
        return reply;
      }
      let result: MonteCarloResult;
      try {
        result = await monteCarloOnRunner(ctx.pool, input, options);
      } catch (e) {
        record(`failed: ${(e as Error).message}`);
        throw e;
      }
      record('done');
      return result;
    } finally {
      simulating -= 1;
    }
  });
}

interface Simulation {
  pool: JobRunner;
  input: MonteCarloInput;
  options: { samples: number; seed: number };
}

/** The simulation as server-sent events: `progress` events, then `result`, then `end`; resolves with the outcome for the audit trail. */
async function streamSimulation(reply: FastifyReply, s: Simulation): Promise<string> {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  const write = (event: string, data: unknown) => {
    if (!raw.writableEnded) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  let done = 0;
  let outcome: string;
  try {
    const result = await monteCarloOnRunner(s.pool, s.input, {
      ...s.options,
      onProgress: (n) => {
        done += n;
        write('progress', { type: 'progress', stage: 'simulate', pointsDone: done, points: s.options.samples });
      },
    });
    write('result', result);
    write('end', { type: 'end', status: 'done', error: null });
    outcome = 'done';
  } catch (e) {
    write('end', { type: 'end', status: 'failed', error: (e as Error).message });
    outcome = `failed: ${(e as Error).message}`;
  }
  raw.end();
  return outcome;
}
