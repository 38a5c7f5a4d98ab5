/** Province batches with their status, counties done and stored summary. */
import type { ProvinceSummary } from '../../../engine/compare/province/summary.ts';
import type { Batch, RunStatus } from '../../contract/index.ts';
import { now, type Db } from './database.ts';
import { RESTART_MESSAGE } from './jobs.ts';

interface BatchRow {
  id: number;
  scenario_id: number;
  scenario_version: number;
  dataset_ids: string;
  status: RunStatus;
  counties_done: number;
  counties: number;
  error: string | null;
  result: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

function batch(row: BatchRow): Batch {
  return {
    id: row.id, scenarioId: row.scenario_id, scenarioVersion: row.scenario_version, datasetIds: JSON.parse(row.dataset_ids) as number[],
    status: row.status, countiesDone: row.counties_done, counties: row.counties, error: row.error,
    createdAt: row.created_at, startedAt: row.started_at, finishedAt: row.finished_at,
    ...(row.result !== null ? { result: JSON.parse(row.result) as ProvinceSummary } : {}),
  };
}

export class BatchStore {
  constructor(private readonly db: Db) {}

  create(b: { scenarioId: number; scenarioVersion: number; datasetIds: number[] }): Batch {
    const info = this.db.prepare('INSERT INTO batches (scenario_id, scenario_version, dataset_ids, status, counties, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(b.scenarioId, b.scenarioVersion, JSON.stringify(b.datasetIds), 'queued', b.datasetIds.length, now());
    return this.get(Number(info.lastInsertRowid))!;
  }

  get(id: number): Batch | undefined {
    const row = this.db.prepare('SELECT * FROM batches WHERE id = ?').get(id) as BatchRow | undefined;
    return row && batch(row);
  }

  list(): Batch[] {
    return (this.db.prepare('SELECT id, scenario_id, scenario_version, dataset_ids, status, counties_done, counties, error, NULL AS result, created_at, started_at, finished_at FROM batches ORDER BY id').all() as BatchRow[]).map(batch);
  }

  started(id: number): void {
    this.db.prepare(`UPDATE batches SET status = 'running', started_at = ? WHERE id = ? AND status = 'queued'`).run(now(), id);
  }

  countyDone(id: number): void {
    this.db.prepare('UPDATE batches SET counties_done = counties_done + 1 WHERE id = ?').run(id);
  }

  finish(id: number, status: RunStatus, result: ProvinceSummary | null, error: string | null): void {
    this.db.prepare('UPDATE batches SET status = ?, result = ?, error = ?, finished_at = ? WHERE id = ?')
      .run(status, result === null ? null : JSON.stringify(result), error, now(), id);
  }

  /** On start: batches of a process that died are failed, not left running forever. */
  failUnfinished(): number {
    return this.db.prepare(`UPDATE batches SET status = 'failed', error = ?, finished_at = ? WHERE status IN ('queued', 'running')`).run(RESTART_MESSAGE, now()).changes;
  }
}
