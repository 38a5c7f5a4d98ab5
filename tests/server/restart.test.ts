import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openServerStore } from '../../web/server/startup.ts';
import type { Run } from '../../web/contract/index.ts';
import { createScenario, quickScenarioText, tempDbPath, testApp, testPool, uploadSample, waitFor } from './helpers.ts';

const pool = testPool();
afterAll(async () => {
  await pool.close();
});

describe('the store across restarts', () => {
  it('loads the sample county and every scenario into a new database, once', async () => {
    const dbPath = tempDbPath();
    const first = await openServerStore(dbPath);
    const shipped = readdirSync('scenarios').filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(first.seeded).toEqual({ datasets: 1, scenarios: shipped.length });
    expect(first.store.datasets.list()).toMatchObject([{ fileName: 'sample-county.csv', schools: 40 }]);
    expect(first.store.scenarios.list().map((s) => s.name)).toContain('基线方案 baseline');
    first.store.datasets.delete(1);
    first.store.close();
    const second = await openServerStore(dbPath);
    expect(second.seeded).toEqual({ datasets: 0, scenarios: 0 });
    expect(second.store.datasets.list()).toEqual([]);
    second.store.close();
  });

  it('keeps every dataset, scenario version, run and sweep when the app restarts on the same file', async () => {
    const before = await testApp(pool);
    const datasetId = await uploadSample(before.app, 'data/sample-county.xlsx');
    const scenarioId = await createScenario(before.app, quickScenarioText('v1'));
    for (const name of ['v2', 'v3']) {
      await before.app.inject({ method: 'PUT', url: `/api/scenarios/${scenarioId}`, headers: { 'content-type': 'application/yaml' }, payload: quickScenarioText(name) });
    }
    const runId = (await before.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId, scenarioVersion: 2 } })).json().id;
    const sweepId = (await before.app.inject({ method: 'POST', url: '/api/sweeps', payload: { datasetId, scenarioId, from: 2e7, to: 3e7, steps: 2 } })).json().id;
    await waitFor(before.app, `/api/runs/${runId}`);
    await waitFor(before.app, `/api/sweeps/${sweepId}`);
    const urls = ['/api/datasets', `/api/datasets/${datasetId}`, '/api/scenarios', `/api/scenarios/${scenarioId}`,
      `/api/scenarios/${scenarioId}/versions`, `/api/scenarios/${scenarioId}/versions/1`, `/api/runs/${runId}`, `/api/sweeps/${sweepId}`];
    const saved = await Promise.all(urls.map(async (url) => (await before.app.inject({ method: 'GET', url })).json()));
    await before.close();

    const after = await testApp(pool, { dbPath: before.dbPath });
    try {
      for (const [i, url] of urls.entries()) expect((await after.app.inject({ method: 'GET', url })).json(), url).toEqual(saved[i]);
      const run = saved[6] as Run;
      expect(run).toMatchObject({ status: 'done', scenarioVersion: 2 });
      expect(run.result?.scenario).toBe('v2');
      expect(saved[4]).toHaveLength(3);
    } finally {
      await after.close();
    }
  });

  it('marks runs and sweeps that were queued or running when the process died as failed', async () => {
    const dbPath = tempDbPath();
    const { store } = await openServerStore(dbPath);
    const datasetId = store.datasets.insert({ name: 'x', fileName: 'x.json', format: 'json', bytes: new Uint8Array([123, 125]), county: { source: 'x', schools: [], ignoredColumns: [] }, warnings: [] }).id;
    const scenario = store.scenarios.create({ name: 's', text: 'name: s', file: { name: 's', budget: { perYear: 1 } } });
    const inputs = { datasetId, scenarioId: scenario.id, scenarioVersion: 1 };
    const queued = store.runs.create(inputs);
    const running = store.runs.create(inputs);
    store.runs.started(running.id);
    const finished = store.runs.create(inputs);
    store.runs.finish(finished.id, 'done', null, null);
    const sweep = store.sweeps.create({ ...inputs, from: 1, to: 2, steps: 2 });
    store.sweeps.started(sweep.id);
    store.close();

    const restarted = await openServerStore(dbPath, false);
    try {
      expect(restarted.failedJobs).toBe(3);
      for (const id of [queued.id, running.id]) {
        expect(restarted.store.runs.get(id)).toMatchObject({ status: 'failed', error: 'the server stopped before this finished', finishedAt: expect.any(String) });
      }
      expect(restarted.store.runs.get(finished.id)?.status).toBe('done');
      expect(restarted.store.sweeps.get(sweep.id)?.status).toBe('failed');
    } finally {
      restarted.store.close();
    }
  });
});
