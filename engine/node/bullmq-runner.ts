/**
 * The JobRunner on a BullMQ queue in Redis: `submit` adds a job (kind, input, engine version) that any
 * `junheng worker` process may take; progress, start and end come back through BullMQ's queue events. The
 * caller keeps the results (the server stays the single writer of its store). A job whose worker dies is
 * taken again by another worker once its lock expires (BullMQ's stalled-job check), so it still ends once.
 */
import { randomUUID } from 'node:crypto';
import { Job as QueueJob, Queue, QueueEvents } from 'bullmq';
import { JobAborted, type Job, type JobInput, type JobKind, type JobProgress, type JobResult, type JobRunner, type SubmitOptions } from './jobs.ts';
import { connection, isStartedMark, PRIORITY, QUEUE_NAME, QUEUE_PREFIX, type QueueJobData, type QueueStatus } from './queue.ts';

export type { QueueStatus };
import { engineVersion } from './version.ts';

export interface QueueRunnerOptions {
  url: string;
  /** Jobs a caller keeps in flight when it paces itself by `threads` (Monte Carlo batches); default 8. */
  lanes?: number;
}

export interface QueueRunner extends JobRunner {
  /** Asks Redis; unavailable when it does not answer within STATUS_TIMEOUT. */
  status(): Promise<QueueStatus>;
}

/** ms */
const STATUS_TIMEOUT = 1000;
/** ms between checks, after a Redis error, that every job still waiting for its result is still in Redis. */
const RECOVERY_INTERVAL = 2000;

interface Pending {
  cancel: () => void;
  /** Adds the job to the queue (again, after Redis lost it). */
  add: () => void;
  onStart: () => void;
  onProgress: (p: unknown) => void;
  resolve: (value: unknown) => void;
  reject: (e: Error) => void;
}

export async function createQueueRunner(options: QueueRunnerOptions): Promise<QueueRunner> {
  const conn = connection(options.url);
  const queue = new Queue<QueueJobData>(QUEUE_NAME, { connection: conn, prefix: QUEUE_PREFIX });
  const events = new QueueEvents(QUEUE_NAME, { connection: conn, prefix: QUEUE_PREFIX });
  let lastError = 'no answer';
  let sawError = false;
  const remember = (e: Error): void => {
    lastError = e.message || 'connection lost';
    sawError = true;
  };
  queue.on('error', remember);
  events.on('error', remember);
  const status = async (): Promise<QueueStatus> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), STATUS_TIMEOUT); });
    try {
      const answer = await Promise.race([queue.getJobCounts('wait').then(() => 'ok' as const), late]);
      if (answer === 'ok') return { available: true };
    } catch (e) {
      remember(e as Error);
    } finally {
      clearTimeout(timer);
    }
    return { available: false, reason: `the job queue (Redis at ${new URL(options.url).host}) does not answer: ${lastError}` };
  };
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
  const version = engineVersion();
  const pending = new Map<string, Pending>();
  // A Redis that restarts without persistence has lost the queue: once it answers again, the jobs this runner
  // still waits for are added again under the same ids (a job Redis kept is left alone), so no run is lost.
  const recovery = setInterval(() => {
    if (!sawError || pending.size === 0) return;
    void status().then(async (now) => {
      if (!now.available) return;
      sawError = false;
      for (const [id, p] of [...pending]) if (!(await queue.getJob(id))) p.add();
    }).catch(() => { sawError = true; });
  }, RECOVERY_INTERVAL);
  recovery.unref();

  events.on('progress', ({ jobId, data }) => {
    if (isStartedMark(data)) pending.get(jobId)?.onStart();
    else pending.get(jobId)?.onProgress(data);
  });
  events.on('completed', ({ jobId }) => {
    const p = pending.get(jobId);
    if (!p) return;
    // The result is read from the job, not the event stream, so large reports do not fill the stream.
    void QueueJob.fromId(queue, jobId).then((job) => p.resolve(job?.returnvalue), (e: Error) => p.reject(e));
  });
  events.on('failed', ({ jobId, failedReason }) => pending.get(jobId)?.reject(new Error(failedReason)));

  function submit<K extends JobKind>(kind: K, input: JobInput<K>, opts: SubmitOptions<K> = {}): Job<K> {
    const jobId = randomUUID();
    let started = false;
    let settled = false;
    let reject: (e: Error) => void = () => {};
    const result = new Promise<JobResult<K>>((resolve, rejectResult) => {
      reject = (e) => {
        if (settled) return;
        settled = true;
        pending.delete(jobId);
        rejectResult(e);
      };
      pending.set(jobId, {
        cancel: () => cancel(),
        add: () => add(),
        onStart: () => {
          if (started || settled) return;
          started = true;
          opts.onStart?.();
        },
        onProgress: (p) => { if (!settled) opts.onProgress?.(p as JobProgress<K>); },
        resolve: (value) => {
          if (settled) return;
          pending.get(jobId)?.onStart();
          settled = true;
          pending.delete(jobId);
          resolve(value as JobResult<K>);
        },
        reject,
      });
    });
    const cancel = (): void => {
      if (settled) return;
      reject(new JobAborted());
      // A waiting job leaves the queue; a running one cannot be stopped from here: its result is dropped.
      void queue.remove(jobId).catch(() => {});
    };
    function add(): void {
      const data: QueueJobData<K> = { engineVersion: version, kind, input };
      queue.add(kind, data, {
        jobId, priority: PRIORITY[opts.priority ?? 'interactive'], attempts: 1,
        removeOnComplete: { age: 3600 }, removeOnFail: { age: 24 * 3600 },
      }).catch((e: Error) => reject(new Error(`the job queue did not take the job: ${e.message}`)));
    }
    if (opts.signal?.aborted) cancel();
    else opts.signal?.addEventListener('abort', cancel, { once: true });
    if (!settled) add();
    void result.catch(() => {}).finally(() => opts.signal?.removeEventListener('abort', cancel));
    return { kind, result, cancel };
  }

  return {
    threads: Math.max(1, options.lanes ?? 8),
    submit,
    status,
    close: async () => {
      clearInterval(recovery);
      for (const p of [...pending.values()]) p.cancel();
      await Promise.allSettled([events.close(), queue.close()]);
    },
  };
}
