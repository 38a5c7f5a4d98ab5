/**
 * Cancelling through the API (POST …/cancel), the same cases for any runner: the thread pool here
 * (tests/server/cancel.test.ts) and the BullMQ queue with a worker process (tests/queue/server-cancel.test.ts).
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { expect } from 'vitest';
import { generateCounty } from '../../engine/county/generate.ts';
import { countyToRows, toCsv } from '../../engine/county/write.ts';
import type { Batch, Run, Sweep } from '../../web/contract/index.ts';
import type { App } from '../../web/server/context.ts';
import { createScenario, multipart, waitFor } from './helpers.ts';

/** A county and a scenario whose solve runs far longer than any test waits: 300 schools, integer, no gap. */
export async function slowInputs(app: App): Promise<{ datasetId: number; slowId: number; quickId: number }> {
  const bytes = Buffer.from(toCsv(countyToRows(generateCounty({ schools: 300, seed: 12 }), { headers: 'en' })));
  const res = await app.inject({ method: 'POST', url: '/api/datasets', ...multipart({ name: 'large.csv', bytes }) });
  expect(res.statusCode).toBe(201);
  const doc = parseDocument(readFileSync('scenarios/baseline.yaml', 'utf8'));
  doc.set('name', 'slow');
  doc.set('integer', true);
  doc.setIn(['solver', 'mipRelGap'], 0);
  doc.setIn(['solver', 'timeLimitSeconds'], 300);
  const quick = parseDocument(readFileSync('scenarios/baseline.yaml', 'utf8'));
  quick.set('name', 'quick');
  quick.set('integer', false);
  quick.deleteIn(['objective', 'targets']);
  return { datasetId: res.json().id as number, slowId: await createScenario(app, doc.toString()), quickId: await createScenario(app, quick.toString()) };
}

/** Polls until the job is running. */
export async function waitRunning(app: App, url: string, ms = 120_000): Promise<void> {
  const until = Date.now() + ms;
  while ((await app.inject({ method: 'GET', url })).json().status !== 'running') {
    if (Date.now() > until) throw new Error(`${url} never ran`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** POST …/cancel: answers the job as cancelled; a second cancel is 409; the job stays cancelled without a result. */
export async function cancelAndCheck<T extends Run | Sweep | Batch>(app: App, url: string): Promise<T> {
  const res = await app.inject({ method: 'POST', url: `${url}/cancel`, payload: {} });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json()).toMatchObject({ status: 'cancelled', error: 'cancelled by a user' });
  const again = await app.inject({ method: 'POST', url: `${url}/cancel`, payload: {} });
  expect(again.statusCode).toBe(409);
  return res.json() as T;
}

/** After the runner has finished other work, the cancelled job is still cancelled, with no result. */
export async function expectStillCancelled(app: App, url: string): Promise<void> {
  const job = await waitFor<Run | Sweep>(app, url);
  expect(job.status).toBe('cancelled');
  expect(job.result).toBeUndefined();
}
