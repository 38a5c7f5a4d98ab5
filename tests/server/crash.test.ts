import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../engine/scenario/parse.ts';
import { startServer, type ServerProcess } from '../../scripts/load/server.ts';
import type { Run, ScenarioSummary, ScenarioVersion } from '../../web/contract/index.ts';
import { openStore } from '../../web/server/store/index.ts';
import { RESTART_MESSAGE } from '../../web/server/store/jobs.ts';
import { quickScenarioText, tempDbPath } from './helpers.ts';

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers) await s.kill();
});

async function call(base: string, method: string, path: string, body?: string, type = 'application/json'): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${path}`, { method, ...(body !== undefined ? { body, headers: { 'content-type': type } } : {}) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

interface Acknowledged { id: number; version: number; text: string }

describe('a server killed in the middle of writes and solves', () => {
  it('keeps every acknowledged write, shows nothing half-written, fails the unfinished runs, and restarts them', async () => {
    const dbPath = tempDbPath();
    const first = await startServer(dbPath);
    servers.push(first);
    const base = first.base;

    // Two long solves (the shipped baseline, integer, tens of seconds) fill both solve threads; quick LP runs queue behind them.
    const scenarios = (await call(base, 'GET', '/api/scenarios')).body as ScenarioSummary[];
    const baseline = scenarios.find((s) => s.name.includes('baseline'))!;
    const quick = await call(base, 'POST', '/api/scenarios', quickScenarioText('crash quick'), 'application/yaml');
    expect(quick.status).toBe(201);
    const runIds: number[] = [];
    for (const scenarioId of [baseline.id, baseline.id, quick.body.id, quick.body.id, quick.body.id]) {
      const posted = await call(base, 'POST', '/api/runs', JSON.stringify({ datasetId: 1, scenarioId }));
      expect(posted.status).toBe(202);
      runIds.push(posted.body.id as number);
    }

    const acknowledged: Acknowledged[] = [];
    const editable: number[] = [quick.body.id as number];
    let killing: Promise<void> | undefined;
    const writer = async (w: number): Promise<void> => {
      for (let i = 0; !killing; i++) {
        const text = quickScenarioText(`crash ${w}-${i}`);
        const create = i % 4 === 0;
        const id = editable[(w + i) % editable.length]!;
        try {
          const res = await call(base, create ? 'POST' : 'PUT', create ? '/api/scenarios' : `/api/scenarios/${id}`, text, 'application/yaml');
          if (res.status !== 200 && res.status !== 201) throw new Error(`write answered ${res.status}: ${JSON.stringify(res.body)}`);
          const stored = res.body as ScenarioVersion;
          expect(stored.text).toBe(text);
          acknowledged.push({ id: stored.id, version: stored.version, text });
          if (create) editable.push(stored.id);
          if (acknowledged.length >= 80 && !killing) killing = first.kill();
        } catch (e) {
          if (killing) return; // the connection died with the process: this write was never acknowledged
          throw e;
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, w) => writer(w)));
    await killing;
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(80);

    const second = await startServer(dbPath);
    servers.push(second);
    expect(second.output()).toMatch(/[1-9]\d* unfinished run\(s\) from the last start marked failed/);
    const again = second.base;

    for (const ack of acknowledged) {
      const res = await call(again, 'GET', `/api/scenarios/${ack.id}/versions/${ack.version}`);
      expect(res.status, `scenario ${ack.id} version ${ack.version}`).toBe(200);
      expect(res.body.text).toBe(ack.text);
    }
    const listed = (await call(again, 'GET', '/api/scenarios')).body as ScenarioSummary[];
    for (const ack of acknowledged) expect(listed.some((s) => s.id === ack.id)).toBe(true);
    for (const s of listed) {
      const versions = (await call(again, 'GET', `/api/scenarios/${s.id}/versions`)).body as { version: number }[];
      expect(versions.map((v) => v.version), `scenario ${s.id}`).toEqual(versions.map((_, i) => i + 1));
      expect(s.version).toBe(versions.length);
      for (const v of versions) {
        const stored = (await call(again, 'GET', `/api/scenarios/${s.id}/versions/${v.version}`)).body as ScenarioVersion;
        expect(() => parseScenarioText(stored.text, `scenario ${s.id} v${v.version}`)).not.toThrow();
        expect(stored.name).toBe(parseScenarioText(stored.text, 'x').file.name);
      }
    }

    const runs = (await call(again, 'GET', '/api/runs')).body as Run[];
    expect(runs.map((r) => r.id)).toEqual(runIds);
    expect(runs.filter((r) => r.status === 'queued' || r.status === 'running')).toEqual([]);
    const failed = runs.filter((r) => r.status === 'failed');
    for (const r of failed) expect(r.error).toBe(RESTART_MESSAGE);
    const failedQuick = failed.find((r) => r.scenarioId === quick.body.id);
    expect(failedQuick, 'a quick run queued behind the long ones').toBeDefined();

    const restarted = await call(again, 'POST', `/api/runs/${failedQuick!.id}/restart`);
    expect(restarted.status).toBe(202);
    const newId = restarted.body.id as number;
    expect(newId).toBeGreaterThan(Math.max(...runIds));
    expect((await call(again, 'POST', `/api/runs/${newId}/restart`)).status).toBe(409); // not finished yet
    let run: Run;
    for (;;) {
      run = (await call(again, 'GET', `/api/runs/${newId}`)).body as Run;
      if (run.status !== 'queued' && run.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(run).toMatchObject({ status: 'done', datasetId: 1, scenarioId: failedQuick!.scenarioId, scenarioVersion: failedQuick!.scenarioVersion });
    expect(run.result?.status).toBe('optimal');

    expect(await second.stop()).toBe(0);
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  }, 60_000);

  it('opens its database in WAL mode with synchronous=FULL', () => {
    const store = openStore(tempDbPath());
    try {
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      store.close();
    }
  });
});
