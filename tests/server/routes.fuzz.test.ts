/**
 * Property-based fuzzing of every API route with random params, query strings, content types and bodies:
 * the answer is never a 5xx, and every 4xx is a JSON {error, message}. Real store in a temp dir; the few
 * valid solves the fuzz queues run in the pool, which is closed at the end.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScenario, multipart, quickScenarioText, testApp, testPool, uploadSample, waitFor, type TestApp } from './helpers.ts';

const pool = testPool();
let t: TestApp;
const ids = { dataset: 0, scenario: 0, run: 0 };
beforeAll(async () => {
  t = await testApp(pool);
  ids.dataset = await uploadSample(t.app);
  ids.scenario = await createScenario(t.app, quickScenarioText('fuzz'));
  const run = await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId: ids.dataset, scenarioId: ids.scenario } });
  ids.run = run.json().id as number;
  await waitFor(t.app, `/api/runs/${ids.run}`);
}, 60_000);
afterAll(async () => {
  if (process.env.JUNHENG_FUZZ_REPORT) console.log(calls, 'requests', JSON.stringify(Object.fromEntries([...seen].map(([k, v]) => [k, [...v].sort()]))));
  // As the server shuts down: the queued solves fail and are recorded while the store is still open.
  await t.app.close();
  await pool.close();
  t.store.close();
});

const RUNS = { numRuns: 250, interruptAfterTimeLimit: 6_000 } as const; // ms
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** Path ids: mostly junk, sometimes a real id (not for event streams, which stay open while a job runs). */
const junkId = fc.oneof(
  fc.integer({ min: 1000 }).map(String), fc.integer({ max: 0 }).map(String),
  fc.constantFrom('abc', '1.5', '1e3', '0x10', '99999999999999999999', '%00', '%E4%B8%AD', 'null', '-', '%2F', '%20999'),
  fc.string({ minLength: 1, maxLength: 6 }).map(encodeURIComponent),
);
const realId = () => fc.constantFrom(String(ids.dataset), String(ids.scenario), String(ids.run));
const anyId = () => fc.oneof({ weight: 3, arbitrary: junkId }, { weight: 1, arbitrary: realId() });

/** streams: event streams stay open while a job runs; keep: deleting the real ids would starve the rest of the fuzz. */
const ROUTES: { method: Method; path: string; streams?: boolean; keep?: boolean }[] = [
  { method: 'GET', path: '/api/health' }, { method: 'GET', path: '/' }, { method: 'GET', path: '/openapi.json' },
  { method: 'POST', path: '/api/datasets' }, { method: 'GET', path: '/api/datasets' }, { method: 'GET', path: '/api/datasets/:id' },
  { method: 'GET', path: '/api/datasets/:id/evaluation' }, { method: 'DELETE', path: '/api/datasets/:id', keep: true },
  { method: 'POST', path: '/api/scenarios' }, { method: 'GET', path: '/api/scenarios' }, { method: 'GET', path: '/api/scenarios/:id' },
  { method: 'PUT', path: '/api/scenarios/:id' }, { method: 'DELETE', path: '/api/scenarios/:id', keep: true },
  { method: 'GET', path: '/api/scenarios/:id/versions' }, { method: 'GET', path: '/api/scenarios/:id/versions/:id' },
  { method: 'POST', path: '/api/runs' }, { method: 'GET', path: '/api/runs' }, { method: 'GET', path: '/api/runs/:id' },
  { method: 'POST', path: '/api/runs/:id/restart' }, { method: 'POST', path: '/api/runs/:id/simulate' },
  { method: 'POST', path: '/api/runs/:id/cancel' }, { method: 'POST', path: '/api/sweeps/:id/cancel' }, { method: 'POST', path: '/api/batches/:id/cancel' },
  { method: 'GET', path: '/api/runs/:id/events', streams: true }, { method: 'POST', path: '/api/sweeps' },
  { method: 'GET', path: '/api/sweeps/:id' }, { method: 'GET', path: '/api/sweeps/:id/events', streams: true },
  { method: 'POST', path: '/api/compare' }, { method: 'GET', path: '/api/runs/:id/plan.xlsx' }, { method: 'GET', path: '/api/runs/:id/actions.csv' },
  { method: 'GET', path: '/api/compare/plan.xlsx' }, { method: 'PATCH', path: '/api/runs' }, { method: 'GET', path: '/api/nowhere/:id' },
];

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/yaml', 'text/yaml', 'application/x-yaml', 'text/plain',
  'multipart/form-data', 'multipart/form-data; boundary=xyz', 'application/x-www-form-urlencoded', 'text/csv', 'application/octet-stream',
  'application/json; charset=gbk', 'text/html', ''];

