/** Runs (one solve) and sweeps (one solve per budget) with their status, stage and stored result. */
import type { SweepResult } from '../../../engine/compare/sweep-summary.ts';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';
import type { StartPlan } from '../../../engine/optimize/warm-start.ts';
import type { Run, RunPurpose, RunStatus, Sweep } from '../../contract/index.ts';
import { now, type Db } from './database.ts';

interface JobRow {
  id: number;
  dataset_id: number;
  scenario_id: number;
  scenario_version: number;
  status: RunStatus;
  error: string | null;
  result: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}
/** outcome and plan_years: read from the stored result (json_extract) so lists can say it without loading results. */
interface RunRow extends JobRow { stage: string | null; purpose: RunPurpose | null; outcome?: string | null; plan_years?: number | null }
interface SweepRow extends JobRow { budget_from: number; budget_to: number; steps: number; points_done: number }

export const RESTART_MESSAGE = 'the server stopped before this finished';

/** What the stored result says: the solve's status and whether it holds a plan (a finished run's outcome in words). */
function outcome(row: RunRow): Pick<Run, 'outcome' | 'hasPlan'> {
  if (row.result !== null) {
    const report = JSON.parse(row.result) as Pick<SolveReport, 'status' | 'years'>;
    return { outcome: report.status, hasPlan: report.years.length > 0 };
  }
  if (row.outcome) return { outcome: row.outcome as SolveReport['status'], hasPlan: (row.plan_years ?? 0) > 0 };
  return {};
}

function run(row: RunRow): Run {
  return {
    id: row.id, datasetId: row.dataset_id, scenarioId: row.scenario_id, scenarioVersion: row.scenario_version,
    ...(row.purpose ? { purpose: row.purpose } : {}),
    status: row.status, stage: row.stage, error: row.error,
    createdAt: row.created_at, startedAt: row.started_at, finishedAt: row.finished_at,
    ...outcome(row),
    ...(row.result !== null ? { result: JSON.parse(row.result) as SolveReport } : {}),
  };
}

function sweep(row: SweepRow): Sweep {
  return {
    id: row.id, datasetId: row.dataset_id, scenarioId: row.scenario_id, scenarioVersion: row.scenario_version,
    from: row.budget_from, to: row.budget_to, steps: row.steps, status: row.status, pointsDone: row.points_done, error: row.error,
    createdAt: row.created_at, startedAt: row.started_at, finishedAt: row.finished_at,
    ...(row.result !== null ? { result: JSON.parse(row.result) as SweepResult } : {}),
  };
}

export interface JobInputs {
  datasetId: number;
  scenarioId: number;
  scenarioVersion: number;
}

/** Status changes shared by runs and sweeps; `result` is stored as JSON. */
export abstract class JobTable<R> {
  constructor(protected readonly db: Db, private readonly table: 'runs' | 'sweeps') {}

  started(id: number): void {
    this.db.prepare(`UPDATE ${this.table} SET status = 'running', started_at = ? WHERE id = ? AND status = 'queued'`).run(now(), id);
  }

  finish(id: number, status: RunStatus, result: R | null, error: string | null): void {
    this.db.prepare(`UPDATE ${this.table} SET status = ?, result = ?, error = ?, finished_at = ? WHERE id = ?`)
      .run(status, result === null ? null : JSON.stringify(result), error, now(), id);
  }

  /** Jobs whose end could not be written at all (disk full): reported as failed from memory until the next start. */
  private readonly unstored = new Map<number, string>();

  /**
   * Stores a job's end. When that write fails (a result too large for a full disk), the job is stored as failed with
   * `reason(e)` instead, and when even that fails it is kept as failed in memory; never left running. Returns what
   * was recorded.
   */
  end(id: number, status: RunStatus, result: R | null, error: string | null, reason: (e: unknown) => string): { status: RunStatus; error: string | null; cause?: unknown } {
    try {
      this.finish(id, status, result, error);
      return { status, error };
    } catch (cause) {
      const message = reason(cause);
      try {
        this.finish(id, 'failed', null, message);
      } catch {
        this.unstored.set(id, message);
      }
      return { status: 'failed', error: message, cause };
    }
  }

