/**
 * A Monte Carlo run on a job runner: the samples are split into batches, each a `samples` job. The result is
 * the same for any number of threads or batches, since a sample depends only on (seed, index) and the summary
 * sorts by index. On a queue with flows (BullMQ) the batches are the children of one `monte-carlo` flow, all
 * queued at once; on the thread pool a few at a time (lanes, below).
 */
import { summarize, type MonteCarloInput, type MonteCarloResult, type SampleOutcome } from '../uncertainty/monte-carlo.ts';
import { JobAborted, type Job, type JobRunner } from './jobs.ts';

/** Most samples in one batch, so that a long run leaves room in the queue for other jobs between its batches. */
export const MAX_BATCH_SAMPLES = 250;

export interface MonteCarloOptions {
  samples: number;
  seed: number;
  /** Called with the number of samples just finished. */
  onProgress?: (done: number) => void;
  /** Aborting cancels every batch; the result then rejects with an AbortError. */
  signal?: AbortSignal;
}

/** [from, to) of each batch: at least one per thread (up to one per sample), at most MAX_BATCH_SAMPLES each. */
export function sampleBatches(samples: number, threads: number): [number, number][] {
  if (samples <= 0) return [];
  const count = Math.min(samples, Math.max(Math.max(1, threads), Math.ceil(samples / MAX_BATCH_SAMPLES)));
  const bounds = Array.from({ length: count + 1 }, (_, i) => Math.round((i * samples) / count));
  return Array.from({ length: count }, (_, i) => [bounds[i]!, bounds[i + 1]!]);
}

/**
 * Runs the simulation's batches, at most `runner.threads` submitted at a time (the next when one ends), so
 * jobs submitted meanwhile by others wait behind a few batches rather than the whole run. The first failing
 * batch cancels the others and its error is the result's.
 */
export async function monteCarloOnRunner(runner: JobRunner, input: MonteCarloInput, options: MonteCarloOptions): Promise<MonteCarloResult> {
  if (runner.submitFlow) return monteCarloFlow(runner, input, options);
  const batches = sampleBatches(options.samples, runner.threads);
  const running = new Set<Job<'samples'>>();
  const outcomes: SampleOutcome[][] = [];
  let next = 0;
  let stopped = false;
  let error: unknown;
  const stop = (): void => {
    stopped = true;
    for (const job of running) job.cancel();
  };
  const lane = async (): Promise<void> => {
    while (!stopped && next < batches.length) {
      const [from, to] = batches[next++]!;
      const job = runner.submit('samples', { ...input, seed: options.seed, from, to }, { onProgress: (p) => options.onProgress?.(p.done) });
      running.add(job);
      try {
        outcomes.push(await job.result);
      } catch (e) {
        error ??= e;
        stop();
      } finally {
        running.delete(job);
      }
    }
  };
  if (options.signal?.aborted) throw new JobAborted();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    await Promise.all(Array.from({ length: Math.min(runner.threads, batches.length) }, lane));
  } finally {
    options.signal?.removeEventListener('abort', stop);
  }
  if (error !== undefined) throw error;
  if (stopped) throw new JobAborted();
  return summarize(input, outcomes.flat(), options.seed);
}

/** The run as one flow; the first failing batch cancels the others and its error is the result's. */
async function monteCarloFlow(runner: JobRunner, input: MonteCarloInput, options: MonteCarloOptions): Promise<MonteCarloResult> {
  const children = sampleBatches(options.samples, runner.threads).map(([from, to]) => ({ ...input, seed: options.seed, from, to }));
  let error: Error | undefined;
  // Interactive priority, as before: someone waits for the simulation's answer.
  const flow = runner.submitFlow!('monte-carlo', { parent: { input, seed: options.seed }, children }, {
    ...(options.signal ? { signal: options.signal } : {}),
    onChildProgress: (_, p) => options.onProgress?.(p.done),
    onChildEnd: (_, outcome) => {
      if (!('error' in outcome) || error) return;
      error = new Error(outcome.error);
      flow.cancel();
    },
  });
  try {
    return await flow.result;
  } catch (e) {
    throw error ?? e;
  }
}
