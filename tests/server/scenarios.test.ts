import { readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../engine/scenario/parse.ts';
import type { Run } from '../../web/contract/index.ts';
import { quickScenarioText, testApp, testPool, uploadSample, waitFor, type TestApp } from './helpers.ts';

const pool = testPool();
let t: TestApp;
beforeAll(async () => {
  t = await testApp(pool);
});
afterAll(async () => {
  await t.close();
  await pool.close();
});

const yaml = { 'content-type': 'application/yaml' };

describe('scenarios', () => {
  it('creates from YAML and JSON, reads the latest, edits into new versions, lists versions, deletes', async () => {
    const text = readFileSync('scenarios/baseline.yaml', 'utf8');
    const created = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml, payload: text });
    expect(created.statusCode).toBe(201);
    const v1 = created.json();
    expect(v1).toMatchObject({ version: 1, name: '基线方案 baseline', text });
    expect(v1.scenario).toEqual(parseScenarioText(text, 'baseline.yaml').file);

    const asJson = await t.app.inject({ method: 'POST', url: '/api/scenarios', payload: { name: 'json', budget: { perYear: 5_000_000 } } });
    expect(asJson.statusCode).toBe(201);
    expect(asJson.json().scenario).toEqual({ name: 'json', budget: { perYear: 5_000_000 } });

    const edited = await t.app.inject({ method: 'PUT', url: `/api/scenarios/${v1.id}`, headers: yaml, payload: quickScenarioText('edited') });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ id: v1.id, version: 2, name: 'edited' });
    const latest = (await t.app.inject({ method: 'GET', url: `/api/scenarios/${v1.id}` })).json();
    expect(latest).toMatchObject({ version: 2, name: 'edited' });
    expect(latest.scenario.integer).toBe(false);

    const versions = (await t.app.inject({ method: 'GET', url: `/api/scenarios/${v1.id}/versions` })).json();
    expect(versions.map((v: { version: number; name: string }) => [v.version, v.name])).toEqual([[1, '基线方案 baseline'], [2, 'edited']]);
    const first = (await t.app.inject({ method: 'GET', url: `/api/scenarios/${v1.id}/versions/1` })).json();
    expect(first.text).toBe(text);
    expect((await t.app.inject({ method: 'GET', url: `/api/scenarios/${v1.id}/versions/3` })).statusCode).toBe(404);

    const list = (await t.app.inject({ method: 'GET', url: '/api/scenarios' })).json();
    expect(list).toContainEqual(expect.objectContaining({ id: v1.id, version: 2, name: 'edited' }));

    expect((await t.app.inject({ method: 'DELETE', url: `/api/scenarios/${v1.id}` })).statusCode).toBe(204);
    for (const [method, url] of [['GET', `/api/scenarios/${v1.id}`], ['GET', `/api/scenarios/${v1.id}/versions`], ['DELETE', `/api/scenarios/${v1.id}`]] as const) {
      expect((await t.app.inject({ method, url })).statusCode).toBe(404);
    }
    const put = await t.app.inject({ method: 'PUT', url: `/api/scenarios/${v1.id}`, headers: yaml, payload: text });
    expect(put.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/scenarios' })).json().map((s: { id: number }) => s.id)).not.toContain(v1.id);
  });

  it('accepts every shipped scenario', async () => {
    for (const name of readdirSync('scenarios').filter((f) => f.endsWith('.yaml'))) {
      const res = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/yaml' }, payload: readFileSync(`scenarios/${name}`, 'utf8') });
      expect(res.statusCode, name).toBe(201);
    }
  });

  it('answers 400 naming field and line for YAML or schema errors, and stores nothing', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/scenarios' })).json().length;
    const badYaml = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml, payload: 'name: x\nbudget: [unclosed\n' });
    expect(badYaml.statusCode).toBe(400);
    expect(badYaml.json().problems[0].line).toBeGreaterThan(0);
    const schema = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml, payload: 'name: x\nbudget:\n  perYear: 1000\n  carryover: true\n' });
    expect(schema.statusCode).toBe(400);
    expect(schema.json().error).toBe('invalid-scenario');
    expect(schema.json().problems).toContainEqual(expect.objectContaining({ field: '/budget/carryover', line: 4 }));
    const json = await t.app.inject({ method: 'POST', url: '/api/scenarios', payload: { name: 'x', budget: { perYear: 'a thousand' } } });
    expect(json.statusCode).toBe(400);
    expect(json.json().problems[0].field).toBe('/budget/perYear');
    const tagged = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml, payload: 'name: !!js/function x\nbudget: { perYear: 1 }\n' });
    expect(tagged.statusCode).toBe(400);
    const empty = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml, payload: '' });
    expect(empty.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/scenarios' })).json()).toHaveLength(before);
  });

  it('answers 422 for a scenario that passes the schema but cannot be built, and keeps the old version', async () => {
    const id = (await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml, payload: quickScenarioText('ok') })).json().id;
    const lengths = await t.app.inject({ method: 'PUT', url: `/api/scenarios/${id}`, headers: yaml, payload: 'name: x\nbudget:\n  perYear: [1, 2]\n' });
    expect(lengths.statusCode).toBe(422);
    expect(lengths.json().problems).toContainEqual({ field: '/budget/perYear', line: 3, message: 'has 2 values for 3 plan years' });
    const mincost = await t.app.inject({ method: 'POST', url: '/api/scenarios', payload: { name: 'x', budget: { perYear: 1 }, objective: { kind: 'mincost' } } });
    expect(mincost.statusCode).toBe(422);
    expect(mincost.json().problems[0].field).toBe('/objective/targets');
    const standard = await t.app.inject({ method: 'POST', url: '/api/scenarios', payload: { name: 'x', budget: { perYear: 1 }, standard: 'quality-2099' } });
    expect(standard.statusCode).toBe(422);
    expect(standard.json().problems[0].field).toBe('/standard');
    expect((await t.app.inject({ method: 'GET', url: `/api/scenarios/${id}` })).json()).toMatchObject({ version: 1, name: 'ok' });
  });

  it('keeps every version when one scenario is edited concurrently', async () => {
    const id = (await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml, payload: quickScenarioText('edit 0') })).json().id;
    const edits = Array.from({ length: 20 }, (_, i) => t.app.inject({ method: 'PUT', url: `/api/scenarios/${id}`, headers: yaml, payload: quickScenarioText(`edit ${i + 1}`) }));
    const answers = await Promise.all(edits);
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
    const versions = (await t.app.inject({ method: 'GET', url: `/api/scenarios/${id}/versions` })).json() as { version: number; name: string }[];
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(new Set(versions.map((v) => v.name))).toEqual(new Set(Array.from({ length: 21 }, (_, i) => `edit ${i}`)));
  });

  it('keeps every version when two threads with their own connections edit one scenario at once', async () => {
    const id = (await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml, payload: quickScenarioText('start') })).json().id as number;
    const storeUrl = new URL('../../web/server/store/index.ts', import.meta.url).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const code = `
      const { workerData, parentPort } = await import('node:worker_threads');
      (await import(${JSON.stringify(tsx)})).register();
      const { openStore } = await import(${JSON.stringify(storeUrl)});
      const store = openStore(workerData.dbPath);
      for (let i = 0; i < 25; i++) store.scenarios.addVersion(workerData.id, { name: workerData.tag + i, text: 'name: x', file: { name: workerData.tag + i, budget: { perYear: 1 } } });
      store.close();
      parentPort.postMessage('done');`;
    const edit = (tag: string) => new Promise<void>((resolve, reject) => {
      const w = new Worker(`(async () => { ${code} })()`, { eval: true, workerData: { dbPath: t.dbPath, id, tag } });
      w.once('message', () => resolve());
      w.once('error', reject);
    });
    await Promise.all([edit('a'), edit('b')]);
    const versions = (await t.app.inject({ method: 'GET', url: `/api/scenarios/${id}/versions` })).json() as { version: number; name: string }[];
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    expect(versions.filter((v) => v.name.startsWith('a'))).toHaveLength(25);
    expect(versions.filter((v) => v.name.startsWith('b'))).toHaveLength(25);
  });
});

