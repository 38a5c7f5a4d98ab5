/** What the routes share: the store, the solve pool, job events and the limits. */
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { JobRunner } from '../../engine/node/jobs.ts';
import type { JobContext } from './jobs/runs.ts';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

export interface RouteContext extends JobContext {
  /** bytes; larger uploads get 413. */
  uploadLimitBytes: number;
  /** Runs and sweeps allowed to wait for a solve thread; a new one past this gets 429. */
  maxQueuedJobs: number;
  /** Uploads received, waiting or parsed at once; one more gets 429 before its body is read. */
  maxUploadsAtOnce: number;
  /** Schools one uploaded county may hold; more gets 413 (the store write and the answer grow with it, on the event loop). */
  maxSchools: number;
  /** ms an upload may wait for and take in the import pool before it is cancelled with 503. */
  uploadDeadlineMs: number;
  /** Parses uploads off the event loop (a small pool of its own, so uploads never wait behind solves); absent: inline. */
  importPool?: JobRunner;
}

/** Marks a body schema that documents the body while the handler validates it (with line numbers, rows, columns). */
export const CHECKED_IN_HANDLER = 'x-checked-in-handler';
