import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junheng } from '../engine/cli/run-cli.ts';
import type { Run } from '../../web/contract/index.ts';
import { createScenario, parseEvents, quickScenarioText, testApp, testPool, uploadSample, waitFor, type TestApp } from './helpers.ts';

const pool = testPool();
let t: TestApp;
let datasetId: number;
const dir = mkdtempSync(join(tmpdir(), 'junheng-runs-'));

function scenarioFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function cliJson(...args: string[]): Promise<Record<string, unknown>> {
  const { code, stdout, stderr } = await junheng(...args);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout);
}

async function startRun(scenarioId: number): Promise<number> {
  const res = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId } });
  expect(res.statusCode).toBe(202);
  return res.json().id;
}

beforeAll(async () => {
  t = await testApp(pool);
  datasetId = await uploadSample(t.app);
});
afterAll(async () => {
  await t.close();
  await pool.close();
});

describe('runs', () => {
  it('goes queued → running → done, streams progress, and its result equals the CLI\'s', async () => {
    const text = quickScenarioText('quick');
    const scenarioId = await createScenario(t.app, text);
    const posted = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId } });
    expect(posted.statusCode).toBe(202);
    expect(posted.json()).toEqual({ id: expect.any(Number), status: 'queued' });
    const id = posted.json().id as number;
    const [events, cli] = await Promise.all([
      t.app.inject({ method: 'GET', url: `/api/runs/${id}/events` }),
      cliJson('solve', 'data/sample-county.csv', scenarioFile('quick.yaml', text), '--json'),
    ]);
    expect(events.headers['content-type']).toMatch(/^text\/event-stream/);
    const stream = parseEvents(events.body);
    const statuses = stream.filter((e) => e.event !== 'progress').map((e) => e.data.status);
    expect(statuses).toEqual(['queued', 'running', 'done']);
    expect(stream.at(-1)).toEqual({ event: 'end', data: { type: 'end', status: 'done', error: null } });
    const stages = stream.filter((e) => e.event === 'progress').map((e) => e.data.stage);
    expect(stages).toEqual(expect.arrayContaining(['build', 'solve', 'decode', 'done']));

    const run = (await t.app.inject({ method: 'GET', url: `/api/runs/${id}` })).json() as Run;
    expect(run).toMatchObject({ id, datasetId, scenarioId, scenarioVersion: 1, status: 'done', stage: 'done', error: null });
    expect(Date.parse(run.startedAt!)).toBeLessThanOrEqual(Date.parse(run.finishedAt!));
    const result = run.result!;
    for (const key of ['status', 'method', 'scenario', 'objective', 'years', 'actions', 'rotations'] as const) {
      expect(result[key], key).toEqual(cli[key]);
    }
    expect(Object.keys(result).sort()).toEqual(Object.keys(cli).sort());

    expect(run).toMatchObject({ outcome: result.status, hasPlan: true });
    // The list leaves results out but still says how each run ended (read from the stored result).
    const listed = (await t.app.inject({ method: 'GET', url: '/api/runs' })).json() as Run[];
    expect(listed.find((r) => r.id === id)).toEqual({ ...run, result: undefined });

    // A finished run's stream gives the final status and ends.
    const after = parseEvents((await t.app.inject({ method: 'GET', url: `/api/runs/${id}/events` })).body);
    expect(after.map((e) => e.event)).toEqual(['status', 'end']);
  });

  it('ends with status timeout when the solver reaches the scenario\'s time limit', async () => {
    const text = quickScenarioText('time limit', (doc) => {
      doc.set('integer', true);
      doc.setIn(['solver', 'timeLimitSeconds'], 0.3);
    });
    const id = await startRun(await createScenario(t.app, text));
    const run = await waitFor<Run>(t.app, `/api/runs/${id}`);
    expect(run.status).toBe('timeout');
    expect(run.result?.status).toBe('timeout');
    const listed = ((await t.app.inject({ method: 'GET', url: '/api/runs' })).json() as Run[]).find((r) => r.id === id)!;
    expect(listed).toMatchObject({ outcome: 'timeout', hasPlan: (run.result?.years.length ?? 0) > 0 });
    expect(listed.result).toBeUndefined();
  });

  it('stops a solve that runs past its deadline and marks it timeout', async () => {
    const strict = await testApp(pool, { dbPath: t.dbPath, deadline: () => 0.2 });
    try {
      const scenarioId = await createScenario(strict.app, quickScenarioText('slow', (doc) => doc.set('integer', true)));
      const res = await strict.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId } });
      const events = parseEvents((await strict.app.inject({ method: 'GET', url: `/api/runs/${res.json().id}/events` })).body);
      expect(events.at(-1)?.data).toMatchObject({ type: 'end', status: 'timeout' });
      const run = (await strict.app.inject({ method: 'GET', url: `/api/runs/${res.json().id}` })).json() as Run;
      expect(run.status).toBe('timeout');
      expect(run.error).toMatch(/time limit/);
      expect(run.result).toBeUndefined();
    } finally {
      await strict.close();
    }
  });

  it('answers 400, 404 and 422 for bad run requests and stores no run', async () => {
    const before = t.store.runs.list().length;
    const scenarioId = await createScenario(t.app, quickScenarioText('ok'));
    const missing = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { scenarioId } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().problems[0].field).toBe('body/datasetId');
    const typed = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId: '1', scenarioId } });
    expect(typed.statusCode).toBe(400);
    const extra = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId, solver: 'x' } });
    expect(extra.statusCode).toBe(400);
    const noDataset = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId: 999, scenarioId } });
    expect(noDataset.statusCode).toBe(404);
    expect(noDataset.json().message).toBe('dataset 999 does not exist');
    expect((await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId: 999 } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId, scenarioVersion: 7 } })).statusCode).toBe(404);
    const misfit = await createScenario(t.app, quickScenarioText('misfit', (doc) => doc.setIn(['enrollment', 'schools'], { NOPE: 0.1 })));
    const unfit = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId: misfit } });
    expect(unfit.statusCode).toBe(422);
    expect(unfit.json().problems[0].field).toBe('/enrollment/schools/NOPE');
    expect(t.store.runs.list()).toHaveLength(before);
    expect((await t.app.inject({ method: 'GET', url: '/api/runs/999' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/runs/999/events' })).statusCode).toBe(404);
  });
});

