/**
 * A stateless queue worker (`junheng worker`): takes jobs from the BullMQ queue, runs each in this process's
 * worker-thread pool (so the event loop stays free to renew job locks while HiGHS solves), and returns the
 * result through the queue. It keeps nothing: the submitter stores results. A job of another engine version
 * is refused, since this engine might solve it differently: it goes back to the queue for a worker of its
 * version, and fails with the reason once workers of other versions have refused it MAX_REFUSALS times.
 * A flow's parent is assembled here from its children's outcomes (flows.ts). A cancelled job (queue.ts:
 * CANCEL_EVENT) is aborted through BullMQ's Worker.cancelJob, whose signal ends the thread that solves it.
 */
import { DelayedError, QueueEvents, UnrecoverableError, Worker, type Job, type QueueEventsListener } from 'bullmq';
import { assembleFlow, isFlowKind } from './flows.ts';
import { deadlineMessage, type ChildOutcome, type FlowKind, type JobKind, type JobRunner } from './jobs.ts';
import { createWorkerPool, follow } from './pool.ts';
import {
  CANCEL_EVENT, cancelKey, childIndex, connection, lockDuration, QUEUE_NAME, QUEUE_PREFIX, STARTED_MARK,
  type QueueFlowData, type QueueJobData,
} from './queue.ts';
import { engineVersion } from './version.ts';

export interface QueueWorkerOptions {
  url: string;
  /** Jobs at once, each on its own thread; default 1. */
  concurrency?: number;
  /** Told about each job as it starts and ends (for the worker's log). */
  onJob?: (event: { id: string; kind: string; state: 'started' | 'done' | 'failed' | 'refused' | 'cancelled'; message?: string }) => void;
}

export interface QueueWorker {
  readonly version: string;
  close(): Promise<void>;
}

/** Refusals before a job fails, and how long a refused job waits before a worker may take it again (ms). */
export const MAX_REFUSALS = 5;
const REFUSAL_DELAY = 2000;

/** Puts a job of another version back for REFUSAL_DELAY, or fails it when it has been refused often enough. */
async function refuse(job: Job<QueueJobData | QueueFlowData>, token: string | undefined, message: string): Promise<never> {
  const refusals = (job.data.refusals ?? 0) + 1;
  if (refusals >= MAX_REFUSALS || token === undefined) throw new UnrecoverableError(message);
  await job.updateData({ ...job.data, refusals });
  await job.moveToDelayed(Date.now() + REFUSAL_DELAY, token);
  throw new DelayedError();
}

/** Progress events a job may send per second at most; a solve's detail lines come faster than anyone reads them. */
const PROGRESS_PER_SECOND = 10;

export function refusal(jobVersion: string, version: string): string {
  return `engine version mismatch: the job was submitted by engine ${jobVersion}, this worker runs ${version}; start a worker of version ${jobVersion}`;
}

/** The custom event a cancelling runner publishes (bullmq-runner.ts): `ids` is a JSON array of job ids. */
interface CancelListener extends QueueEventsListener {
  [CANCEL_EVENT]: (event: { eventName: string; ids?: string }, id: string) => void;
}

/** The children's outcomes in order: values of those that completed, failed reasons of the others. */
async function childOutcomes(job: Job<QueueFlowData>): Promise<ChildOutcome<FlowKind>[]> {
  const [values, failures] = await Promise.all([job.getChildrenValues(), job.getIgnoredChildrenFailures()]);
  const outcomes: ChildOutcome<FlowKind>[] = Array.from({ length: job.data.children }, () => ({ error: 'the job was cancelled or removed' }));
  for (const [key, value] of Object.entries(values ?? {})) outcomes[childIndex(key)] = { result: value as never };
  for (const [key, reason] of Object.entries(failures ?? {})) outcomes[childIndex(key)] = { error: reason };
  return outcomes;
}

/**
 * Runs a job on a thread until it ends, `signal` aborts (cancel) or its deadline passes; the error says which.
 * `signal` may have aborted already: a cancel can come while the job's start is being written (it is logged
 * as started before), and a listener added after the abort would never hear of it.
 */
