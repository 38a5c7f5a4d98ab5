/** The bad-input corpus through the API: uploads to POST /api/datasets, scenarios to POST /api/scenarios. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePath, CORPUS, countyCases, makeHugeFile, scenarioCases } from '../fixtures/bad/corpus.ts';
import { multipart, testApp, testPool, uploadSample, type TestApp } from './helpers.ts';

const pool = testPool();
let t: TestApp;
let huge: ReturnType<typeof makeHugeFile>;
beforeAll(async () => {
  t = await testApp(pool);
  huge = makeHugeFile();
});
afterAll(async () => {
  await t.close();
  await pool.close();
  huge.cleanup();
});

const count = async (url: string) => ((await t.app.inject({ method: 'GET', url })).json() as unknown[]).length;

/** A 4xx answer is JSON {error, message, problems?} and shows no server paths or stack frames. */
function expectErrorBody(body: Record<string, unknown>, raw: string): void {
  expect(body.error).toBeTypeOf('string');
  expect(body.message).toBeTypeOf('string');
  expect(raw).not.toMatch(/\/work\/|node_modules|at .*\.ts:\d+/);
}

describe('bad-input corpus: POST /api/datasets', () => {
  for (const c of countyCases()) {
    it(`${c.file}: ${c.http}`, async () => {
      const before = await count('/api/datasets');
      const bytes = readFileSync(casePath(c, huge.path));
      const res = await t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name: c.file, bytes }) });
      expect(res.statusCode, res.body.slice(0, 500)).toBe(c.http);
      const body = res.json() as Record<string, unknown>;
      if (c.outcome !== 'error') {
        expect((body.county as { schools: unknown[] }).schools).toHaveLength(c.schools!);
        if (c.school) expect((body.county as { schools: { id: string }[] }).schools.find((s) => s.id === c.school!.id)).toMatchObject(c.school);
        expect(await count('/api/datasets')).toBe(before + 1);
        return;
      }
      expectErrorBody(body, res.body);
      expect(await count('/api/datasets'), 'nothing is stored').toBe(before);
      if (c.generated) {
        expect(body.message).toContain('at most 20.0 MB'); // refused by the upload limit before the importer sees it
        return;
      }
      const problems = body.problems as Record<string, unknown>[];
      expect(problems.length).toBeGreaterThan(0);
      // Every problem carries its stable code (the app words it from the code), the manifest's among them.
      for (const p of problems) expect(p.code, JSON.stringify(p)).toMatch(/^[a-z-]+$/);
      for (const code of c.codes ?? []) expect(problems.map((p) => p.code)).toContain(code);
      for (const p of problems) expect(String(p.file).startsWith(c.file), String(p.file)).toBe(true);
      const pointed = problems.find((p) =>
        (c.row === undefined || p.row === c.row) && (c.column === undefined || p.column === c.column) &&
        (c.cell === undefined || p.cell === c.cell) && (c.value === undefined || p.value === c.value) &&
        (c.message === undefined || String(p.message).toLowerCase().includes(c.message.toLowerCase())));
      expect(pointed, JSON.stringify(problems)).toBeDefined();
    }, 30_000);
  }

  it('refuses 19 MB of blank lines (which exhausted the heap before) with 422, and keeps answering', async () => {
    const header = readFileSync('data/sample-county.csv', 'utf8').split('\n')[0]!;
    const bytes = Buffer.concat([Buffer.from(`${header}\n`), Buffer.alloc(19 * 1024 * 1024, 0x0a)]);
    const res = await t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name: 'blank-lines.csv', bytes }) });
    expect(res.statusCode).toBe(422);
    expect(res.json().problems).toContainEqual(expect.objectContaining({ file: 'blank-lines.csv', row: 1 }));
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  }, 30_000);

  it('answers JSON bodies nested 50,000 deep with 4xx, not a 500 from re-serialising them', async () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    for (const [url, payload] of [['/api/datasets', `{"schools": ${deep}}`], ['/api/scenarios', `{"name": "x", "budget": {"perYear": 1}, "description": ${deep}}`]] as const) {
      const res = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });
      // A scenario is parsed from the text as sent (line numbers into the body); a county JSON body goes to the
      // importer as bytes, as a multipart upload of the same file would (tests/fixtures/bad/deep-nesting.json).
      if (url === '/api/scenarios') {
        expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(400);
        expect(res.json().problems[0].message).toContain('nested more than');
      } else expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(422);
    }
  });

  it('answers standard ids that are Object.prototype keys as unknown standards, not 500', async () => {
    const id = await uploadSample(t.app);
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/datasets/${id}/evaluation?standard=${key}` });
      expect(res.statusCode, `${key}: ${res.body.slice(0, 200)}`).toBe(400);
      expect(res.json().error).toBe('unknown-standard');
      const scenario = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/yaml' }, payload: `name: x\nstandard: ${key}\nbudget: {perYear: 1}\n` });
      expect(scenario.statusCode, `${key}: ${scenario.body.slice(0, 200)}`).toBe(422);
      expect(scenario.json().problems[0].field).toBe('/standard');
    }
  });

  it('answers a county JSON body with the problems of the records, and stores nothing', async () => {
    const before = await count('/api/datasets');
    const json = JSON.parse(readFileSync('tests/fixtures/bad/wrong-types.json', 'utf8')) as unknown;
    const res = await t.app.inject({ method: 'POST', url: '/api/datasets', payload: json as Record<string, unknown> });
    expect(res.statusCode).toBe(422);
    expect(res.json().problems).toContainEqual(expect.objectContaining({ row: 2, column: 'students', value: 'many' }));
    expect(await count('/api/datasets')).toBe(before);
  });
});

describe('bad-input corpus: POST and PUT /api/scenarios', () => {
  let existing: number;
  beforeAll(async () => {
    const ok = CORPUS.find((c) => c.kind === 'scenario' && c.outcome === 'ok')!;
    const res = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/yaml' }, payload: readFileSync(casePath(ok), 'utf8') });
    existing = res.json().id as number;
  });

  for (const c of scenarioCases()) {
    it(`${c.file}: ${c.http}`, async () => {
      const before = await count('/api/scenarios');
      const text = readFileSync(casePath(c), 'utf8');
      const res = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/yaml' }, payload: text });
      expect(res.statusCode, res.body.slice(0, 500)).toBe(c.http);
      if (c.outcome === 'ok') {
        expect(res.json().text).toBe(text);
        return;
      }
      const body = res.json() as { error: string; message: string; problems: { field: string; message: string; line?: number }[] };
      expectErrorBody(body as unknown as Record<string, unknown>, res.body);
      expect(body.error).toBe('invalid-scenario');
      expect(await count('/api/scenarios')).toBe(before);
      if (c.path !== undefined) expect(body.problems.map((p) => p.field)).toContain(c.path);
      if (c.line !== undefined) expect(body.problems.map((p) => p.line)).toContain(c.line);
      if (c.message !== undefined) expect(body.message.toLowerCase()).toContain(c.message.toLowerCase());
      const put = await t.app.inject({ method: 'PUT', url: `/api/scenarios/${existing}`, headers: { 'content-type': 'text/yaml' }, payload: text });
      expect(put.statusCode).toBe(c.http);
      expect((await t.app.inject({ method: 'GET', url: `/api/scenarios/${existing}/versions` })).json()).toHaveLength(1);
    });
  }
});
