/** Threads of the worker pool for one command: its --workers when given, else JUNHENG_THREADS, else one per CPU. */
import { poolThreads } from '../node/threads.ts';
import { CliError } from './read-county.ts';

export function poolSize(workers: number | undefined): number {
  if (workers !== undefined) return workers;
  try {
    return poolThreads();
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(e.message);
    throw e;
  }
}
