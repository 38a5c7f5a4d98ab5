/**
 * The pool's worker: runs one job of any kind in its thread. Progress goes back through the task's
 * MessagePort; the result (or the thrown error, message kept) goes back through piscina.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { solveScenario } from '../optimize/solve-scenario.ts';
import { runSamples } from '../uncertainty/monte-carlo.ts';
import type { JobInput, JobKind, JobProgress, JobResult } from './jobs.ts';
import { lowerThreadPriority } from './threads.ts';
import { warmUp } from './warm-up.ts';

/** The pool's settings for its threads (createWorkerPool's `niceness` and `warm`). */
const settings = (workerData ?? {}) as { niceness?: number; warm?: boolean };
lowerThreadPriority(settings.niceness);
// Before the thread takes its first job (piscina waits for this module).
if (settings.warm) await warmUp();

/** What the pool sends for one job. */
export interface Task<K extends JobKind = JobKind> {
  kind: K;
  input: JobInput<K>;
  port: MessagePort;
}

/** What comes back on the task's port: `started`, any `progress`, then `end` (the last one) before the result. */
export type TaskMessage<K extends JobKind = JobKind> = { type: 'started' } | { type: 'progress'; progress: JobProgress<K> } | { type: 'end' };

/** A Monte Carlo batch reports every this many samples (and at its end), not after each one. */
const SAMPLES_PER_EVENT = 10;

type Handlers = { [K in JobKind]: (input: JobInput<K>, progress: (p: JobProgress<K>) => void) => Promise<JobResult<K>> | JobResult<K> };

// Importing a file (exceljs) and a province's county rows load when such a job first comes: a thread that only
// solves (a sweep's, a Monte Carlo's) starts without them. Loading the worker's modules in a new thread through
// tsx took 1.25 s with them and 0.9 s without (one thread alone).
const handlers: Handlers = {
  import: async ({ bytes, ...options }) => (await import('../county/import.ts')).importCounty(bytes, options),
  upload: async (job) => (await import('./upload.ts')).prepareUpload(job),
  solve: (job, progress) => solveScenario(job.county, job.scenario, { shadowPrices: job.shadowPrices ?? true, onProgress: progress, ...(job.start ? { start: job.start } : {}) }),
  'sweep-point': async (job, progress) => {
    const report = await solveScenario(job.county, job.scenario, { shadowPrices: false, onProgress: progress, ...(job.start ? { start: job.start } : {}) });
    return { ...report, values: [] };
  },
  samples: (job, progress) => {
    let reported = 0;
    const count = job.to - job.from;
    return runSamples(job, job.seed, job.from, job.to, (done) => {
      if (done - reported < SAMPLES_PER_EVENT && done !== count) return;
      progress({ done: done - reported });
      reported = done;
    });
  },
  county: async (job) => (await import('./county-job.ts')).planCounty(job),
};

export default async function runTask<K extends JobKind>(task: Task<K>): Promise<JobResult<K>> {
  const post = (m: TaskMessage<K>): void => task.port.postMessage(m);
  post({ type: 'started' });
  try {
    const handler = handlers[task.kind] as Handlers[K] | undefined;
    if (!handler) throw new Error(`unknown job kind "${String(task.kind)}"`);
    return await handler(task.input, (progress) => post({ type: 'progress', progress }));
  } finally {
    post({ type: 'end' });
    task.port.close();
  }
}
