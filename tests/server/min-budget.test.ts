import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minBudgetAnswer } from '../../engine/optimize/min-budget.ts';
import type { Run } from '../../web/contract/index.ts';
import { createScenario, quickScenarioText, testApp, testPool, uploadSample, waitFor, type TestApp } from './helpers.ts';

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

describe('POST /api/runs with purpose min-budget', () => {
  it('solves for the least money meeting the scenario\'s targets and marks the run', async () => {
    const targets = [0, 0, 0.5];
    // Whole schools passing: with integer: false the targets count passes fractionally (an LP relaxation), and the
    // least money for them is only a lower bound on what really brings half the schools to standard.
    const scenarioId = await createScenario(t.app, quickScenarioText('least budget', (doc) => {
      doc.setIn(['objective', 'targets'], targets);
      doc.set('integer', true);
    }));
    const posted = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId, purpose: 'min-budget' } });
    expect(posted.statusCode).toBe(202);
    const run = await waitFor<Run>(t.app, `/api/runs/${posted.json().id}`, 120_000);
    expect(run.status).toBe('done');
    expect(run.purpose).toBe('min-budget');
    expect(run.result!.objective.kind).toBe('mincost');
    const answer = minBudgetAnswer(run.result!, targets);
    expect(answer.total).toBeGreaterThan(0);
    const last = answer.perYear[answer.perYear.length - 1]!;
    expect(last.passing).toBeGreaterThanOrEqual(Math.ceil(0.5 * last.schools - 1e-9));
    const listed = (await t.app.inject({ method: 'GET', url: '/api/runs' })).json() as Run[];
    expect(listed.find((r) => r.id === run.id)!.purpose).toBe('min-budget');
  }, 150_000);

  it('refuses a scenario without targets with 422 naming the field', async () => {
    const scenarioId = await createScenario(t.app, quickScenarioText('no targets'));
    const res = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId, purpose: 'min-budget' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().problems[0].field).toBe('/objective/targets');
  });

  it('rejects an unknown purpose with 400', async () => {
    const scenarioId = await createScenario(t.app, quickScenarioText('x'));
    const res = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId, purpose: 'cheapest' } });
    expect(res.statusCode).toBe(400);
  });
});
