/**
 * The one pool of worker threads that runs solves, sweep points and Monte Carlo batches, for the CLI and
 * the server alike; its size is `threads` (JUNHENG_THREADS, see threads.ts). Jobs wait in a first-in,
 * first-out queue for a free thread. Cancelling a running job ends its thread; piscina starts a new one.
 */
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Job, JobKind, JobResult, JobRunner, SubmitOptions } from './jobs.ts';
import { poolThreads } from './threads.ts';
import { workerEntry, workerExecArgv } from './worker-bundle.ts';
import type { Task, TaskMessage } from './worker.ts';

/** An idle thread is stopped after this long; the next job starts a new one. */
const IDLE_TIMEOUT = 30_000; // ms

export interface WorkerPoolOptions {
  /** Each thread's heap limit (a thread past it ends and its job fails); default Node's. */
  maxMemoryMb?: number;
  /**
   * Nice value of the pool's threads on Linux (1–19), so the caller's thread wins the CPU from them: the server's
   * upload pool, whose hostile files may take every core for seconds. Default: the process's priority.
   */
  niceness?: number;
  /**
   * Long-lived pools (the server's, `junheng worker`'s): every thread starts at once, stays while the pool lives
   * and solves a small plan first (warm-up.ts), so a planner's what-if never waits for a new thread's first solve
   * (the sample baseline: 2.83 s in a new thread, 1.36 s in a used one). Otherwise threads start with the first
   * jobs and stop after IDLE_TIMEOUT idle: a pause in a meeting would cost that again.
   * The price: each thread keeps the memory of the largest model it solved until the pool closes.
   */
  warm?: boolean;
}

export function createWorkerPool(threads = poolThreads(), options: WorkerPoolOptions = {}): JobRunner {
  const size = Math.max(1, Math.floor(threads));
  const entry = workerEntry();
  const execArgv = workerExecArgv(entry);
  const piscina = new Piscina({
    filename: entry, ...(execArgv ? { execArgv } : {}), minThreads: options.warm ? size : 0, maxThreads: size, idleTimeout: IDLE_TIMEOUT,
    workerData: { niceness: options.niceness, warm: options.warm === true },
    ...(options.maxMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb } } : {}),
  });
  return {
    threads: size,
    submit: (kind, input, options = {}) => submitTo(piscina, kind, input, options),
    close: () => piscina.close({ force: true }),
  };
}

function submitTo<K extends JobKind>(piscina: Piscina, kind: K, input: Task<K>['input'], options: SubmitOptions<K>): Job<K> {
  const abort = new AbortController();
  const stopListening = follow(options.signal, () => abort.abort());
  const { port1, port2 } = new MessageChannel();
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    options.onStart?.();
  };
  let ended: () => void = () => {};
  const progressEnded = new Promise<void>((resolve) => { ended = resolve; });
  port1.on('message', (m: TaskMessage<K>) => {
    if (m.type === 'started') start();
    else if (m.type === 'progress') options.onProgress?.(m.progress);
    else ended();
  });
  port1.on('close', () => ended());
  const task: Task<K> = { kind, input, port: port2 };
  const result = (async (): Promise<JobResult<K>> => {
    try {
      const value = (await piscina.run(task, { transferList: [port2], signal: abort.signal })) as JobResult<K>;
      // The result and the port's messages travel on different channels: a quick job can finish before its
      // last progress (or even its `started`) message is read. The result waits for the port's `end`, so every
      // progress event comes before it, and every finished job has started.
      await progressEnded;
      start();
      return value;
    } finally {
      stopListening();
      port1.close();
    }
  })();
  return { kind, result, cancel: () => abort.abort() };
}

/** Calls `onAbort` when `signal` aborts (at once if it already has); returns the function that stops listening. */
export function follow(signal: AbortSignal | undefined, onAbort: () => void): () => void {
  if (!signal) return () => {};
  if (signal.aborted) {
    onAbort();
    return () => {};
  }
  signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}
