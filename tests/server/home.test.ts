import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDirFrom, DEFAULT_APP_DIR } from '../../web/server/routes/app-static.ts';
import { testApp, testPool, type TestApp } from './helpers.ts';

const pool = testPool();
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = 'console.log("junheng app");';

function builtApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'junheng-app-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'index-Ab12Cd.js'), SCRIPT);
  return dir;
}

let withApp: TestApp;
let withoutApp: TestApp;
beforeAll(async () => {
  withApp = await testApp(pool, { appDir: builtApp() });
  withoutApp = await testApp(pool, { appDir: mkdtempSync(join(tmpdir(), 'junheng-empty-')) });
});
afterAll(async () => {
  await withApp.close();
  await withoutApp.close();
  await pool.close();
});

describe('the built app at /', () => {
  it('serves index.html at / without caching it', async () => {
    const res = await withApp.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toBe(INDEX);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets with a year-long immutable cache', async () => {
    const res = await withApp.app.inject({ method: 'GET', url: '/assets/index-Ab12Cd.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.body).toBe(SCRIPT);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await withApp.app.inject({ method: 'HEAD', url: '/assets/index-Ab12Cd.js' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('falls back to index.html for app paths outside /api and /docs', async () => {
    for (const url of ['/compare', '/results/12?lang=en', '/a/b/c', '/docsets', '/apis']) {
      const res = await withApp.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(INDEX);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('keeps JSON 404s for unknown API paths and non-GET methods', async () => {
    const api = await withApp.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: 'not-found', message: 'no route GET /api/nothing-here' });
    const post = await withApp.app.inject({ method: 'POST', url: '/compare' });
    expect(post.statusCode).toBe(404);
    expect(post.json().error).toBe('not-found');
  });

  it('keeps the API, its health check and the docs', async () => {
    const health = await withApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json().status).toBe('ok');
    const datasets = await withApp.app.inject({ method: 'GET', url: '/api/datasets' });
    expect(datasets.statusCode).toBe(200);
    expect(datasets.json()).toEqual([]);
    const docs = await withApp.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).not.toBe(INDEX);
    const openapi = await withApp.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(Object.keys(openapi.json().paths)).not.toContain('/*');
  });
});

describe('no built app', () => {
  it('answers / with a page saying how to build the app, with the API links', async () => {
    const res = await withoutApp.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('npm run build:app');
    expect(res.body).toContain('href="/docs"');
    expect(res.body).toContain('href="/api/health"');
    const other = await withoutApp.app.inject({ method: 'GET', url: '/compare' });
    expect(other.statusCode).toBe(404);
  });
});

describe('choosing the app folder', () => {
  it('takes the option, then JUNHENG_APP_DIR, then web/app/dist; null turns the app off', () => {
    expect(appDirFrom('/tmp/x', { JUNHENG_APP_DIR: '/tmp/y' })).toBe('/tmp/x');
    expect(appDirFrom(undefined, { JUNHENG_APP_DIR: '/tmp/y' })).toBe('/tmp/y');
    expect(appDirFrom(undefined, {})).toBe(resolve(DEFAULT_APP_DIR));
    expect(DEFAULT_APP_DIR).toMatch(/web\/app\/dist\/?$/);
    expect(appDirFrom(null, { JUNHENG_APP_DIR: '/tmp/y' })).toBeNull();
  });
});
