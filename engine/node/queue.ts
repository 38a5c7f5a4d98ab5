/**
 * What the BullMQ runner (bullmq-runner.ts) and the queue worker (queue-worker.ts) agree on: the queue's
 * name, the data of a job, priorities, and the Redis connection options.
 */
import type { FlowKind, FlowKinds, JobInput, JobKind, JobPriority } from './jobs.ts';

/** One queue for every kind; a job's name is its kind. Keys in Redis start with `junheng:`. */
export const QUEUE_NAME = 'jobs';
export const QUEUE_PREFIX = 'junheng';

export interface QueueJobData<K extends JobKind = JobKind> {
  /** engineVersion() of the submitter; a worker of another version refuses the job. */
  engineVersion: string;
  kind: K;
  input: JobInput<K>;
  /** Seconds the job may run once a worker has taken it; past it the worker stops it and it fails with deadlineMessage. */
  deadline?: number;
  /** Times workers of other versions have put the job back. */
  refusals?: number;
}

/** A flow's parent: its children are jobs `${parent id}.${index}`; a worker assembles their outcomes (flows.ts). */
export interface QueueFlowData<F extends FlowKind = FlowKind> {
  engineVersion: string;
  kind: F;
  input: FlowKinds[F]['parent'];
  children: number;
  refusals?: number;
}

export const childId = (parentId: string, index: number): string => `${parentId}.${index}`;

/** The index of a child from its job key (`prefix:queue:parent.index`) or id; NaN for another key. */
export function childIndex(key: string): number {
  const id = key.slice(key.lastIndexOf(':') + 1);
  return Number(id.slice(id.lastIndexOf('.') + 1));
}

/**
 * Cancelling a job that may run on another machine: its id is marked in Redis (CANCEL_KEY, kept a day, so a
 * worker taking it later refuses it), waiting jobs are removed, and a custom queue event CANCEL_EVENT names
 * the ids; every queue worker listens to the queue's events and aborts those it is running (Worker.cancelJob,
 * whose signal ends the solve's thread).
 */
export const CANCEL_EVENT = 'junheng:cancel';
export const cancelKey = (jobId: string): string => `${QUEUE_PREFIX}:cancelled:${jobId}`;
/** Seconds a cancel mark is kept. */
export const CANCEL_MARK_SECONDS = 24 * 3600;

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
