import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../web/server/app.ts';
import { openServerStore } from '../../web/server/startup.ts';
import { multipart, tempDbPath, testApp, testPool, uploadSample, type TestApp } from './helpers.ts';

const pool = testPool();
let t: TestApp;
beforeAll(async () => {
  t = await testApp(pool);
});
afterAll(async () => {
  await t.close();
  await pool.close();
});

const INTERNAL = { error: 'internal', message: 'internal error; the request was not completed' };

/** What an error body must never show: file paths, module names or stack lines. */
function expectNoInternals(body: string, what: string): void {
  expect(body, what).not.toContain(process.cwd());
  expect(body, what).not.toContain('/work/');
  expect(body, what).not.toContain('node_modules');
  expect(body, what).not.toMatch(/^\s*at /m);
  expect(body, what).not.toMatch(/\.(ts|js|mjs):\d+/);
}

describe('uploads', () => {
  it('keeps a client file name with path parts only as a label and writes no file', async () => {
    const passwdBefore = existsSync('/etc/passwd') ? readFileSync('/etc/passwd') : undefined;
    const csv = readFileSync('data/sample-county.csv');
    const labels: string[] = [];
    for (const name of ['../../etc/passwd', '..\\..\\x.csv', '/tmp/../../abs.csv']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name, bytes: csv }) });
      expect(res.statusCode, `${name}: ${res.body}`).toBeLessThan(500);
      if (res.statusCode === 201) labels.push(res.json().fileName as string);
    }
    expect(labels).toEqual(expect.arrayContaining(['x.csv', 'abs.csv']));
    for (const label of labels) expect(label).not.toMatch(/[\\/]|\.\./);
    for (const dir of [process.cwd(), dirname(process.cwd()), dirname(t.dbPath), dirname(dirname(t.dbPath)), '/etc']) {
      for (const name of ['x.csv', 'abs.csv']) expect(existsSync(join(dir, name)), join(dir, name)).toBe(false);
    }
    expect(readdirSync(dirname(t.dbPath)).every((f) => f.startsWith('junheng.db'))).toBe(true);
    if (passwdBefore) expect(readFileSync('/etc/passwd').equals(passwdBefore)).toBe(true);
    const stored = t.store.db.prepare('SELECT bytes FROM datasets').all() as { bytes: Buffer }[];
    expect(stored.length).toBe(labels.length);
    for (const row of stored) expect(row.bytes.equals(csv)).toBe(true); // the upload lives in the database, nowhere else
  });
});

describe('static files', () => {
  it('never serve a file outside their folders, however the path is written', async () => {
    const urls = ['/assets/..%2f..%2f..%2fpackage.json', '/assets/%2e%2e/%2e%2e/%2e%2e/package.json', '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/docs/static/..%2f..%2f..%2f..%2fpackage.json', '/docs/static/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json', '/assets/..\\..\\..\\package.json'];
    for (const url of urls) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeLessThan(500);
      expect(res.body, url).not.toContain('"name": "junheng"');
      expect(res.body, url).not.toMatch(/root:.*:0:0:/);
    }
  });
});

