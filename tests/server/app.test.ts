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
      'DELETE /api/datasets/{id}', 'DELETE /api/scenarios/{id}',
      'GET /api/batches', 'GET /api/batches/{id}', 'GET /api/batches/{id}/events',
      'GET /api/datasets', 'GET /api/datasets/{id}', 'GET /api/datasets/{id}/evaluation', 'GET /api/health',
      'GET /api/runs', 'GET /api/runs/{id}', 'GET /api/runs/{id}/events', 'GET /api/scenarios', 'GET /api/scenarios/{id}',
      'GET /api/scenarios/{id}/versions', 'GET /api/scenarios/{id}/versions/{version}',
      'GET /api/sweeps/{id}', 'GET /api/sweeps/{id}/events',
      'POST /api/batches', 'POST /api/compare', 'POST /api/datasets', 'POST /api/runs', 'POST /api/runs/{id}/restart', 'POST /api/runs/{id}/simulate', 'POST /api/scenarios', 'POST /api/sweeps', 'PUT /api/scenarios/{id}',
    ]);
    for (const { path, method, op } of routes) {
      expect(Object.keys(op.responses).length, `${method} ${path}`).toBeGreaterThan(0);
      for (const name of path.match(/\{(\w+)\}/g) ?? []) expect(op.parameters?.map((p) => p.name), `${method} ${path}`).toContain(name.slice(1, -1));
      if (method === 'post' || method === 'put') expect(op.requestBody, `${method} ${path}`).toBeDefined();
    }
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Scenario', 'ErrorBody']));
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