describe('compare', () => {
  it('compares finished runs as the CLI does', async () => {
    const baseText = quickScenarioText('base');
    const lessText = quickScenarioText('less money', (doc) => doc.setIn(['budget', 'perYear'], [6_000_000, 6_000_000, 6_000_000]));
    const ids = [await startRun(await createScenario(t.app, baseText)), await startRun(await createScenario(t.app, lessText))];
    const [cli] = await Promise.all([
      cliJson('compare', 'data/sample-county.csv', scenarioFile('base.yaml', baseText), scenarioFile('less.yaml', lessText), '--json'),
      ...ids.map((id) => waitFor<Run>(t.app, `/api/runs/${id}`)),
    ]);
    const res = await t.app.inject({ method: 'POST', url: '/api/compare', payload: { runIds: ids } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(cli);
  });

  it('answers 400 for fewer than two runs, 404 for unknown runs, 422 for a run without a result', async () => {
    const one = await t.app.inject({ method: 'POST', url: '/api/compare', payload: { runIds: [1] } });
    expect(one.statusCode).toBe(400);
    expect(one.json().problems[0].field).toBe('body/runIds');
    expect((await t.app.inject({ method: 'POST', url: '/api/compare', payload: { runIds: [1, 999] } })).statusCode).toBe(404);
    const pending = await startRun(await createScenario(t.app, quickScenarioText('pending')));
    const unfinished = await t.app.inject({ method: 'POST', url: '/api/compare', payload: { runIds: [1, pending] } });
    expect(unfinished.statusCode).toBe(422);
    expect(unfinished.json().problems[0].field).toBe('body/runIds/1');
    await waitFor(t.app, `/api/runs/${pending}`);
  });
});

describe('sweeps', () => {
  it('solves each budget in the pool, streams one event per point, and equals `junheng sweep --json`', async () => {
    const text = quickScenarioText('sweep');
    const scenarioId = await createScenario(t.app, text);
    const res = await t.app.inject({ method: 'POST', url: '/api/sweeps', payload: { datasetId, scenarioId, from: 20_000_000, to: 40_000_000, steps: 3 } });
    expect(res.statusCode).toBe(202);
    const id = res.json().id as number;
    const [events, cli] = await Promise.all([
      t.app.inject({ method: 'GET', url: `/api/sweeps/${id}/events` }),
      cliJson('sweep', 'data/sample-county.csv', scenarioFile('sweep.yaml', text), '--from', '20000000', '--to', '40000000', '--steps', '3', '--json'),
    ]);
    const stream = parseEvents(events.body);
    expect(stream.filter((e) => e.event === 'progress').map((e) => e.data.pointsDone)).toEqual([1, 2, 3]);
    expect(stream.at(-1)?.data).toMatchObject({ type: 'end', status: 'done' });
    const sweep = (await t.app.inject({ method: 'GET', url: `/api/sweeps/${id}` })).json();
    expect(sweep).toMatchObject({ status: 'done', pointsDone: 3, from: 20_000_000, to: 40_000_000, steps: 3 });
    expect(sweep.result).toEqual(cli);
  });

  it('answers 400 for a bad range and 404 for unknown ids', async () => {
    const scenarioId = await createScenario(t.app, quickScenarioText('sweep errors'));
    const reversed = await t.app.inject({ method: 'POST', url: '/api/sweeps', payload: { datasetId, scenarioId, from: 4, to: 2, steps: 3 } });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().message).toContain('must not be larger than');
    const steps = await t.app.inject({ method: 'POST', url: '/api/sweeps', payload: { datasetId, scenarioId, from: 1, to: 2, steps: 1 } });
    expect(steps.statusCode).toBe(400);
    expect(steps.json().problems[0].field).toBe('body/steps');
    expect((await t.app.inject({ method: 'POST', url: '/api/sweeps', payload: { datasetId: 999, scenarioId, from: 1, to: 2, steps: 2 } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/sweeps/999' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/sweeps/999/events' })).statusCode).toBe(404);
  });
});
