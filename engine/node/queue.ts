/**
 * What the BullMQ runner (bullmq-runner.ts) and the queue worker (queue-worker.ts) agree on: the queue's
 * name, the data of a job, priorities, and the Redis connection options.
 */
import type { JobInput, JobKind, JobPriority } from './jobs.ts';

/** One queue for every kind; a job's name is its kind. Keys in Redis start with `junheng:`. */
export const QUEUE_NAME = 'jobs';
export const QUEUE_PREFIX = 'junheng';

export interface QueueJobData<K extends JobKind = JobKind> {
  /** engineVersion() of the submitter; a worker of another version refuses the job. */
  engineVersion: string;
  kind: K;
  input: JobInput<K>;
  /** Times workers of other versions have put the job back. */
  refusals?: number;
}

/** Whether the queue can take jobs now; `reason` says why not (the server answers 503 with it). */
export type QueueStatus = { available: true } | { available: false; reason: string };

/** BullMQ priorities: a smaller number is taken first. */
export const PRIORITY: Record<JobPriority, number> = { interactive: 1, batch: 10 };

/** Connection options for every BullMQ client: blocking commands wait for Redis instead of failing after 20 retries. */
export function connection(url: string): { url: string; maxRetriesPerRequest: null; enableOfflineQueue: boolean } {
  return { url, maxRetriesPerRequest: null, enableOfflineQueue: true };
}

/** Milliseconds a worker holds a job's lock between renewals; a killed worker's job is taken again after about this. */
export function lockDuration(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.JUNHENG_QUEUE_LOCK_MS);
  return Number.isFinite(ms) && ms >= 1000 ? ms : 30_000;
}

/**
 * The first progress event of a job a worker accepted. BullMQ's own `active` event also comes for jobs a worker
 * of another version takes only to refuse, so "started" (when deadlines begin) is this marker instead.
 */
export const STARTED_MARK = 'junheng:started';
export const isStartedMark = (data: unknown): boolean => typeof data === 'object' && data !== null && (data as Record<string, unknown>)[STARTED_MARK] === true;
