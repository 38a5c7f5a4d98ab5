/**
 * The size of the worker pool, one setting for the CLI and the server: JUNHENG_THREADS, a whole number of
 * threads, default one per CPU (os.availableParallelism()). The CLI's --workers overrides it for one command.
 */
import { availableParallelism } from 'node:os';

export const THREADS_SETTING = 'JUNHENG_THREADS';

/** Threads from the setting's text (unset or empty: one per CPU); a RangeError names the setting when it is bad. */
export function poolThreads(text: string | undefined = process.env[THREADS_SETTING]): number {
  if (text === undefined || text.trim() === '') return availableParallelism();
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || n < 1 || !Number.isSafeInteger(n)) {
    throw new RangeError(`${THREADS_SETTING} must be a whole number of threads, at least 1, got "${text}"`);
  }
  return n;
}
