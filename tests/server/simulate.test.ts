import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Run } from '../../web/contract/index.ts';
import { createScenario, parseEvents, quickScenarioText, testApp, testPool, uploadSample, waitFor, type TestApp } from './helpers.ts';

const pool = testPool();
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
  }, 60_000);

  it('answers 400 and 404 for bad requests', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/runs/999/simulate', payload: { samples: 5 } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/runs/1/simulate', payload: { samples: 0 } })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/runs/1/simulate', payload: { samples: 5, extra: 1 } })).statusCode).toBe(400);
  });
});
