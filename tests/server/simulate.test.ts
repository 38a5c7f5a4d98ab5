import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRunner } from '../../engine/node/jobs.ts';
import type { Run } from '../../web/contract/index.ts';
import { buildApp } from '../../web/server/app.ts';
import { createScenario, parseEvents, quickScenarioText, testApp, testPool, uploadSample, waitFor, type TestApp } from './helpers.ts';

const pool = testPool();
/** A pool whose every job fails, as a crashed worker would. */
const failingPool: JobRunner = {
  threads: 1,
  submit: (kind) => {
    const result = Promise.reject(new Error('the worker broke'));
    result.catch(() => {});
    return { kind, result, cancel: () => {} };
  },
  close: async () => {},
};
let t: TestApp;
let datasetId: number;

beforeAll(async () => {
  t = await testApp(pool);
  datasetId = await uploadSample(t.app);
});
afterAll(async () => {
  await t.close();
  await pool.close();
});

describe('POST /api/runs/:id/simulate', () => {
  it('replays the run\'s plan over sampled paths, as JSON or as progress events, the same for the same seed', async () => {
    const text = quickScenarioText('mc', (doc) => doc.set('uncertainty', { spread: { default: 0.03 }, correlation: 0.5, seed: 2 }));
    const scenarioId = await createScenario(t.app, text);
    const posted = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId } });
    const id = posted.json().id as number;
    const run = await waitFor<Run>(t.app, `/api/runs/${id}`);
    expect(run.status).toBe('done');
    const json = await t.app.inject({ method: 'POST', url: `/api/runs/${id}/simulate`, payload: { samples: 12 } });
    expect(json.statusCode).toBe(200);
    const result = json.json();
    expect(result.samples).toBe(12);
    expect(result.seed).toBe(2);
    expect(result.years).toHaveLength(3);
    const streamed = await t.app.inject({ method: 'POST', url: `/api/runs/${id}/simulate`, headers: { accept: 'text/event-stream' }, payload: { samples: 12 } });
    const events = parseEvents(streamed.body);
    expect(events.filter((e) => e.event === 'progress').at(-1)!.data).toMatchObject({ pointsDone: 12, points: 12 });
    expect(events.find((e) => e.event === 'result')!.data).toEqual(result);
    expect(events.at(-1)).toMatchObject({ event: 'end', data: { status: 'done' } });

    // Both calls are in the audit trail: which run, on what dataset and scenario, how many paths, and the outcome.
    const entries = (await t.app.inject({ method: 'GET', url: '/api/audit' })).json() as { action: string; target: string; detail: string; at: string }[];
    const simulations = entries.filter((e) => e.action === 'simulate' && e.target === `run:${id}`);
    expect(simulations).toHaveLength(2);
    for (const e of simulations) {
      expect(e.detail).toContain(`dataset ${datasetId}, scenario ${scenarioId} v1, 12 paths, seed 2: done`);
      expect(Date.parse(e.at)).not.toBeNaN();
    }
  }, 60_000);

  it('records a simulation that fails in the audit trail with its reason', async () => {
    const scenarioId = await createScenario(t.app, quickScenarioText('mc-fails'));
    const posted = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId } });
    const id = posted.json().id as number;
    expect((await waitFor<Run>(t.app, `/api/runs/${id}`)).status).toBe('done');
    const failing = { app: await buildApp({ store: t.store, pool: failingPool, appDir: null }) };
    try {
      const answer = await failing.app.inject({ method: 'POST', url: `/api/runs/${id}/simulate`, payload: { samples: 3, seed: 5 } });
      expect(answer.statusCode).toBeGreaterThanOrEqual(500);
    } finally {
      await failing.app.close();
    }
    const entries = (await t.app.inject({ method: 'GET', url: '/api/audit' })).json() as { action: string; target: string; detail: string }[];
    expect(entries.find((e) => e.action === 'simulate' && e.target === `run:${id}`)?.detail).toMatch(/3 paths, seed 5: failed: the worker broke/);
  }, 60_000);

  it('answers 400 and 404 for bad requests', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/runs/999/simulate', payload: { samples: 5 } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/runs/1/simulate', payload: { samples: 0 } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/runs/1/simulate', payload: { samples: 5, extra: 1 } })).statusCode).toBe(400);
  });
});
