/** Runs: queued on POST, solved in the pool, status and result stored, progress sent to event streams. */
import type { County } from '../../../engine/county/types.ts';
import type { JobRunner } from '../../../engine/node/jobs.ts';
import type { SolveProgress } from '../../../engine/optimize/solve-scenario.ts';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';
import type { StartPlan } from '../../../engine/optimize/warm-start.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import type { Run, RunStatus } from '../../contract/index.ts';
import type { Store } from '../store/index.ts';
import type { JobTable } from '../store/jobs.ts';
import { storageMessage } from '../store/storage-error.ts';
import { CANCELLED_MESSAGE, type JobCancels } from './cancel.ts';
import type { DeadlineRule } from './deadline.ts';
import type { JobEvents, JobKey } from './events.ts';

export interface JobContext {
  store: Store;
  /** The worker pool (engine/node) that runs solves, sweep points and Monte Carlo batches. */
  pool: JobRunner;
  events: JobEvents;
  deadline: DeadlineRule;
  /** How to stop each job that is queued or running (POST …/cancel). */
  cancels: JobCancels;
  /** Where a job that could not be stored is reported (the server's log). */
  log?: { error(details: object, message: string): void };
}

/**
 * Records a job's end and sends `end` to its event streams, whatever the store does: a write that fails (disk full,
 * store closed while stopping) leaves the job failed with the reason, and the failure is logged.
 */
export function endJob<R>(ctx: JobContext, table: JobTable<R>, key: JobKey, id: number, status: RunStatus, result: R | null, error: string | null): void {
  let ended: { status: RunStatus; error: string | null; cause?: unknown };
  try {
    ended = table.end(id, status, result, error, (e) => storageMessage(e, ctx.store.db.name));
  } catch (cause) {
    ended = { status: 'failed', error: storageMessage(cause, ctx.store.db.name), cause };
  }
  if (ended.cause !== undefined) ctx.log?.error({ err: ended.cause, job: key }, `${key} could not be stored and ended failed: ${ended.error}`);
  ctx.events.emit(key, { type: 'end', status: ended.status, error: ended.error });
}

/** A status write during a job (started, stage): when the store refuses it the job goes on; its end is what counts. */
export function tryWrite(ctx: JobContext, key: JobKey, write: () => void): void {
  try {
    write();
  } catch (e) {
    ctx.log?.error({ err: e, job: key }, `${key}: a status update could not be stored`);
  }
}

/** The error text stored for a failed run: the engine's message, never a stack. */
export function failureMessage(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0]!.slice(0, 500) || 'the solve failed';
}

/** A run's solve (report with values and shadow prices) or a sweep point's (neither). */
export interface SolveCall {
  kind: 'solve' | 'sweep-point';
  county: County;
  scenario: Scenario;
  onStart?: () => void;
  onProgress?: (p: SolveProgress) => void;
  /** Aborting cancels the solve; the result then rejects with an AbortError. */
  signal?: AbortSignal;
  /** A neighbouring plan to start from (an earlier run of the dataset, the previous sweep point). */
  start?: StartPlan;
}

/** Runs one solve with the deadline; 'timeout' when the deadline passed before the solver gave a result. */
export async function solveWithDeadline(ctx: JobContext, call: SolveCall): Promise<{ report: SolveReport } | { timedOut: true }> {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  let settled = false;
  const cancel = (): void => abort.abort();
  call.signal?.addEventListener('abort', cancel, { once: true });
  const onStart = (): void => {
    if (settled) return;
    timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, ctx.deadline(call.scenario) * 1000);
    call.onStart?.();
  };
  try {
    const job = ctx.pool.submit(call.kind, { county: call.county, scenario: call.scenario, ...(call.start ? { start: call.start } : {}) }, { onStart, onProgress: call.onProgress, signal: abort.signal });
    return { report: await job.result };
  } catch (e) {
    if (timedOut) return { timedOut: true };
    throw e;
  } finally {
    settled = true;
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', cancel);
  }
}

/**
 * Registers a job's cancel: when a user cancels it, `store` records it as cancelled (and the job's own end is
 * then ignored), and its solves are aborted through the signal; returns the signal and the function to call
 * when the job has ended.
 */
export function cancellable(ctx: JobContext, key: JobKey, store: () => void): { signal: AbortSignal; done: () => void } {
  const abort = new AbortController();
  const done = ctx.cancels.add(key, () => {
    store();
    abort.abort();
  });
  return { signal: abort.signal, done };
}

/** The end of a cancelled run or sweep. */
export function endCancelled<R>(ctx: JobContext, table: JobTable<R>, key: JobKey, id: number): void {
  endJob(ctx, table, key, id, 'cancelled', null, CANCELLED_MESSAGE);
}

/** `start`: the plan of an earlier run of the same dataset (RunStore.latestPlan); the solve uses it only if it fits. */
export function startRun(ctx: JobContext, run: Run, county: County, scenario: Scenario, start?: StartPlan): void {
  const key = `run:${run.id}` as const;
  let finished = false;
  let storedStage: string | undefined;
  const { signal, done } = cancellable(ctx, key, () => {
    finished = true;
    endCancelled(ctx, ctx.store.runs, key, run.id);
  });
  void solveWithDeadline(ctx, {
    kind: 'solve', county, scenario, signal, ...(start ? { start } : {}),
    onStart: () => {
      if (finished) return;
      tryWrite(ctx, key, () => ctx.store.runs.started(run.id));
      ctx.events.emit(key, { type: 'status', status: 'running', stage: null });
    },
    onProgress: (p) => {
      if (finished) return;
      // A write is a synced commit: only a change of stage is stored; details go to the event stream.
      if (p.stage !== storedStage) tryWrite(ctx, key, () => ctx.store.runs.stage(run.id, p.stage));
      storedStage = p.stage;
      ctx.events.emit(key, { type: 'progress', stage: p.stage, ...(p.detail ? { detail: p.detail } : {}) });
    },
  }).then((outcome) => {
    done();
    if (finished) return;
    finished = true;
    if ('timedOut' in outcome) {
      const message = `stopped after ${ctx.deadline(scenario)} s: the solve went past the scenario's time limit (${scenario.solver.timeLimitSeconds} s per solver stage)`;
      endJob(ctx, ctx.store.runs, key, run.id, 'timeout', null, message);
      return;
    }
    const status = outcome.report.status === 'timeout' ? 'timeout' : 'done';
    endJob(ctx, ctx.store.runs, key, run.id, status, outcome.report, null);
  }, (e: unknown) => {
    done();
    if (finished) return;
    finished = true;
    endJob(ctx, ctx.store.runs, key, run.id, 'failed', null, failureMessage(e));
  });
}
