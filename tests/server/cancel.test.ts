/** POST /api/runs|sweeps|batches/:id/cancel on the in-process pool: stored as cancelled at once, the thread freed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Run } from '../../web/contract/index.ts';
import { cancelAndCheck, expectStillCancelled, slowInputs, waitRunning } from './cancel-cases.ts';
import { testApp, waitFor, type TestApp } from './helpers.ts';
import { createWorkerPool } from '../../engine/node/pool.ts';

// One thread: a run that follows a cancelled one can only finish once the cancelled solve's thread is freed.
const pool = createWorkerPool(1);
let t: TestApp;
let inputs: Awaited<ReturnType<typeof slowInputs>>;

beforeAll(async () => {
  t = await testApp(pool);
  inputs = await slowInputs(t.app);
});
afterAll(async () => {
  await t.close();
  await pool.close();
});

describe('cancelling jobs', () => {
  it('a running run is stored as cancelled, its thread is freed for the next run', async () => {
    const id = (await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId: inputs.datasetId, scenarioId: inputs.slowId } })).json().id as number;
    await waitRunning(t.app, `/api/runs/${id}`);
    await cancelAndCheck(t.app, `/api/runs/${id}`);
    const next = (await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId: inputs.datasetId, scenarioId: inputs.quickId } })).json().id as number;
    expect((await waitFor<Run>(t.app, `/api/runs/${next}`, 120_000)).status).toBe('done');
    await expectStillCancelled(t.app, `/api/runs/${id}`);
  }, 300_000);

  it('a sweep and a batch are cancelled with their points or counties, running or waiting', async () => {
    const sweep = (await t.app.inject({ method: 'POST', url: '/api/sweeps', payload: { datasetId: inputs.datasetId, scenarioId: inputs.slowId, from: 20_000_000, to: 60_000_000, steps: 3 } })).json().id as number;
    await waitRunning(t.app, `/api/sweeps/${sweep}`);
    await cancelAndCheck(t.app, `/api/sweeps/${sweep}`);
    const batch = (await t.app.inject({ method: 'POST', url: '/api/batches', payload: { datasetIds: [inputs.datasetId], scenarioId: inputs.slowId } })).json().id as number;
    await cancelAndCheck(t.app, `/api/batches/${batch}`);
    const next = (await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId: inputs.datasetId, scenarioId: inputs.quickId } })).json().id as number;
    expect((await waitFor<Run>(t.app, `/api/runs/${next}`, 120_000)).status).toBe('done');
    await expectStillCancelled(t.app, `/api/sweeps/${sweep}`);
    expect((await t.app.inject({ method: 'GET', url: `/api/batches/${batch}` })).json()).toMatchObject({ status: 'cancelled' });
  }, 300_000);

  it('answers 404 for an unknown job and 409 for a finished one', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/runs/9999/cancel', payload: {} })).statusCode).toBe(404);
    const done = (await t.app.inject({ method: 'GET', url: '/api/runs' })).json().find((r: Run) => r.status === 'done') as Run;
    const res = await t.app.inject({ method: 'POST', url: `/api/runs/${done.id}/cancel`, payload: {} });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/already ended \(done\)/);
  });
});
