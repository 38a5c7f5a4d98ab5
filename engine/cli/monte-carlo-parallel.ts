/** Splits a Monte Carlo run over worker threads; the result is the same for any number of workers. */
import type { County } from '../county/types.ts';
import type { Plan } from '../plan/types.ts';
import type { Scenario } from '../scenario/resolve.ts';
import type { Standard } from '../standards/types.ts';
import { summarize, type MonteCarloResult, type SampleOutcome } from '../uncertainty/monte-carlo.ts';
import type { SamplesReply, SamplesWorkerData } from './monte-carlo-worker.ts';
import { startTsWorker } from './ts-worker.ts';

const WORKER_URL = new URL('./monte-carlo-worker.ts', import.meta.url).href;

export interface ParallelOptions {
  samples: number;
  seed: number;
  workers: number;
  /** Called with the number of samples just finished. */
  onProgress?: (done: number) => void;
}

export async function monteCarloParallel(county: County, scenario: Scenario, plan: Plan, standard: Standard, options: ParallelOptions): Promise<MonteCarloResult> {
  const k = Math.max(1, Math.min(options.workers, options.samples));
  const bounds = Array.from({ length: k + 1 }, (_, i) => Math.round((i * options.samples) / k));
  const chunks = await Promise.all(Array.from({ length: k }, (_, i) => new Promise<SampleOutcome[]>((resolve, reject) => {
    const data: SamplesWorkerData = { county, scenario, plan, standard, seed: options.seed, from: bounds[i]!, to: bounds[i + 1]! };
    const worker = startTsWorker(WORKER_URL, data);
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
      void worker.terminate();
    };
    worker.on('message', (reply: SamplesReply) => {
      if (reply.kind === 'progress') options.onProgress?.(reply.done);
      else if (reply.kind === 'done') finish(() => resolve(reply.outcomes));
      else finish(() => reject(new Error(reply.message)));
    });
    worker.on('error', (e) => finish(() => reject(e)));
    worker.on('exit', (code) => finish(() => reject(new Error(`worker stopped (exit code ${code})`))));
  })));
  return summarize({ county, scenario, plan, standard }, chunks.flat(), options.seed);
}
