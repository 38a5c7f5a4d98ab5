/**
 * The server on the BullMQ queue with a `junheng worker` process and a real Redis: a user cancels a long run
 * (and a sweep); the worker stops the solve and is free for the next job within seconds; the server stores the
 * job as cancelled, never done.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueueRunner, type QueueRunner } from '../../engine/node/bullmq-runner.ts';
import type { Run } from '../../web/contract/index.ts';
import { cancelAndCheck, expectStillCancelled, slowInputs, waitRunning } from '../server/cancel-cases.ts';
import { testApp, waitFor, type TestApp } from '../server/helpers.ts';
import { redisInstalled, startRedis, type TestRedis } from './redis.ts';
import { startWorker, type WorkerProcess } from './workers.ts';

describe.skipIf(!redisInstalled())('cancelling through the API on the queue', () => {
  let redis: TestRedis;
  let runner: QueueRunner;
  let worker: WorkerProcess;
  let t: TestApp;
  let inputs: Awaited<ReturnType<typeof slowInputs>>;

  beforeAll(async () => {
    redis = await startRedis();
    worker = startWorker(redis.url);
    await worker.waitFor(/junheng worker: engine/);
    runner = await createQueueRunner({ url: redis.url });
    t = await testApp(runner, { queueStatus: () => runner.status() });
    inputs = await slowInputs(t.app);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await runner?.close();
    await worker?.stop('SIGKILL');
    await redis?.stop();
  });

  /** A quick run after the cancel: the worker (one job at a time) takes it only once the cancelled solve has stopped. */
  async function nextRunDone(t0: number, what: string): Promise<void> {
    const next = (await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId: inputs.datasetId, scenarioId: inputs.quickId } })).json().id as number;
    await waitRunning(t.app, `/api/runs/${next}`);
    const taken = (Date.now() - t0) / 1000;
    expect((await waitFor<Run>(t.app, `/api/runs/${next}`, 120_000)).status).toBe('done');
    console.info(`${what}: the worker took the next run ${taken.toFixed(2)} s after the cancel, finished it at ${((Date.now() - t0) / 1000).toFixed(2)} s`);
  }

  it('a run: the worker stops the solve and takes the next job; the run stays cancelled', async () => {
    const id = (await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId: inputs.datasetId, scenarioId: inputs.slowId } })).json().id as number;
    await waitRunning(t.app, `/api/runs/${id}`);
    const t0 = Date.now();
    await cancelAndCheck(t.app, `/api/runs/${id}`);
    await worker.waitFor(/\(solve\): cancelled/);
    await nextRunDone(t0, 'run cancel');
    await expectStillCancelled(t.app, `/api/runs/${id}`);
  }, 300_000);

  it('a sweep: the running point is stopped, the waiting ones leave the queue', async () => {
    const id = (await t.app.inject({ method: 'POST', url: '/api/sweeps', payload: { datasetId: inputs.datasetId, scenarioId: inputs.slowId, from: 20_000_000, to: 60_000_000, steps: 4 } })).json().id as number;
    await waitRunning(t.app, `/api/sweeps/${id}`);
    const t0 = Date.now();
    await cancelAndCheck(t.app, `/api/sweeps/${id}`);
    await worker.waitFor(/\(sweep-point\): cancelled/);
    await nextRunDone(t0, 'sweep cancel');
    expect(worker.log().match(/\(sweep-point\): started/g)).toHaveLength(1);
    await expectStillCancelled(t.app, `/api/sweeps/${id}`);
  }, 300_000);
});