export async function solveOnThread(pool: JobRunner, job: Pick<Job<QueueJobData>, 'name' | 'data' | 'updateProgress'>, signal: AbortSignal | undefined): Promise<unknown> {
  const stop = new AbortController();
  let why = 'cancelled';
  const unfollow = follow(signal, () => stop.abort());
  const deadline = job.data.deadline;
  const timer = deadline ? setTimeout(() => { why = deadlineMessage(deadline); stop.abort(); }, deadline * 1000) : undefined;
  let last = 0;
  try {
    return await pool.submit(job.data.kind as JobKind, job.data.input as never, {
      signal: stop.signal,
      onProgress: (p: unknown) => {
        const now = Date.now();
        // Samples' progress counts add up, so none is dropped; a solve's stages may be.
        if (job.name !== 'samples' && now - last < 1000 / PROGRESS_PER_SECOND) return;
        last = now;
        void job.updateProgress(p as object).catch(() => {});
      },
    }).result;
  } catch (e) {
    throw stop.signal.aborted ? new Error(why) : e;
  } finally {
    clearTimeout(timer);
    unfollow();
  }
}

/** How often a running job's cancel mark is read (ms), besides the cancel event. */
const CANCEL_POLL_MS = 500;

export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const version = engineVersion();
  const pool: JobRunner = createWorkerPool(concurrency, { warm: true });
  const lock = lockDuration();
  /** Whether the cancelling runner has marked job `id` (bullmq-runner.ts cancelJobs writes the mark before the event). */
  const cancelMarked = async (id: string): Promise<boolean> => Boolean(await (await worker.getBackend().client).get(cancelKey(id)));
  const worker = new Worker<QueueJobData | QueueFlowData, unknown>(QUEUE_NAME, async (job, token, signal) => {
    const id = job.id ?? '?';
    const report = (state: 'started' | 'done' | 'failed' | 'refused' | 'cancelled', message?: string): void =>
      options.onJob?.({ id, kind: job.name, state, ...(message ? { message } : {}) });
    if (job.data.engineVersion !== version) {
      const message = refusal(job.data.engineVersion, version);
      report('refused', message);
      return refuse(job, token, message);
    }
    if (await cancelMarked(id)) {
      report('cancelled');
      throw new UnrecoverableError('cancelled');
    }
    report('started');
    await job.updateProgress({ [STARTED_MARK]: true });
    // The cancel event can be missed (the event stream is read from "now", so one sent before this worker's reader
    // started is not seen): the job's cancel mark is also checked while it runs.
    const marks = setInterval(() => {
      void cancelMarked(id).then((marked) => marked && worker.cancelJob(id, 'cancelled'), () => {});
    }, CANCEL_POLL_MS);
    try {
      const result = isFlowKind(job.name)
        ? assembleFlow(job.data.kind as FlowKind, job.data.input as never, await childOutcomes(job as Job<QueueFlowData>))
        : await solveOnThread(pool, job as Job<QueueJobData>, signal);
      report('done');
      return result;
    } catch (e) {
      const message = (e as Error).message;
      report(signal?.aborted ? 'cancelled' : 'failed', message);
      // The engine's own errors (bad input, infeasible model setup) do the same on every retry.
      throw new UnrecoverableError(message);
    } finally {
      clearInterval(marks);
    }
  }, {
    connection: connection(options.url), prefix: QUEUE_PREFIX, concurrency,
    lockDuration: lock, stalledInterval: lock, maxStalledCount: 2,
  });
  worker.on('error', () => {}); // Redis going away: the client reconnects; jobs wait in Redis meanwhile.
  // Cancels come as a custom event on the queue's event stream, which every worker reads.
  const events = new QueueEvents(QUEUE_NAME, { connection: connection(options.url), prefix: QUEUE_PREFIX });
  events.on('error', () => {});
  events.on<CancelListener>(CANCEL_EVENT, (event: { ids?: string }) => {
    for (const id of JSON.parse(event.ids ?? '[]') as string[]) worker.cancelJob(id, 'cancelled');
  });
  await Promise.all([worker.waitUntilReady(), events.waitUntilReady()]);
  return {
    version,
    close: async () => {
      await events.close();
      await worker.close();
      await pool.close();
    },
  };
}
