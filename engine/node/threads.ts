/**
 * The size of the worker pool, one setting for the CLI and the server: JUNHENG_THREADS, a whole number of
 * threads, default one per CPU (os.availableParallelism()). The CLI's --workers overrides it for one command.
 */
import { availableParallelism, getPriority, setPriority } from 'node:os';

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

/**
 * Lowers the calling worker thread's CPU priority to `niceness` (1–19; higher yields more). Only on Linux, where a
 * nice value belongs to one thread (setpriority(2), "BUGS"), so the server's own thread keeps winning the CPU while
 * a pool thread parses an upload; elsewhere the call would lower the whole process, so it does nothing. Raising
 * niceness needs no privilege. Returns whether the priority was changed.
 */
export function lowerThreadPriority(niceness: number | undefined): boolean {
  if (!niceness || process.platform !== 'linux') return false;
  try {
    // Never raise it: a server started with `nice` keeps its threads at least that low (raising needs privilege).
    setPriority(0, Math.max(getPriority(0), Math.min(19, Math.max(1, Math.round(niceness)))));
    return true;
  } catch {
    return false; // a sandbox that forbids it: the thread keeps its priority
  }
}
