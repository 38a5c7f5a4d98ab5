/**
 * The server on the distributed queue when Redis stops mid-work: new jobs get 503 with the reason, stored runs
 * stay, and once Redis is back the run that was in flight finishes and new runs are taken again.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createQueueRunner, type QueueRunner } from '../../engine/node/bullmq-runner.ts';
import type { Run } from '../../web/contract/index.ts';
import { createScenario, quickScenarioText, testApp, uploadSample, waitFor, type TestApp } from '../server/helpers.ts';
import { redisInstalled, startRedis, type TestRedis } from './redis.ts';
import { startWorker, type WorkerProcess } from './workers.ts';

let redis: TestRedis;
let worker: WorkerProcess;
let runner: QueueRunner;
let t: TestApp;

beforeAll(async () => {
  if (!redisInstalled()) return;
  redis = await startRedis();
  worker = startWorker(redis.url);
  await worker.waitFor(/junheng worker: engine/);
  runner = await createQueueRunner({ url: redis.url });
  t = await testApp(runner, { queueStatus: runner.status });
});
afterAll(async () => {
  await t?.close();
  await runner?.close();
  await worker?.stop('SIGKILL');
  await redis?.stop();
});

async function postRun(datasetId: number, scenarioId: number): Promise<{ statusCode: number; body: Record<string, unknown> }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId } });
  return { statusCode: res.statusCode, body: res.json() };
}

it.skipIf(!redisInstalled())('answers 503 with the reason while Redis is down, keeps stored runs, resumes when it returns', async () => {
  const datasetId = await uploadSample(t.app);
  const quick = await createScenario(t.app, quickScenarioText('quick'));
  const slower = await createScenario(t.app, quickScenarioText('integer', (doc) => doc.set('integer', true)));

  const first = await postRun(datasetId, quick);
  expect(first.statusCode).toBe(202);
  const done = await waitFor<Run>(t.app, `/api/runs/${first.body.id}`, 120_000);
  expect(done.status).toBe('done');

  const inFlight = await postRun(datasetId, slower);
  expect(inFlight.statusCode).toBe(202);
  await worker.waitFor(/\(solve\): started[\s\S]*\(solve\): started/);
  await redis.stop();

  const refused = await postRun(datasetId, quick);
  expect(refused.statusCode).toBe(503);
  expect(refused.body).toMatchObject({ error: 'queue-unavailable', message: expect.stringMatching(/job queue \(Redis at 127\.0\.0\.1:\d+\) does not answer/) });
  const kept = (await t.app.inject({ method: 'GET', url: `/api/runs/${first.body.id}` })).json() as Run;
  expect(kept).toEqual(done);

  redis = await startRedis(redis.port);
  const finished = await waitFor<Run>(t.app, `/api/runs/${inFlight.body.id}`, 180_000);
  expect(finished.status).toBe('done');
  const again = await postRun(datasetId, quick);
  expect(again.statusCode).toBe(202);
  expect((await waitFor<Run>(t.app, `/api/runs/${again.body.id}`, 120_000)).status).toBe('done');
}, 600_000);
