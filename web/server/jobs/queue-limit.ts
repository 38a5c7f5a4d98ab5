/** A cap on jobs waiting for a solve thread, so one client cannot fill a shared server's queue. */
import type { FastifyReply } from 'fastify';
import type { ErrorBody } from '../../contract/index.ts';
import type { Store } from '../store/index.ts';

export const DEFAULT_MAX_QUEUED_JOBS = 50;

/** Runs and sweeps still waiting for a solve thread (running ones are not counted). */
export function queuedJobs(store: Store): number {
  return store.runs.queued() + store.sweeps.queued();
}

/**
 * True when there is room for one more job; otherwise answers 429 with a JSON body and returns false.
 * `max`: the most queued jobs allowed before the new one.
 */
export function roomInQueue(store: Store, max: number, reply: FastifyReply): boolean {
  const queued = queuedJobs(store);
  if (queued < max) return true;
  const body: ErrorBody = { error: 'queue-full', message: `${queued} runs and sweeps are already waiting for the solver (at most ${max}); try again when some have finished` };
  void reply.status(429).header('retry-after', '10').send(body);
  return false;
}
