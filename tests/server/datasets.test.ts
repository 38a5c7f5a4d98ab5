import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { junheng } from '../engine/cli/run-cli.ts';
import { multipart, testApp, testPool, type TestApp } from './helpers.ts';

const pool = testPool();
let t: TestApp;
beforeAll(async () => {
  t = await testApp(pool, { uploadLimitBytes: 64 * 1024 });
});
afterAll(async () => {
  await t.close();
  await pool.close();
});

async function cliEvaluation(file: string, ...args: string[]): Promise<Record<string, unknown>> {
  const { code, stdout } = await junheng('evaluate', file, '--json', ...args);
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

describe('POST /api/datasets', () => {
  it.each(['sample-county.csv', 'sample-county-bom.csv', 'sample-county-gbk.csv', 'sample-county.xlsx', 'sample-county.json'])('an upload of %s gives the evaluation of the CLI', async (name) => {
    const path = `data/${name}`;
    const [res, cli] = await Promise.all([
      t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name, bytes: readFileSync(path) }, { name: `样例 ${name}` }) }),
      cliEvaluation(path),
    ]);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.name).toBe(`样例 ${name}`);
    expect(body.fileName).toBe(name);
    expect(body.format).toBe(name.split('.').pop());
    expect(body.schools).toBe(40);
    expect({ ...body.evaluation, warnings: body.warnings }).toEqual(cli);
    const again = await t.app.inject({ method: 'GET', url: `/api/datasets/${body.id}` });
    expect(again.json().evaluation).toEqual(body.evaluation);
    expect(again.json().county.schools).toHaveLength(40);
  });

  it('takes a county JSON body', async () => {
    const json = JSON.parse(readFileSync('data/sample-county.json', 'utf8'));
    const [res, cli] = await Promise.all([
      t.app.inject({ method: 'POST', url: '/api/datasets?name=json%20body', payload: json }),
      cliEvaluation('data/sample-county.json'),
    ]);
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe('json body');
    expect({ ...res.json().evaluation, warnings: res.json().warnings, source: cli.source }).toEqual({ ...cli, warnings: res.json().warnings });
  });

  it('answers 422 naming file, row and column for a bad file, and stores nothing', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/datasets' })).json().length;
    const lines = readFileSync('data/sample-county.csv', 'utf8').split('\n');
    const header = lines[0]!.split(',');
    const col = header.indexOf('students');
    const row = lines[3]!.split(',');
    row[col] = 'many';
    lines[3] = row.join(',');
    const res = await t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name: 'broken.csv', bytes: Buffer.from(lines.join('\n')) }) });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.error).toBe('invalid-county');
    expect(body.problems).toContainEqual(expect.objectContaining({ file: 'broken.csv', row: 4, column: 'students', value: 'many' }));
    expect(JSON.stringify(body)).not.toMatch(/\/work\/|node_modules|at .*\.ts:\d+/);
    expect((await t.app.inject({ method: 'GET', url: '/api/datasets' })).json()).toHaveLength(before);
  });

  it('answers 400 for an empty file, a broken or fileless multipart body, bad JSON (422 for a JSON list that is not a county); 415 for other bodies', async () => {
    const empty = await t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name: 'empty.csv', bytes: Buffer.alloc(0) }) });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().problems[0]).toMatchObject({ file: 'empty.csv' });
    const noFile = await t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart(undefined, { name: 'x' }) });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().problems[0].field).toBe('body/file');
    const noBoundary = await t.app.inject({ method: 'POST', url: '/api/datasets', headers: { 'content-type': 'multipart/form-data' }, payload: 'garbage' });
    expect(noBoundary.statusCode).toBe(400);
    const cut = await t.app.inject({ method: 'POST', url: '/api/datasets', headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, payload: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nid,name\r\n' });
    expect(cut.statusCode).toBe(400);
    expect(cut.json().error).toBe('invalid-upload');
    const csvBody = await t.app.inject({ method: 'POST', url: '/api/datasets', headers: { 'content-type': 'text/csv' }, payload: 'id,name' });
    expect(csvBody.statusCode).toBe(415);
    const garbage = await t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name: 'x.xlsx', bytes: Buffer.from('PK not a zip') }) });
    expect(garbage.statusCode).toBe(400);
    const badJson = await t.app.inject({ method: 'POST', url: '/api/datasets', headers: { 'content-type': 'application/json' }, payload: '{"schools": [' });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().message).toBeTypeOf('string');
    const wrongJson = await t.app.inject({ method: 'POST', url: '/api/datasets', payload: { schools: [{ id: 'S1' }] } });
    expect(wrongJson.statusCode).toBe(422);
    expect(wrongJson.json().problems.length).toBeGreaterThan(0);
  });

  it('answers 413 for uploads over the limit, as multipart or JSON', async () => {
    const big = Buffer.alloc(65 * 1024, 'a');
    const res = await t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name: 'big.csv', bytes: big }) });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toBeTypeOf('string');
    const json = await t.app.inject({ method: 'POST', url: '/api/datasets', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ schools: [], pad: 'x'.repeat(70 * 1024) }) });
    expect(json.statusCode).toBe(413);
  });
});

describe('datasets', () => {
  it('lists, evaluates against a chosen standard, and deletes', async () => {
    const up = await t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name: 'sample-county.csv', bytes: readFileSync('data/sample-county.csv') }) });
    const id = up.json().id as number;
    const list = (await t.app.inject({ method: 'GET', url: '/api/datasets' })).json();
    expect(list.map((d: { id: number }) => d.id)).toContain(id);
    expect(list[0]).not.toHaveProperty('county');

    const [basic, cli] = await Promise.all([
      t.app.inject({ method: 'GET', url: `/api/datasets/${id}/evaluation?standard=basic-2012` }),
      cliEvaluation('data/sample-county.csv', '--standard', 'basic-2012'),
    ]);
    expect(basic.statusCode).toBe(200);
    const { warnings: _w, ...cliEvaluationOnly } = cli;
    expect(basic.json()).toEqual(cliEvaluationOnly);
    const quality = await t.app.inject({ method: 'GET', url: `/api/datasets/${id}/evaluation` });
    expect(quality.json().standard.id).toBe('quality-2017');

    const unknown = await t.app.inject({ method: 'GET', url: `/api/datasets/${id}/evaluation?standard=nope` });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().problems[0].field).toBe('querystring/standard');

    expect((await t.app.inject({ method: 'DELETE', url: `/api/datasets/${id}` })).statusCode).toBe(204);
    for (const url of [`/api/datasets/${id}`, `/api/datasets/${id}/evaluation`]) {
      const gone = await t.app.inject({ method: 'GET', url });
      expect(gone.statusCode).toBe(404);
      expect(gone.json()).toEqual({ error: 'not-found', message: `dataset ${id} does not exist` });
    }
    expect((await t.app.inject({ method: 'DELETE', url: `/api/datasets/${id}` })).statusCode).toBe(404);
  });

  it('answers 400 for an id that is not a number and 404 for an unknown route', async () => {
    const bad = await t.app.inject({ method: 'GET', url: '/api/datasets/abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().problems[0].field).toBe('params/id');
    for (const id of ['1.5', '1e3', '0', '-1', '99999999999999999999', '%201', '+1', '1%20', '0x1']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/datasets/${id}` });
      expect(res.statusCode, id).toBe(400);
      expect(res.json().problems[0].field).toBe('params/id');
    }
    const none = await t.app.inject({ method: 'GET', url: '/api/nothing' });
    expect(none.statusCode).toBe(404);
    expect(none.json().error).toBe('not-found');
  });
});
