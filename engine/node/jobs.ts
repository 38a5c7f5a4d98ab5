/**
 * What can run off the caller's thread, and the small interface every runner of it offers: the piscina pool
 * here (engine/node/pool.ts) and, later, a distributed queue. Inputs, progress and results are plain data
 * (structured-clone and JSON safe), so a job can cross a thread or a network.
 */
import type { CountyFormat, ImportOptions } from '../county/import.ts';
import type { ImportResult } from '../county/issues.ts';
import type { County } from '../county/types.ts';
import type { SolveProgress } from '../optimize/solve-scenario.ts';
import type { SolveReport } from '../optimize/solve-report.ts';
import type { StartPlan } from '../optimize/warm-start.ts';
import type { Plan } from '../plan/types.ts';
import type { Scenario } from '../scenario/resolve.ts';
import type { Standard } from '../standards/types.ts';
import type { SampleOutcome } from '../uncertainty/monte-carlo.ts';

/** One scenario solved on one county, as a run: full report, shadow prices unless asked not to. */
export interface SolveJob {
  county: County;
  scenario: Scenario;
  /** Default true. */
  shadowPrices?: boolean;
  /** A neighbouring run's plan to start from (engine/optimize/warm-start.ts). */
  start?: StartPlan;
}

/** One budget of a sweep: no shadow prices, and the report without per-school `values` (large, unused). */
export interface SweepPointJob {
  county: County;
  scenario: Scenario;
  /** The plan of the next smaller budget, to start from. */
  start?: StartPlan;
}

/** Samples [from, to) of a Monte Carlo run; each sample depends only on (seed, index), not on the batch. */
export interface SamplesJob {
  county: County;
  scenario: Scenario;
  plan: Plan;
  standard: Standard;
  seed: number;
  from: number;
  to: number;
}

/** A county file to read (the server's uploads): parsed off the caller's thread, with the importer's caps. */
export interface ImportJob extends ImportOptions {
  bytes: Uint8Array;
  format?: CountyFormat;
}

/** Per kind: its input, the progress events it sends while it runs, and its result. */
export interface JobKinds {
  solve: { input: SolveJob; progress: SolveProgress; result: SolveReport };
  'sweep-point': { input: SweepPointJob; progress: SolveProgress; result: SolveReport };
  /** progress: samples finished since the previous event (they add up to to − from). */
  samples: { input: SamplesJob; progress: { done: number }; result: SampleOutcome[] };
  import: { input: ImportJob; progress: never; result: ImportResult<County> };
}

export type JobKind = keyof JobKinds;
export type JobInput<K extends JobKind> = JobKinds[K]['input'];
export type JobProgress<K extends JobKind> = JobKinds[K]['progress'];
export type JobResult<K extends JobKind> = JobKinds[K]['result'];

export interface SubmitOptions<K extends JobKind> {
  /** Called once, when a thread (or queue worker) takes the job up; deadlines count from here. */
  onStart?: () => void;
  onProgress?: (progress: JobProgress<K>) => void;
  /** Aborting is the same as `cancel()`. */
  signal?: AbortSignal;
  /**
   * Default 'interactive'. On a queue with priorities (BullMQ) interactive jobs are taken before waiting batch
   * jobs (province batches' children); the thread pool is first-in, first-out and ignores it.
   */
  priority?: JobPriority;
}

export type JobPriority = 'interactive' | 'batch';

export interface Job<K extends JobKind> {
  readonly kind: K;
  /**
   * The job's result. Rejects with the job's own error message when it throws, and with an error named
   * 'AbortError' (see isAbort) when it was cancelled, before or after it started.
   */
  readonly result: Promise<JobResult<K>>;
  /** Stops the job: a waiting job leaves the queue, a running one has its thread ended (and replaced). */
  cancel(): void;
}

export interface JobRunner {
  /** How many jobs run at once. */
  readonly threads: number;
  submit<K extends JobKind>(kind: K, input: JobInput<K>, options?: SubmitOptions<K>): Job<K>;
  /** Cancels what is waiting or running and stops the threads. */
  close(): Promise<void>;
}

/** The rejection of a job cancelled before any thread took it (runners may also reject with their own AbortError). */
export class JobAborted extends Error {
  override readonly name = 'AbortError';
  constructor() {
    super('the job was cancelled');
  }
}

/** True for the rejection of a cancelled job. */
export function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}
