import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { JobRunner } from '../../engine/node/jobs.ts';
import { createWorkerPool } from '../../engine/node/pool.ts';
import { buildApp, type AppOptions } from '../../web/server/app.ts';
import type { App } from '../../web/server/context.ts';
import type { Run, Sweep } from '../../web/contract/index.ts';
import { openServerStore } from '../../web/server/startup.ts';
import type { Store } from '../../web/server/store/index.ts';

export function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'junheng-server-')), 'junheng.db');
}

export interface TestApp {
  app: App;
  store: Store;
  dbPath: string;
  close(): Promise<void>;
}

/** An app on a real SQLite file, not seeded unless asked; the pool is the caller's. */
export async function testApp(pool: JobRunner, options: Partial<Omit<AppOptions, 'store' | 'pool'>> & { dbPath?: string; seed?: boolean } = {}): Promise<TestApp> {
  const dbPath = options.dbPath ?? tempDbPath();
  const { store } = await openServerStore(dbPath, options.seed ? undefined : false);
  const { dbPath: _d, seed: _s, ...appOptions } = options;
  // No web app unless a test asks for one: answers must not depend on whether web/app/dist happens to be built.
  const app = await buildApp({ store, pool, appDir: null, ...appOptions });
  await app.ready();
  return { app, store, dbPath, close: async () => { await app.close(); store.close(); } };
}

export function testPool(): JobRunner {
  return createWorkerPool(2);
}

/** scenarios/baseline.yaml as a quick LP (continuous decisions, no yearly targets): well under a second. */
export function quickScenarioText(name?: string, change?: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(readFileSync('scenarios/baseline.yaml', 'utf8'));
  doc.set('integer', false);
  doc.deleteIn(['objective', 'targets']);
  if (name) doc.set('name', name);
  change?.(doc);
  return doc.toString();
}

export function multipart(file: { name: string; bytes: Uint8Array; field?: string } | undefined, fields: Record<string, string> = {}): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----junheng-test-${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    chunks.push(Buffer.from(file.bytes), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function uploadSample(app: App, file = 'data/sample-county.csv'): Promise<number> {
  const res = await app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name: file.split('/').pop()!, bytes: readFileSync(file) }) });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.statusCode} ${res.body}`);
  return res.json().id as number;
}

export async function createScenario(app: App, text: string): Promise<number> {
  const res = await app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/yaml' }, payload: text });
  if (res.statusCode !== 201) throw new Error(`scenario failed: ${res.statusCode} ${res.body}`);
  return res.json().id as number;
}

const FINISHED = new Set(['done', 'timeout', 'failed', 'cancelled']);

/** Polls until the run or sweep has finished; fails after `ms`. */
export async function waitFor<T extends Run | Sweep>(app: App, url: string, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const body = (await app.inject({ method: 'GET', url })).json() as T;
    if (FINISHED.has(body.status)) return body;
    if (Date.now() > until) throw new Error(`${url} still ${body.status} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function parseEvents(text: string): { event: string; data: Record<string, unknown> }[] {
  return text.split('\n\n').filter((b) => b.startsWith('event:')).map((block) => {
    const lines = block.split('\n');
    return { event: lines[0]!.slice('event: '.length), data: JSON.parse(lines[1]!.slice('data: '.length)) as Record<string, unknown> };
  });
}