  protected withUnstored<J extends { id: number; status: RunStatus; error: string | null }>(job: J): J {
    const error = this.unstored.get(job.id);
    return error === undefined ? job : { ...job, status: 'failed', error };
  }

  queued(): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM ${this.table} WHERE status = 'queued'`).get() as { n: number }).n;
  }

  /** On start: jobs of a process that died are failed, not left queued or running forever. */
  failUnfinished(): number {
    return this.db.prepare(`UPDATE ${this.table} SET status = 'failed', error = ?, finished_at = ? WHERE status IN ('queued', 'running')`).run(RESTART_MESSAGE, now()).changes;
  }
}

export class RunStore extends JobTable<SolveReport> {
  constructor(db: Db) {
    super(db, 'runs');
  }

  create(j: JobInputs & { purpose?: RunPurpose }): Run {
    const info = this.db.prepare('INSERT INTO runs (dataset_id, scenario_id, scenario_version, status, created_at, purpose) VALUES (?, ?, ?, ?, ?, ?)')
      .run(j.datasetId, j.scenarioId, j.scenarioVersion, 'queued', now(), j.purpose ?? null);
    return this.get(Number(info.lastInsertRowid))!;
  }

  get(id: number): Run | undefined {
    const row = this.db.prepare('SELECT * FROM runs WHERE id = ?').get(id) as RunRow | undefined;
    return row && this.withUnstored(run(row));
  }

  list(): Run[] {
    return (this.db.prepare("SELECT id, dataset_id, scenario_id, scenario_version, purpose, status, stage, error, NULL AS result, json_extract(result, '$.status') AS outcome, json_array_length(result, '$.years') AS plan_years, created_at, started_at, finished_at FROM runs ORDER BY id").all() as RunRow[]).map((r) => this.withUnstored(run(r)));
  }

  stage(id: number, stage: string): void {
    this.db.prepare('UPDATE runs SET stage = ? WHERE id = ?').run(stage, id);
  }

  /**
   * The plan (actions, rotations) of the latest finished run of the dataset with a plan, preferring runs of the
   * same scenario (an edited version, a re-solve): a new run starts from it when it fits (engine/optimize/warm-start.ts).
   * Only the two arrays are read out of the stored JSON.
   */
  latestPlan(datasetId: number, scenarioId: number): StartPlan | undefined {
    const row = this.db.prepare(`SELECT json_extract(result, '$.actions') AS actions, json_extract(result, '$.rotations') AS rotations FROM runs
      WHERE dataset_id = ? AND status IN ('done', 'timeout') AND result IS NOT NULL AND json_extract(result, '$.method') != 'none'
      ORDER BY scenario_id = ? DESC, id DESC LIMIT 1`).get(datasetId, scenarioId) as { actions: string | null; rotations: string | null } | undefined;
    if (!row?.actions || !row.rotations) return undefined;
    return { actions: JSON.parse(row.actions) as StartPlan['actions'], rotations: JSON.parse(row.rotations) as StartPlan['rotations'] };
  }
}

export interface SweepInputs extends JobInputs {
  from: number;
  to: number;
  steps: number;
}

export class SweepStore extends JobTable<SweepResult> {
  constructor(db: Db) {
    super(db, 'sweeps');
  }

  create(s: SweepInputs): Sweep {
    const info = this.db.prepare('INSERT INTO sweeps (dataset_id, scenario_id, scenario_version, budget_from, budget_to, steps, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(s.datasetId, s.scenarioId, s.scenarioVersion, s.from, s.to, s.steps, 'queued', now());
    return this.get(Number(info.lastInsertRowid))!;
  }

  get(id: number): Sweep | undefined {
    const row = this.db.prepare('SELECT * FROM sweeps WHERE id = ?').get(id) as SweepRow | undefined;
    return row && this.withUnstored(sweep(row));
  }

  pointDone(id: number): void {
    this.db.prepare('UPDATE sweeps SET points_done = points_done + 1 WHERE id = ?').run(id);
  }
}
