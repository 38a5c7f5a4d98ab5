/**
 * The one choice between runners: with a Redis URL (REDIS_URL) jobs go to the BullMQ queue that
 * `junheng worker` processes take them from; without, they run in this process's worker-thread pool.
 */
import type { JobRunner } from './jobs.ts';
import { createWorkerPool } from './pool.ts';

export interface RunnerOptions {
  threads: number;
  redisUrl?: string;
}

export async function createRunner(options: RunnerOptions): Promise<JobRunner> {
  if (!options.redisUrl) return createWorkerPool(options.threads);
  const { createQueueRunner } = await import('./bullmq-runner.ts');
  return createQueueRunner({ url: options.redisUrl });
}
