import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_BODY_LIMIT } from '../../web/server/app.ts';
import type { JobRunner } from '../../engine/node/jobs.ts';
import { MAX_SIMULATIONS } from '../../web/server/routes/simulate.ts';
import { createScenario, multipart, quickScenarioText, testApp, testPool, uploadSample, waitFor, type TestApp } from './helpers.ts';

/** A pool whose jobs never start: runs stay queued until `release` fails them. */
function stalledPool(): JobRunner & { release(): void } {
  const waiting: ((e: Error) => void)[] = [];
  return {
    threads: 1,
    submit: (kind) => ({ kind, result: new Promise((_resolve, reject) => { waiting.push(reject); }), cancel: () => {} }),
    close: async () => {},
    release: () => { for (const reject of waiting.splice(0)) reject(new Error('released by the test')); },
  };
}

const UPLOAD_LIMIT = 3 * 1024 * 1024; // bytes
const pool = stalledPool();
let t: TestApp;
let datasetId: number;
let scenarioId: number;

beforeAll(async () => {
  t = await testApp(pool, { uploadLimitBytes: UPLOAD_LIMIT, maxQueuedJobs: 3 });
  datasetId = await uploadSample(t.app);
  scenarioId = await createScenario(t.app, quickScenarioText('limits'));
});
afterAll(async () => {
  pool.release();
  await t.close();
});

async function waitUntilNoneQueued(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const runs = (await t.app.inject({ method: 'GET', url: '/api/runs' })).json() as { status: string }[];
    if (runs.every((r) => r.status !== 'queued')) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('runs still queued');
}

describe('request size limits', () => {
  it('answers 413 JSON to a body over 1 MB on every POST and PUT route but the upload', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).filter((m) => m === 'post' || m === 'put').map((m) => ({ method: m.toUpperCase() as 'POST' | 'PUT', url: path.replace(/\{\w+\}/g, '1') })));
    const jsonRoutes = routes.filter((r) => r.url !== '/api/datasets');
    expect(jsonRoutes.length).toBeGreaterThanOrEqual(7);
    const big = JSON.stringify({ padding: 'x'.repeat(JSON_BODY_LIMIT) });
    for (const route of jsonRoutes) {
      const res = await t.app.inject({ ...route, headers: { 'content-type': 'application/json' }, payload: big });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(413);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toMatchObject({ error: 'too-large' });
    }
    const yaml = await t.app.inject({ method: 'PUT', url: `/api/scenarios/${scenarioId}`, headers: { 'content-type': 'application/yaml' }, payload: `# ${'x'.repeat(JSON_BODY_LIMIT)}\n${quickScenarioText('big')}` });
    expect(yaml.statusCode).toBe(413);
    expect((await t.app.inject({ method: 'GET', url: `/api/scenarios/${scenarioId}/versions` })).json()).toHaveLength(1);
  });

  it('lets a county upload up to the upload limit, and answers 413 past it (JSON body and multipart file)', async () => {
    const underUpload = await t.app.inject({ method: 'POST', url: '/api/datasets', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ padding: 'x'.repeat(JSON_BODY_LIMIT * 2) }) });
    expect(underUpload.statusCode).not.toBe(413);
    expect(underUpload.statusCode).toBeLessThan(500);
    const overJson = await t.app.inject({ method: 'POST', url: '/api/datasets', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ padding: 'x'.repeat(UPLOAD_LIMIT) }) });
    expect(overJson.statusCode).toBe(413);
    expect(overJson.json()).toMatchObject({ error: 'too-large' });
    const overFile = await t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name: 'big.csv', bytes: new Uint8Array(UPLOAD_LIMIT + 1).fill(65) }) });
    expect(overFile.statusCode).toBe(413);
    expect(overFile.json()).toHaveProperty('error');
    expect((await t.app.inject({ method: 'GET', url: '/api/datasets' })).json()).toHaveLength(1);
  });

  it('refuses over-long URLs and headers and over-long path ids, and keeps answering', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    // A raw socket: the server may answer and close before a client library has finished sending the headers.
    const status = (path: string, headers: Record<string, string> = {}) => new Promise<number>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      const done = (): void => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0));
      socket.on('data', (chunk) => { answer += chunk.toString('latin1'); });
      socket.on('close', done);
      socket.on('error', () => socket.destroy());
      const lines = Object.entries({ host: '127.0.0.1', connection: 'close', ...headers }).map(([k, v]) => `${k}: ${v}\r\n`).join('');
      socket.write(`GET ${path} HTTP/1.1\r\n${lines}\r\n`);
    });
    expect(await status(`/api/scenarios?q=${'a'.repeat(20_000)}`)).toBe(431); // Node's 16 kB limit on the request line and headers
    expect(await status('/api/scenarios', { 'x-padding': 'a'.repeat(20_000) })).toBe(431);
    expect(await status(`/api/runs/${'9'.repeat(200)}`)).toBe(414); // path parameters over 100 characters: URI too long
    expect(await status('/api/health')).toBe(200);
  });
});

