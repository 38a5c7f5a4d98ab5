/**
 * Issue 16: no cross-site writes and no foreign Host names; a full disk answers 507 and never leaves a run running;
 * one server per database; names and plan years within limits.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../engine/node/pool.ts';
import { DatabaseLockedError, lockDatabase } from '../../web/server/db-lock.ts';
import { millionEmptyRows } from '../fixtures/hostile/xlsx.ts';
import { createScenario, multipart, parseEvents, quickScenarioText, tempDbPath, testApp, testPool, uploadSample, waitFor, type TestApp } from './helpers.ts';

const pool = testPool();
let t: TestApp;
beforeAll(async () => {
  t = await testApp(pool);
});
afterAll(async () => {
  await t.close();
  await pool.close();
});

describe('cross-site writes and foreign host names', () => {
  it('refuses a Host that is not this server (DNS rebinding) with 421', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/scenarios', headers: { host: 'evil.example' } });
    expect(res.statusCode).toBe(421);
    expect(res.json().message).toContain('evil.example');
    expect((await t.app.inject({ method: 'GET', url: '/api/scenarios', headers: { host: '127.0.0.1:5178' } })).statusCode).toBe(200);
  });

  it('refuses writes from another origin, and bodies a browser could send cross-site without asking', async () => {
    const text = quickScenarioText('cross-site');
    const before = t.store.scenarios.list().length;
    const plain = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'text/plain' }, payload: text });
    expect(plain.statusCode).toBe(415);
    const form = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=b' });
    expect(form.statusCode).toBe(415);
    const foreign = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/yaml', origin: 'http://evil.example' }, payload: text });
    expect(foreign.statusCode).toBe(403);
    const upload = multipart({ name: 'c.csv', bytes: readFileSync('data/sample-county.csv') });
    const foreignUpload = await t.app.inject({ method: 'POST', url: '/api/datasets', payload: upload.payload, headers: { ...upload.headers, origin: 'http://127.0.0.1:9' } });
    expect(foreignUpload.statusCode).toBe(403);
    expect(t.store.scenarios.list().length).toBe(before);
    expect(t.store.datasets.list().length).toBe(0);
    const same = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/yaml', origin: 'http://localhost:80', host: 'localhost:80' }, payload: text });
    expect(same.statusCode).toBe(201);
  });
});

describe('a full disk', () => {
  it('answers 507 naming storage, not "internal error"', async () => {
    const other = await testApp(pool);
    try {
      const pages = other.store.db.pragma('page_count', { simple: true }) as number;
      other.store.db.pragma(`max_page_count = ${pages}`);
      const upload = multipart({ name: 'c.csv', bytes: readFileSync('data/sample-county.csv') });
      const res = await other.app.inject({ method: 'POST', url: '/api/datasets', ...upload });
      expect(res.statusCode).toBe(507);
      expect(res.json().message).toContain('disk full?');
      expect(res.json().message).toContain(other.dbPath);
    } finally {
      await other.close();
    }
  });

  it('answers 503 naming the file when the database is read-only', async () => {
    const other = await testApp(pool);
    try {
      other.store.db.pragma('query_only = 1'); // every write now fails with SQLITE_READONLY
      const res = await other.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/yaml' }, payload: quickScenarioText('read-only') });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ error: 'storage-read-only' });
      expect(res.json().message).toContain(other.dbPath);
    } finally {
      await other.close();
    }
  });

  it('ends a run whose result cannot be stored as failed with the reason, and its event stream sends end', async () => {
    const dataset = await uploadSample(t.app);
    const scenario = await createScenario(t.app, quickScenarioText('full disk'));
    const runs = t.store.runs;
    const finish = runs.finish.bind(runs);
    runs.finish = (id, status, result, error) => {
      if (result !== null) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      finish(id, status, result, error);
    };
    try {
      const id = (await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId: dataset, scenarioId: scenario } })).json().id as number;
      const events = parseEvents((await t.app.inject({ method: 'GET', url: `/api/runs/${id}/events` })).body);
      expect(events.at(-1)).toMatchObject({ event: 'end', data: { status: 'failed' } });
      expect(String(events.at(-1)!.data.error)).toContain('disk full?');
      const run = await waitFor(t.app, `/api/runs/${id}`);
      expect(run.status).toBe('failed');
      expect(run.error).toContain('the database could not be written');
      // Finished, so it can be restarted (once the disk has room again).
      runs.finish = finish;
      expect((await t.app.inject({ method: 'POST', url: `/api/runs/${id}/restart`, payload: {} })).statusCode).toBe(202);
    } finally {
      runs.finish = finish;
    }
  });
});

describe('one server per database', () => {
  it('refuses a second lock on the same file, naming the file and the process, and takes over a dead one', () => {
    const dbPath = tempDbPath();
    const lock = lockDatabase(dbPath);
    try {
      expect(() => lockDatabase(dbPath)).toThrow(DatabaseLockedError);
      expect(() => lockDatabase(dbPath)).toThrow(new RegExp(`${dbPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*process ${process.pid}`));
    } finally {
      lock.release();
    }
    // A lock left by a process that no longer exists (pid beyond the kernel's pid_max) is taken over.
    writeFileSync(`${dbPath}.lock`, JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), startedAt: '2026-01-01T00:00:00Z' }));
    const taken = lockDatabase(dbPath);
    expect(JSON.parse(readFileSync(taken.path, 'utf8')).pid).toBe(process.pid);
    taken.release();
  });
});

describe('limits on names and plan years', () => {
  it('refuses a 201-character dataset name and strips control and bidi characters from names', async () => {
    const upload = multipart({ name: 'c.csv', bytes: readFileSync('data/sample-county.csv') }, { name: 'x'.repeat(201) });
    const long = await t.app.inject({ method: 'POST', url: '/api/datasets', ...upload });
    expect(long.statusCode).toBe(400);
    expect(long.json().message).toContain('200');
    const odd = multipart({ name: 'c.csv', bytes: readFileSync('data/sample-county.csv') }, { name: 'A\u001b[31mB\u202eC\u0000' });
    const stored = await t.app.inject({ method: 'POST', url: '/api/datasets', ...odd });
    expect(stored.statusCode).toBe(201);
    expect(stored.json().name).toBe('A[31mBC');
  });

  it('refuses plan years outside 2000–2100 or not consecutive', async () => {
    for (const horizon of ['[-3, -2, -1]', '[999999999, 1000000000, 1000000001]', '[2027, 2026, 2025]']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/yaml' }, payload: quickScenarioText('years', (doc) => doc.set('horizon', JSON.parse(horizon))) });
      expect(res.statusCode, horizon).toBeGreaterThanOrEqual(400);
      expect(res.json().message, horizon).toContain('/horizon');
    }
  });
});

describe('clear refusals (issue 16 part 9)', () => {
  it('names each refusal: two files, __proto__, absurd budgets, UTF-16 YAML, an XLSX named .csv, line numbers as sent', async () => {
    // Two files in one upload: 400 saying so, not 413 "at most 20 MB".
    const csv = readFileSync('data/sample-county.csv');
    const boundary = 'two-files';
    const part = (name: string) => `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${csv.toString('utf8')}\r\n`;
    const two = await t.app.inject({ method: 'POST', url: '/api/datasets', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: `${part('a.csv')}${part('b.csv')}--${boundary}--\r\n` });
    expect(two.statusCode).toBe(400);
    expect(two.json().message).toContain('one county file per upload');

    const proto = await t.app.inject({ method: 'POST', url: '/api/runs', headers: { 'content-type': 'application/json' }, payload: '{"datasetId": 1, "__proto__": {"x": 1}}' });
    expect(proto.statusCode).toBe(400);
    expect(proto.json().message).toContain('/__proto__');

    for (const budget of ['-5', '1e400', '.nan']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/yaml' }, payload: quickScenarioText('budget').replace(/^( {2}perYear:).*$/m, `$1 ${budget}`) });
      expect(res.statusCode, budget).toBe(400);
      expect(res.json().message, budget).toContain('/budget/perYear');
      expect(res.json().message, budget).not.toContain('Expected union value');
    }

    const text = quickScenarioText('utf-16 yaml');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/yaml' }, payload: utf16 })).statusCode).toBe(201);

    const renamed = multipart({ name: 'county.csv', bytes: readFileSync('data/sample-county.xlsx') });
    const xlsx = await t.app.inject({ method: 'POST', url: '/api/datasets', ...renamed });
    expect(xlsx.statusCode, xlsx.body.slice(0, 300)).toBe(201);
    expect(xlsx.json().format).toBe('xlsx');

    const json = '{\n  "name": "lines",\n  "budget": {\n    "perYear": "a lot"\n  }\n}';
    const lines = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/json' }, payload: json });
    expect(lines.statusCode).toBe(400);
    const problem = (lines.json().problems as { field: string; line?: number }[]).find((p) => p.field === '/budget/perYear');
    expect(problem?.line).toBe(4);
  });
});

describe('uploads parsed off the event loop (issue 16 part 5)', () => {
  it('parses uploads in the import pool and refuses a sheet of a million empty rows by its element count', async () => {
    const importPool = createWorkerPool(1, { maxMemoryMb: 256 });
    const other = await testApp(pool, { importPool });
    try {
      const upload = multipart({ name: 'c.xlsx', bytes: readFileSync('data/sample-county.xlsx') });
      const ok = await other.app.inject({ method: 'POST', url: '/api/datasets', ...upload });
      expect(ok.statusCode, ok.body.slice(0, 300)).toBe(201);
      expect(ok.json().schools).toBeGreaterThan(0);
      const hostile = multipart({ name: 'rows.xlsx', bytes: millionEmptyRows() });
      const refused = await other.app.inject({ method: 'POST', url: '/api/datasets', ...hostile });
      expect(refused.statusCode).toBe(413);
      expect(refused.json().problems[0].message).toContain('rows');
    } finally {
      await other.close();
      await importPool.close();
    }
  });
});
