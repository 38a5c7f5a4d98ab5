/**
 * Re-solve after an edit: a run starts from the latest plan of its dataset (the same scenario first) when that
 * plan fits the edited scenario; the report says whether it did, and the plan delivered replays feasibly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCounty } from '../../engine/cli/read-county.ts';
import { checkPlan } from '../../engine/plan/check/index.ts';
import { parseScenarioText } from '../../engine/scenario/parse.ts';
import { quality2017 } from '../../engine/standards/quality-2017.ts';
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

async function solved(scenarioId: number): Promise<Run> {
  const res = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId } });
  expect(res.statusCode).toBe(202);
  const run = await waitFor<Run>(t.app, `/api/runs/${res.json().id}`, 120_000);
  expect(run.status).toBe('done');
  return run;
}

const withBudget = (perYear: number) => quickScenarioText('warm', (doc) => doc.setIn(['budget', 'perYear'], [perYear, perYear, perYear]));

async function edit(scenarioId: number, text: string): Promise<void> {
  const res = await t.app.inject({ method: 'PUT', url: `/api/scenarios/${scenarioId}`, headers: { 'content-type': 'application/yaml' }, payload: text });
  expect(res.statusCode).toBe(200);
}

describe('a run after an edit', () => {
  it('starts from the previous plan of the dataset when it fits, and not when it breaks the edited scenario', async () => {
    const scenarioId = await createScenario(t.app, withBudget(10_000_000));
    const first = await solved(scenarioId);
    expect(first.result!.notes.some((n) => /warm start|Starting plan/.test(n))).toBe(false);

    // More money: the earlier plan is a plan here too.
    const moreText = withBudget(12_000_000);
    await edit(scenarioId, moreText);
    const more = await solved(scenarioId);
    expect(more.result!.notes.some((n) => /plan fits this scenario \(warm start\)/.test(n))).toBe(true);
    const { county } = await readCounty('data/sample-county.csv');
    const { scenario } = parseScenarioText(moreText, 'more.yaml');
    const plan = { scenario: scenario.name, years: scenario.years, actions: more.result!.actions, rotations: more.result!.rotations };
    expect(checkPlan(county, scenario, plan, quality2017)).toEqual([]);
    expect(more.result!.objective.value!).toBeGreaterThanOrEqual(first.result!.objective.value! - 1e-9);

    // Far less money: the earlier plan breaks the budget, so the solve starts cold and says why.
    await edit(scenarioId, withBudget(1_000_000));
    const less = await solved(scenarioId);
    expect(less.result!.notes.find((n) => n.startsWith('Starting plan not used'))).toMatch(/plan check/);
  }, 300_000);
});
