/**
 * Cancelling runs, sweeps and batches (POST …/cancel): each job, while it is queued or running in this server,
 * leaves here the function that stops it. Stopping stores the job as cancelled at once (so the answer and the
 * store agree even when the solve was about to end) and then aborts its solves: a waiting job leaves the
 * queue, a running one has its thread ended, here or on the queue worker that runs it.
 */
import type { JobKey } from './events.ts';

/** The text stored as a cancelled job's error. */
export const CANCELLED_MESSAGE = 'cancelled by a user';

export class JobCancels {
  private readonly stops = new Map<JobKey, () => void>();

  /** Registers how to stop a job; returns the function to call once it has ended. */
  add(key: JobKey, stop: () => void): () => void {
    this.stops.set(key, stop);
    return () => {
      if (this.stops.get(key) === stop) this.stops.delete(key);
    };
  }

  /** Stops the job; false when it is not queued or running in this server. */
  cancel(key: JobKey): boolean {
    const stop = this.stops.get(key);
    if (!stop) return false;
    this.stops.delete(key);
    stop();
    return true;
  }
}
