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
import type { MonteCarloInput, MonteCarloResult, SampleOutcome } from '../uncertainty/monte-carlo.ts';
import type { CountyRow, ProvinceSummary } from '../compare/province/summary.ts';
import type { SweepResult } from '../compare/sweep-summary.ts';
import type { CountyJob } from './county-job.ts';
import type { PreparedUpload, UploadJob } from './upload.ts';

/** One scenario solved on one county, as a run: full report, shadow prices unless asked not to. */
export interface SolveJob {
  county: County;
  scenario: Scenario;
  /** Default true. */
  shadowPrices?: boolean;
  /** A neighbouring run's plan to start from (engine/optimize/warm-start.ts). */
  start?: StartPlan;
}

/**
 * One budget of a sweep: no shadow prices, and the report without per-school `values` (large, unused).
 * Optional fields may be added (e.g. a starting plan); every runner passes the object through unchanged.
 */
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
  /** A server upload: imported, evaluated and encoded as JSON bytes (engine/node/upload.ts). */
  upload: { input: UploadJob; progress: never; result: PreparedUpload };
  /** One county of a province batch: evaluation, plan, least budget and sweep points, solved one after another. */
  county: { input: CountyJob; progress: never; result: CountyRow };
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
  /**
   * Runs a parent job with one child job per input (see flows.ts); runners without it (the thread pool) get
   * the same result from submitFlow, which submits the children one by one and assembles them in-process.
   */
  submitFlow?<F extends FlowKind>(kind: F, spec: FlowSpec<F>, options?: FlowOptions<F>): Flow<F>;
  /** Cancels what is waiting or running and stops the threads. */
  close(): Promise<void>;
}

// Flows: a parent job whose result one pure function (flows.ts, assembleFlow) makes from its children's outcomes.
export interface FlowKinds {
  /** A budget sweep: one `sweep-point` child per budget. */
  sweep: { parent: SweepFlow; child: 'sweep-point'; result: SweepResult };
  /** A province batch: one `county` child per county that could be read. */
  province: { parent: ProvinceFlow; child: 'county'; result: ProvinceSummary };
  /** A Monte Carlo run: one `samples` child per batch of samples; any failed batch fails the run. */
  'monte-carlo': { parent: { input: MonteCarloInput; seed: number }; child: 'samples'; result: MonteCarloResult };
}
export type FlowKind = keyof FlowKinds;
export type FlowChild<F extends FlowKind> = FlowKinds[F]['child'];
export type FlowResult<F extends FlowKind> = FlowKinds[F]['result'];

export interface SweepFlow {
  /** yuan over the plan, one per child */
  budgets: number[];
  scenarios: Scenario[];
  /** The county, for the final pass that keeps the frontier monotone (compare/sweep-monotone.ts). */
  county?: County;
}

export interface ProvinceFlow {
  scenario: string;
  years: number[];
  /** Counties that failed before any job (unreadable file, scenario does not fit), with file/row/column issues. */
  failed: CountyRow[];
  /** Per child, in order: how the summary names the county if its job fails. */
  counties: { county: string; file: string }[];
}

export interface FlowSpec<F extends FlowKind> {
  parent: FlowKinds[F]['parent'];
  children: JobInput<FlowChild<F>>[];
}

/** What became of one child: its result, or why it failed (its error message, or the deadline it passed). */
export type ChildOutcome<F extends FlowKind> = { result: JobResult<FlowChild<F>> } | { error: string };

export interface FlowOptions<F extends FlowKind> {
  /** Of the children (the parent itself runs as soon as they end). Default 'interactive'. */
  priority?: JobPriority;
  /** Aborting cancels the flow: waiting children leave the queue, running ones are stopped where they run. */
  signal?: AbortSignal;
  /** Seconds a child may run from its start; past it the child is stopped and its outcome is `stopped after N s (time limit)`. */
  childDeadline?: number;
  onChildStart?: (index: number) => void;
  onChildProgress?: (index: number, progress: JobProgress<FlowChild<F>>) => void;
  onChildEnd?: (index: number, outcome: ChildOutcome<F>) => void;
}

export interface Flow<F extends FlowKind> {
  readonly kind: F;
  /** The assembled result; rejects with an AbortError when cancelled. A failed child does not fail it. */
  readonly result: Promise<FlowResult<F>>;
  cancel(): void;
}

/** The outcome message of a child stopped at its deadline. */
export const deadlineMessage = (seconds: number): string => `stopped after ${seconds} s (time limit)`;

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