describe('the cap on queued runs and sweeps', () => {
  it('answers 429 JSON once the queue holds the most jobs allowed, and accepts again once they leave it', async () => {
    const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
    const accepted = [];
    for (let i = 0; i < 3; i++) accepted.push(await post('/api/runs', { datasetId, scenarioId }));
    expect(accepted.map((r) => r.statusCode)).toEqual([202, 202, 202]);
    const refused = await post('/api/runs', { datasetId, scenarioId });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('10');
    expect(refused.json()).toMatchObject({ error: 'queue-full' });
    expect((await post('/api/sweeps', { datasetId, scenarioId, from: 2e7, to: 3e7, steps: 2 })).statusCode).toBe(429);
    const queuedId = accepted[0]!.json().id as number;
    expect((await post(`/api/runs/${queuedId}/restart`, {})).statusCode).toBe(409); // still queued
    const runs = (await t.app.inject({ method: 'GET', url: '/api/runs' })).json() as unknown[];
    expect(runs).toHaveLength(3);

    pool.release();
    await waitUntilNoneQueued();
    const again = await post('/api/runs', { datasetId, scenarioId });
    expect(again.statusCode).toBe(202);
    const restarted = await post(`/api/runs/${queuedId}/restart`, {});
    expect(restarted.statusCode).toBe(202);
    const run = (await t.app.inject({ method: 'GET', url: `/api/runs/${restarted.json().id}` })).json();
    expect(run).toMatchObject({ datasetId, scenarioId, scenarioVersion: 1 });
    expect((await post('/api/runs/999999/restart', {})).statusCode).toBe(404);
  });
});

describe('the cap on simulations running at once', () => {
  it('answers 429 to simulations past the cap while they run, and accepts again once they end', async () => {
    const solvePool = testPool();
    const s = await testApp(solvePool);
    try {
      const dataset = await uploadSample(s.app);
      const scenario = await createScenario(s.app, quickScenarioText('simulated'));
      const runId = (await s.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId: dataset, scenarioId: scenario } })).json().id as number;
      expect((await waitFor(s.app, `/api/runs/${runId}`)).status).toBe('done');
      const simulate = () => s.app.inject({ method: 'POST', url: `/api/runs/${runId}/simulate`, payload: { samples: 200, seed: 1 } });
      const answers = await Promise.all(Array.from({ length: MAX_SIMULATIONS + 2 }, simulate));
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses).toEqual([...Array(MAX_SIMULATIONS).fill(200), 429, 429]);
      expect(answers.find((a) => a.statusCode === 429)!.json()).toMatchObject({ error: 'busy' });
      expect((await simulate()).statusCode).toBe(200);
    } finally {
      await s.close();
      await solvePool.close();
    }
  });
});
