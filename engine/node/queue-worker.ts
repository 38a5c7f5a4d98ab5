/**
 * A stateless queue worker (`junheng worker`): takes jobs from the BullMQ queue, runs each in this process's
 * worker-thread pool (so the event loop stays free to renew job locks while HiGHS solves), and returns the
 * result through the queue. It keeps nothing: the submitter stores results. A job of another engine version
 * is refused, since this engine might solve it differently: it goes back to the queue for a worker of its
 * version, and fails with the reason once workers of other versions have refused it MAX_REFUSALS times.
 */
import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { JobKind, JobRunner } from './jobs.ts';
import { createWorkerPool } from './pool.ts';
import { connection, lockDuration, QUEUE_NAME, QUEUE_PREFIX, STARTED_MARK, type QueueJobData } from './queue.ts';
import { engineVersion } from './version.ts';

export interface QueueWorkerOptions {
  url: string;
  /** Jobs at once, each on its own thread; default 1. */
  concurrency?: number;
  /** Told about each job as it starts and ends (for the worker's log). */
  onJob?: (event: { id: string; kind: string; state: 'started' | 'done' | 'failed' | 'refused'; message?: string }) => void;
}

export interface QueueWorker {
  readonly version: string;
  close(): Promise<void>;
}

/** Refusals before a job fails, and how long a refused job waits before a worker may take it again (ms). */
export const MAX_REFUSALS = 5;
const REFUSAL_DELAY = 2000;

/** Puts a job of another version back for REFUSAL_DELAY, or fails it when it has been refused often enough. */
async function refuse(job: Job<QueueJobData>, token: string | undefined, message: string): Promise<never> {
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

export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const version = engineVersion();
  const pool: JobRunner = createWorkerPool(concurrency);
  const lock = lockDuration();
  const worker = new Worker<QueueJobData, unknown>(QUEUE_NAME, async (job, token) => {
    const id = job.id ?? '?';
    if (job.data.engineVersion !== version) {
      const message = refusal(job.data.engineVersion, version);
      options.onJob?.({ id, kind: job.name, state: 'refused', message });
      return refuse(job, token, message);
    }
    options.onJob?.({ id, kind: job.name, state: 'started' });
    await job.updateProgress({ [STARTED_MARK]: true });
    let last = 0;
    try {
      const running = pool.submit(job.data.kind as JobKind, job.data.input as never, {
        onProgress: (p: unknown) => {
          const now = Date.now();
          // Samples' progress counts add up, so none is dropped; a solve's stages may be.
          if (job.name !== 'samples' && now - last < 1000 / PROGRESS_PER_SECOND) return;
          last = now;
          void job.updateProgress(p as object).catch(() => {});
        },
      });
      const result = await running.result;
      options.onJob?.({ id, kind: job.name, state: 'done' });
      return result;
    } catch (e) {
      options.onJob?.({ id, kind: job.name, state: 'failed', message: (e as Error).message });
      // The engine's own errors (bad input, infeasible model setup) do the same on every retry.
      throw new UnrecoverableError((e as Error).message);
    }
  }, {
    connection: connection(options.url), prefix: QUEUE_PREFIX, concurrency,
    lockDuration: lock, stalledInterval: lock, maxStalledCount: 2,
  });
  worker.on('error', () => {}); // Redis going away: the client reconnects; jobs wait in Redis meanwhile.
  await worker.waitUntilReady();
  return {
    version,
    close: async () => {
      await worker.close();
      await pool.close();
    },
  };
}