const jsonish = fc.oneof(fc.jsonValue(), fc.record({
  datasetId: fc.oneof(fc.constant(-1), fc.nat(5), fc.string({ maxLength: 3 }), fc.constant(null)),
  scenarioId: fc.oneof(fc.nat(5), fc.double(), fc.string({ maxLength: 3 })),
  scenarioVersion: fc.option(fc.oneof(fc.integer({ min: -1, max: 3 }), fc.string({ maxLength: 2 })), { nil: undefined }),
  from: fc.oneof(fc.double(), fc.constant(1e14), fc.nat()), to: fc.oneof(fc.double(), fc.nat()),
  steps: fc.oneof(fc.integer({ min: -2, max: 60 }), fc.string({ maxLength: 2 })),
  runIds: fc.array(fc.oneof(fc.nat(5), fc.string({ maxLength: 2 })), { maxLength: 25 }),
  samples: fc.oneof(fc.integer({ min: -3, max: 4 }), fc.constantFrom(0, 1.5, '3', null, 1e9)),
  seed: fc.oneof(fc.integer(), fc.double()),
  name: fc.string({ maxLength: 8 }), budget: fc.jsonValue(), schools: fc.jsonValue(),
}, { requiredKeys: [] }));

const payload = fc.oneof(
  jsonish.map((v) => JSON.stringify(v) ?? ''),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('', '{', '[1,', 'name: x\nbudget: {perYear: 1}', '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nid\r\n--xyz--\r\n', 'null', '"str"', '\uFEFF{}'),
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
);

const query = fc.array(fc.tuple(fc.constantFrom('standard', 'name', 'sheet', 'x', 'standard[]', '__proto__'), fc.oneof(fc.constantFrom('basic-2012', 'quality-2017', '', 'constructor', '__proto__', 'toString'), fc.string({ maxLength: 6 }))), { maxLength: 3 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : ''));

interface Answer { statusCode: number; headers: Record<string, unknown>; body: string }

function expectNoServerError(res: Answer, what: string): void {
  expect(res.statusCode, `${what} → ${res.statusCode} ${res.body.slice(0, 300)}`).toBeLessThan(500);
  if (res.statusCode < 400) return;
  expect(String(res.headers['content-type']), what).toContain('application/json');
  const body = JSON.parse(res.body) as { error: unknown; message: unknown };
  expect(body.error, what).toBeTypeOf('string');
  expect(body.message, what).toBeTypeOf('string');
}

/** Statuses seen, by route, to check the fuzz reached the handlers and not only the validators. */
const seen = new Map<string, Set<number>>();
let calls = 0;
const note = (route: string, status: number) => {
  calls++;
  seen.set(route, (seen.get(route) ?? new Set()).add(status));
};

