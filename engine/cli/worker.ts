/** `junheng worker`: a stateless queue worker on any machine with the project installed; runs until stopped. */
import type { Command } from 'commander';
import { startQueueWorker } from '../node/queue-worker.ts';
import type { Output } from './evaluate.ts';
import { CliError } from './read-county.ts';

export interface WorkerOptions {
  redis?: string;
  concurrency: string;
  quiet?: boolean;
}

export async function workerCommand(options: WorkerOptions, io: Output): Promise<void> {
  const url = options.redis ?? process.env.REDIS_URL;
  if (!url) throw new CliError('junheng worker needs --redis redis://host:port (or REDIS_URL)');
  if (!/^rediss?:\/\//.test(url)) throw new CliError(`--redis must be a redis:// or rediss:// URL, got "${url}"`);
  const concurrency = Number(options.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new CliError(`--concurrency must be a whole number of at least 1, got "${options.concurrency}"`);
  const worker = await startQueueWorker({
    url, concurrency,
    onJob: (e) => {
      if (!options.quiet || e.state !== 'started') io.err(`${new Date().toISOString()} job ${e.id} (${e.kind}): ${e.state}${e.message ? `: ${e.message}` : ''}`);
    },
  });
  io.err(`junheng worker: engine ${worker.version}, ${concurrency} job(s) at once, queue at ${new URL(url).host}; pid ${process.pid}`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      io.err(`${signal}: finishing the running job(s), then stopping`);
      void worker.close().then(resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

export function registerWorkerCommand(program: Command, io: Output): void {
  program
    .command('worker')
    .description('take solves, sweep points and Monte Carlo batches from the BullMQ queue in Redis and run them')
    .option('--redis <url>', 'Redis of the queue, e.g. redis://10.0.0.5:6379 (default: REDIS_URL)')
    .option('--concurrency <n>', 'jobs at once, one thread each (default 1; one per CPU core is usual)', '1')
    .option('--quiet', 'log only jobs that end')
    .action(async (opts: WorkerOptions) => {
      await workerCommand(opts, io);
    });
}
