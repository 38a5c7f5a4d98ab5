import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, testPool, type TestApp } from './helpers.ts';

const pool = testPool();
let t: TestApp;
beforeAll(async () => {
  t = await testApp(pool, { appDir: null });
});
afterAll(async () => {
  await t.close();
  await pool.close();
});

describe('health, documentation and the home page', () => {
  it('answers /api/health', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', solveThreads: 2 });
  });

  it('publishes OpenAPI with a schema for every parameter, body and response', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const routes = Object.entries(doc.paths as Record<string, Record<string, { parameters?: { name: string }[]; requestBody?: unknown; responses: Record<string, unknown> }>>)
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
    expect(routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort()).toEqual([
      'DELETE /api/datasets/{id}', 'DELETE /api/scenarios/{id}', 'DELETE /api/session', 'DELETE /api/trash', 'GET /api/audit',
      'GET /api/batches', 'GET /api/batches/{id}', 'GET /api/batches/{id}/events',
      'GET /api/compare/plan.xlsx', 'GET /api/datasets', 'GET /api/datasets/{id}', 'GET /api/datasets/{id}/evaluation', 'GET /api/health',
      'GET /api/runs', 'GET /api/runs/{id}', 'GET /api/runs/{id}/actions.csv', 'GET /api/runs/{id}/events', 'GET /api/runs/{id}/plan.xlsx', 'GET /api/scenarios', 'GET /api/scenarios/{id}',
      'GET /api/scenarios/{id}/versions', 'GET /api/scenarios/{id}/versions/{version}',
      'GET /api/session', 'GET /api/sweeps/{id}', 'GET /api/sweeps/{id}/events', 'GET /api/trash',
      'POST /api/batches', 'POST /api/batches/{id}/cancel', 'POST /api/compare', 'POST /api/datasets', 'POST /api/runs', 'POST /api/runs/{id}/cancel', 'POST /api/runs/{id}/restart',
      'POST /api/runs/{id}/simulate', 'POST /api/scenarios', 'POST /api/session', 'POST /api/sweeps', 'POST /api/sweeps/{id}/cancel',
      'POST /api/trash/datasets/{id}/restore', 'POST /api/trash/scenarios/{id}/restore', 'PUT /api/scenarios/{id}',
    ]);
    for (const { path, method, op } of routes) {
      expect(Object.keys(op.responses).length, `${method} ${path}`).toBeGreaterThan(0);
      for (const name of path.match(/\{(\w+)\}/g) ?? []) expect(op.parameters?.map((p) => p.name), `${method} ${path}`).toContain(name.slice(1, -1));
      if (method === 'post' || method === 'put') expect(op.requestBody, `${method} ${path}`).toBeDefined();
    }
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Scenario', 'ErrorBody']));
  });

  it('publishes an OpenAPI document a validator accepts, with an operationId and tags on every operation and the session scheme', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? [], JSON.stringify(result.errors)?.slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
    const ops = Object.values(doc.paths as Record<string, Record<string, { operationId?: string; tags?: string[]; security?: unknown[] }>>).flatMap((o) => Object.values(o));
    const ids = ops.map((o) => o.operationId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of ops) expect(op.tags?.length, op.operationId).toBeGreaterThan(0);
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' });
    expect(doc.paths['/api/health'].get.security).toEqual([]);
  });

  it('serves the interactive docs at /docs and a page linking to them at /', async () => {
    const docs = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
    const home = await t.app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('href="/docs"');
  });

  it('hides internal errors: unknown methods and paths get JSON, never a stack', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: '/api/datasets/1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not-found', message: 'no route PATCH /api/datasets/1' });
  });
});
