/** /api/batches: a province batch over stored datasets, its event stream by county, and the queue guard's 503. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCounty } from '../../engine/county/generate.ts';
import { countyToRows, toCsv } from '../../engine/county/write.ts';
import type { Batch } from '../../web/contract/index.ts';
import { createScenario, multipart, parseEvents, quickScenarioText, testApp, testPool, type TestApp } from './helpers.ts';

const pool = testPool();
let t: TestApp;
const datasetIds: number[] = [];
let scenarioId: number;

async function upload(name: string, seed: number): Promise<number> {
  const bytes = Buffer.from(toCsv(countyToRows(generateCounty({ schools: 10, seed }), { headers: 'en' })));
  const res = await t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name, bytes }) });
  expect(res.statusCode).toBe(201);
  return res.json().id as number;
}

beforeAll(async () => {
  t = await testApp(pool);
  datasetIds.push(await upload('north.csv', 21), await upload('south.csv', 22));
  scenarioId = await createScenario(t.app, quickScenarioText('province'));
});
afterAll(async () => {
  await t.close();
  await pool.close();
});

describe('/api/batches', () => {
  it('plans every county, streams one progress event per county, stores the summary', async () => {
    const posted = await t.app.inject({ method: 'POST', url: '/api/batches', payload: { datasetIds, scenarioId, scaleBy: 'students' } });
    expect(posted.statusCode).toBe(202);
    const id = posted.json().id as number;
    const stream = parseEvents((await t.app.inject({ method: 'GET', url: `/api/batches/${id}/events` })).body);
    expect(stream.filter((e) => e.event === 'progress').map((e) => e.data.pointsDone)).toEqual([1, 2]);
    expect(stream.at(-1)).toEqual({ event: 'end', data: { type: 'end', status: 'done', error: null } });
    const batch = (await t.app.inject({ method: 'GET', url: `/api/batches/${id}` })).json() as Batch;
    expect(batch).toMatchObject({ status: 'done', countiesDone: 2, counties: 2, datasetIds });
    expect(batch.result!.counties.map((c) => c.county)).toEqual([`north#${datasetIds[0]}`, `south#${datasetIds[1]}`]);
    // Scaled by pupils around the mean county: the two budgets add up to twice the scenario's.
    const budgets = batch.result!.counties.map((c) => c.budget);
    expect(budgets[0]! + budgets[1]!).toBeCloseTo(2 * 30_000_000, 0);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/batches' })).json() as Batch[];
    expect(listed.find((b) => b.id === id)).toEqual({ ...batch, result: undefined });
    const audit = (await t.app.inject({ method: 'GET', url: '/api/audit' })).json() as { action: string; target: string; detail: string }[];
    expect(audit.find((e) => e.target === `batch:${id}`)).toMatchObject({ action: 'batch-start', detail: `datasets ${datasetIds.join(', ')}, scenario ${scenarioId} v1` });
  }, 300_000);

  it('answers 404 for an unknown dataset and 400 for an empty list', async () => {
    const unknown = await t.app.inject({ method: 'POST', url: '/api/batches', payload: { datasetIds: [999], scenarioId } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('dataset 999 does not exist');
    const empty = await t.app.inject({ method: 'POST', url: '/api/batches', payload: { datasetIds: [], scenarioId } });
    expect(empty.statusCode).toBe(400);
  });
});

describe('queue guard', () => {
  it('answers 503 with the reason for job requests while the queue is unavailable, and serves everything else', async () => {
    const reason = 'the job queue (Redis at 127.0.0.1:1) does not answer: connect ECONNREFUSED';
    const guarded = await testApp(pool, { queueStatus: async () => ({ available: false, reason }) });
    try {
      for (const [url, payload] of [['/api/runs', { datasetId: 1, scenarioId: 1 }], ['/api/batches', { datasetIds: [1], scenarioId: 1 }], ['/api/sweeps', { datasetId: 1, scenarioId: 1, from: 1, to: 2, steps: 2 }]] as const) {
        const res = await guarded.app.inject({ method: 'POST', url, payload });
        expect(res.statusCode).toBe(503);
        expect(res.headers['retry-after']).toBe('10');
        expect(res.json()).toEqual({ error: 'queue-unavailable', message: reason });
      }
      expect((await guarded.app.inject({ method: 'GET', url: '/api/runs' })).statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