describe('error bodies', () => {
  it('say only "internal error" when a handler throws, whatever the error held', async () => {
    const { store } = await openServerStore(tempDbPath(), false);
    const app = await buildApp({ store, pool });
    app.get('/api/boom', async () => {
      throw new Error(`ENOENT: no such file or directory, open '${process.cwd()}/web/server/secret.ts'`);
    });
    await app.ready();
    try {
      const res = await app.inject({ method: 'GET', url: '/api/boom' });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual(INTERNAL);
      store.db.close(); // every store call now throws "The database connection is not open"
      for (const url of ['/api/scenarios', '/api/runs', '/api/datasets/1']) {
        const broken = await app.inject({ method: 'GET', url });
        expect(broken.statusCode, url).toBe(500);
        expect(broken.json(), url).toEqual(INTERNAL);
      }
    } finally {
      await app.close();
    }
  });

  it('never show paths or stack lines in 4xx answers', async () => {
    const datasetId = await uploadSample(t.app);
    const yaml = { 'content-type': 'application/yaml' };
    const json = { 'content-type': 'application/json' };
    const requests: InjectOptions[] = [
      { method: 'POST', url: '/api/scenarios', headers: json, payload: '{"name": ' },
      { method: 'POST', url: '/api/scenarios', headers: yaml, payload: 'name: [\n  - budget: {perYear' },
      { method: 'POST', url: '/api/scenarios', headers: yaml, payload: 'name: x\nbudget: {perYear: -1}\nhorizon: [2026]\n' },
      { method: 'PUT', url: '/api/scenarios/abc', headers: yaml, payload: 'name: x' },
      { method: 'GET', url: '/api/runs/1.5' },
      { method: 'GET', url: '/api/nowhere?file=../../etc/passwd' },
      { method: 'POST', url: '/api/runs', headers: json, payload: JSON.stringify({ datasetId, scenarioId: 424242 }) },
      { method: 'POST', url: '/api/runs', headers: { 'content-type': 'text/xml' }, payload: '<run/>' },
      { method: 'POST', url: '/api/compare', headers: json, payload: JSON.stringify({ runIds: [424242, 424243] }) },
      { method: 'POST', url: '/api/datasets', ...multipart({ name: 'broken.xlsx', bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) }) },
      { method: 'POST', url: '/api/datasets', headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--y\r\nbroken' },
      { method: 'GET', url: `/api/datasets/${datasetId}/evaluation?standard=../../etc/passwd` },
    ];
    for (const r of requests) {
      const res = await t.app.inject(r);
      const what = `${r.method} ${r.url}: ${res.statusCode} ${res.body}`;
      expect(res.statusCode, what).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, what).toBeLessThan(500);
      expect(res.headers['content-type'], what).toMatch(/^application\/json/);
      expect(res.json(), what).toHaveProperty('message');
      expectNoInternals(res.body, what);
    }
  });
});

describe('browsers', () => {
  it('gets no CORS grant: no Access-Control-Allow-Origin, preflight refused', async () => {
    const origin = 'http://evil.example';
    const get = await t.app.inject({ method: 'GET', url: '/api/scenarios', headers: { origin } });
    expect(get.statusCode).toBe(200);
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/api/scenarios/1', headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' } });
    expect(preflight.statusCode).toBeGreaterThanOrEqual(400);
    for (const h of Object.keys(preflight.headers)) expect(h).not.toMatch(/^access-control-/);
  });

  it('gets nosniff, no-referrer and no-framing on every answer, and a CSP the pages keep to', async () => {
    for (const url of ['/api/health', '/api/nowhere', '/']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
    for (const url of ['/', '/docs/']) {
      const page = await t.app.inject({ method: 'GET', url });
      expect(page.statusCode, url).toBe(200);
      const csp = String(page.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).not.toContain('upgrade-insecure-requests');
      // script-src 'self' blocks inline scripts: the page must have none.
      const inline = [...page.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1]!) && m[2]!.trim() !== '');
      expect(inline, url).toEqual([]);
    }
    const initializer = await t.app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    expect(initializer.statusCode).toBe(200);
  });
});

describe('the server process', () => {
  it('listens on 127.0.0.1 only when HOST is not set', async () => {
    const { HOST: _host, ...env } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'web/server/server.ts'], { env: { ...env, PORT: '0', JUNHENG_DB: tempDbPath() }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 25_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /listening on http:\/\/([^:/]+):(\d+)/.exec(out);
          if (m) {
            clearTimeout(timer);
            if (m[1] !== '127.0.0.1') reject(new Error(`listening on ${m[1]}`));
            resolve(Number(m[2]));
          }
        });
        child.stderr.on('data', (chunk: Buffer) => { out += chunk.toString(); });
        child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
      });
      const reaches = (host: string) => new Promise<boolean>((resolve) => {
        const socket = connect(port, host, () => { socket.destroy(); resolve(true); });
        socket.on('error', () => resolve(false));
      });
      expect(await reaches('127.0.0.1')).toBe(true);
      const outside = Object.values(networkInterfaces()).flat().filter((a) => a && !a.internal).map((a) => a!.address);
      for (const address of outside) expect(await reaches(address), address).toBe(false);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 40_000);
});