describe('school ids a scenario names (issue 16: NFKC, no invisible characters)', () => {
  it('refuses a zero-width character in a project\'s school with 400 naming the field and line, and runs Ｓ００１ as S001', async () => {
    const hidden = quickScenarioText('hidden id', (doc) => doc.setIn(['construction', 'projects'], [{ id: 'P1', school: 'S001\u200b', kind: 'teaching', area: 500 }]));
    const refused = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml, payload: hidden });
    expect(refused.statusCode).toBe(400);
    const problem = (refused.json().problems as { field: string; message: string; line?: number }[])[0]!;
    expect(problem.field).toBe('/construction/projects/0/school');
    expect(problem.message).toContain('U+200B');
    expect(hidden.split('\n')[problem.line! - 1]).toContain('S001');

    const fullWidth = quickScenarioText('full-width id', (doc) => {
      doc.setIn(['construction', 'projects'], [{ id: 'P1', school: 'Ｓ００１', kind: 'teaching', area: 500 }]);
      doc.setIn(['enrollment', 'schools'], { Ｓ００２: 0.02 });
    });
    const created = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml, payload: fullWidth });
    expect(created.statusCode).toBe(201);
    const datasetId = await uploadSample(t.app);
    const run = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId: created.json().id } });
    expect(run.statusCode, run.body).toBe(202);
    expect((await waitFor<Run>(t.app, `/api/runs/${run.json().id}`, 60_000)).status).toBe('done');

    const unknown = quickScenarioText('unknown id', (doc) => doc.setIn(['enrollment', 'schools'], { Ｓ９９９: 0.02 }));
    const stored = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml, payload: unknown });
    const refusedRun = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId: stored.json().id } });
    expect(refusedRun.statusCode).toBe(422);
    expect(refusedRun.json().problems[0].field).toBe('/enrollment/schools/S999');
  }, 90_000);
});
