/**
 * The JobRunner on a BullMQ queue in Redis: `submit` adds a job (kind, input, engine version) that any
 * `junheng worker` process may take, and `submitFlow` a parent with its children (bullmq-flow.ts); progress,
 * start and end come back through BullMQ's queue events. The caller keeps the results (the server stays the
 * single writer of its store). A job whose worker dies is taken again by another worker once its lock expires
 * (BullMQ's stalled-job check), so it still ends once. Cancelling a job stops it where it runs (queue.ts).
 */
import { randomUUID } from 'node:crypto';
import { FlowProducer, Job as QueueJob, Queue, QueueEvents, QueueEventsProducer } from 'bullmq';
import { submitQueueFlow, type Pending, type QueueContext } from './bullmq-flow.ts';
import { JobAborted, type Job, type JobInput, type JobKind, type JobProgress, type JobResult, type JobRunner, type SubmitOptions } from './jobs.ts';
import {
  CANCEL_EVENT, CANCEL_MARK_SECONDS, cancelKey, connection, isStartedMark, PRIORITY, QUEUE_NAME, QUEUE_PREFIX,
  type QueueJobData, type QueueStatus,
} from './queue.ts';

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
/** Events the queue's event stream keeps (BullMQ's default for a queue). */
const EVENTS_KEPT = 10_000;
/** ms between checks, after a Redis error, that every job still waiting for its result is still in Redis. */
const RECOVERY_INTERVAL = 2000;

/**
 * Marks the jobs cancelled, removes those that wait, then tells every worker (a custom queue event) to stop
 * those it runs: they end failed with the reason "cancelled". Removal comes first so that it cannot remove a
 * job a worker has just stopped; the mark covers a job taken between the removal and the event.
 */
async function cancelJobs(queue: Queue<QueueJobData>, producer: QueueEventsProducer, ids: string[]): Promise<void> {
  const client = await queue.getBackend().client;
  await Promise.all(ids.map((id) => client.set(cancelKey(id), 'cancelled', { EX: CANCEL_MARK_SECONDS })));
  // Removal fails (0) for a running job, and for a parent while one of its children runs.
  await Promise.all(ids.map((id) => queue.remove(id).catch(() => 0)));
  // The stream keeps BullMQ's default length for queue events, not the producer's shorter default, so that
  // publishing a cancel never trims progress or completion events that a runner has not read yet.
  await producer.publishEvent({ eventName: CANCEL_EVENT, ids: JSON.stringify(ids) }, EVENTS_KEPT);
}

export async function createQueueRunner(options: QueueRunnerOptions): Promise<QueueRunner> {
  const conn = connection(options.url);
  const queue = new Queue<QueueJobData>(QUEUE_NAME, { connection: conn, prefix: QUEUE_PREFIX });
  const events = new QueueEvents(QUEUE_NAME, { connection: conn, prefix: QUEUE_PREFIX });
  const producer = new QueueEventsProducer(QUEUE_NAME, { connection: conn, prefix: QUEUE_PREFIX });
  const flows = new FlowProducer({ connection: conn, prefix: QUEUE_PREFIX });
  let lastError = 'no answer';
  let sawError = false;
  const remember = (e: Error): void => {
    lastError = e.message || 'connection lost';
    sawError = true;
  };
  queue.on('error', remember);
  events.on('error', remember);
  producer.on('error', remember);
  flows.on('error', remember);
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
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady(), producer.waitUntilReady(), flows.waitUntilReady()]);
  const version = engineVersion();
  const pending = new Map<string, Pending>();
  const cancelling = new Set<Promise<void>>();
  const cancelRemote = (ids: string[]): void => {
    const done = cancelJobs(queue, producer, ids).catch(remember).finally(() => cancelling.delete(done));
    cancelling.add(done);
  };
  const context: QueueContext = { queue, flows, version, pending, cancelRemote };
  // A Redis that restarts without persistence has lost the queue: once it answers again, the jobs this runner
  // still waits for are added again under the same ids (a job Redis kept is left alone), so no run is lost.
  const recovery = setInterval(() => {
    if (!sawError || pending.size === 0) return;
    void status().then(async (now) => {
      if (!now.available) return;
      sawError = false;
      for (const [id, p] of [...pending]) if (p.add && !(await queue.getJob(id))) p.add();
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
      cancelRemote([jobId]);
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
    submitFlow: (kind, spec, opts) => submitQueueFlow(context, kind, spec, opts),
    status,
    close: async () => {
      clearInterval(recovery);
      for (const p of [...pending.values()]) p.cancel();
      // The cancel marks and events go out before the connections close.
      await Promise.allSettled([...cancelling]);
      await Promise.allSettled([events.close(), producer.close(), flows.close(), queue.close()]);
    },
  };
}