describe('API routes fuzz', () => {
  it('every route with random ids, query strings, content types and bodies: < 500, JSON errors', async () => {
    const request = fc.record({
      route: fc.constantFrom(...ROUTES),
      id1: anyId(), id2: anyId(), junk: junkId, query, payload,
      contentType: fc.oneof(fc.constantFrom(...CONTENT_TYPES), fc.string({ maxLength: 20 })),
      withBody: fc.boolean(),
    });
    await fc.assert(fc.asyncProperty(request, async (r) => {
      let n = 0;
      const url = r.route.path.replace(/:id/g, () => (r.route.streams || r.route.keep ? r.junk : n++ === 0 ? r.id1 : r.id2)) + r.query;
      const headers: Record<string, string> = r.contentType ? { 'content-type': r.contentType } : {};
      const send = r.withBody && r.route.method !== 'GET';
      const res = await t.app.inject({ method: r.route.method, url, ...(send ? { headers, payload: r.payload } : {}) });
      expectNoServerError(res, `${r.route.method} ${url} [${r.contentType}]`);
      note(`${r.route.method} ${r.route.path}`, res.statusCode);
    }), RUNS);
    const statuses = new Set([...seen.values()].flatMap((s) => [...s]));
    for (const status of [200, 400, 404]) expect([...statuses]).toContain(status);
  }, 60_000);

  it('JSON bodies of the right shape with real or wrong values on the job routes: < 500, JSON errors', async () => {
    const or = <T>(real: T, wrong: fc.Arbitrary<unknown>) => fc.oneof({ weight: 2, arbitrary: fc.constant(real) }, { weight: 1, arbitrary: wrong });
    const wrongId = fc.oneof(fc.integer({ min: -2, max: 9999 }), fc.double(), fc.string({ maxLength: 3 }), fc.constant(null));
    const job = () => ({ datasetId: or(ids.dataset, wrongId), scenarioId: or(ids.scenario, wrongId), scenarioVersion: or(1, fc.integer({ min: -1, max: 3 })) });
    const opt = { requiredKeys: ['datasetId', 'scenarioId'] as ('datasetId' | 'scenarioId')[] };
    const bodies: Record<string, fc.Arbitrary<unknown>> = {
      '/api/runs': fc.record(job(), opt),
      '/api/sweeps': fc.record({ ...job(), from: or(1e6, fc.oneof(fc.nat(1e7), fc.double(), fc.constant(1e14))), to: or(2.5e7, fc.oneof(fc.integer({ min: 2e7, max: 3e7 }), fc.double())), steps: or(2, fc.integer({ min: -2, max: 60 })) }, opt),
      '/api/compare': fc.record({ runIds: fc.array(or(ids.run, wrongId), { maxLength: 22 }) }),
      '/api/runs/:run/simulate': fc.record({ samples: fc.oneof(fc.integer({ min: -3, max: 4 }), fc.constantFrom(0, 1.5, '3', null, 1e9)), seed: fc.oneof(fc.nat(), fc.integer(), fc.double()) }, { requiredKeys: [] }),
      '/api/runs/:run/restart': fc.oneof(fc.constant({}), fc.jsonValue()),
    };
    const call = fc.constantFrom(...Object.keys(bodies)).chain((path) => fc.tuple(fc.constant(path), fc.oneof({ weight: 3, arbitrary: bodies[path]! }, { weight: 1, arbitrary: jsonish })));
    await fc.assert(fc.asyncProperty(call, async ([path, body]) => {
      const url = path.replace(':run', String(ids.run));
      const res = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) ?? 'null' });
      expectNoServerError(res, `POST ${url} ${JSON.stringify(body)}`);
      note(`job POST ${path}`, res.statusCode);
    }), {
      ...RUNS, numRuns: 150, interruptAfterTimeLimit: 9_000,
      // Run first whatever the time limit leaves: the statuses checked below do not depend on how many random cases fit.
      examples: [
        [['/api/runs', { datasetId: ids.dataset, scenarioId: ids.scenario }]],
        [['/api/runs', { datasetId: 9999, scenarioId: ids.scenario }]],
        [['/api/runs', { datasetId: 'x', scenarioId: ids.scenario }]],
        [['/api/sweeps', { datasetId: ids.dataset, scenarioId: ids.scenario, from: 1e6, to: 2.5e7, steps: 2 }]],
        [['/api/sweeps', { datasetId: ids.dataset, scenarioId: ids.scenario, from: 1e6, to: 2.5e7, steps: -2 }]],
      ],
    });
    expect([...seen.get('job POST /api/runs')!]).toEqual(expect.arrayContaining([202, 400, 404]));
    expect([...seen.get('job POST /api/sweeps')!]).toEqual(expect.arrayContaining([202, 400]));
  }, 60_000);

  it('multipart uploads of random files, names and fields: < 500, JSON errors, nothing stored on refusal', async () => {
    const sample = readFileSync('data/sample-county.csv');
    const file = fc.record({
      name: fc.oneof(fc.constantFrom('a.csv', 'a.xlsx', 'a.json', 'a.xls', '', '../../etc/passwd', '学校.csv', 'a"b.csv'), fc.string({ maxLength: 12 })),
      bytes: fc.oneof(fc.uint8Array({ maxLength: 500 }), fc.nat(sample.length).map((n) => new Uint8Array(sample.subarray(0, n)))),
      field: fc.constantFrom('file', 'upload', 'name'),
    });
    const fields = fc.dictionary(fc.constantFrom('name', 'sheet', 'x', 'file'), fc.string({ maxLength: 10 }), { maxKeys: 3 });
    await fc.assert(fc.asyncProperty(fc.option(file, { nil: undefined }), fields, async (f, extra) => {
      const before = (await t.app.inject({ method: 'GET', url: '/api/datasets' })).json().length as number;
      const res = await t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart(f, extra) });
      expectNoServerError(res, `upload ${f?.name} (${f?.bytes.length} bytes, field ${f?.field})`);
      const after = (await t.app.inject({ method: 'GET', url: '/api/datasets' })).json().length as number;
      expect(after).toBe(res.statusCode === 201 ? before + 1 : before);
      note('upload', res.statusCode);
    }), { ...RUNS, numRuns: 150 });
    expect([...seen.get('upload')!]).toEqual(expect.arrayContaining([201, 400, 422]));
  }, 60_000);
});
