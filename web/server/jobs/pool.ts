/** Solves run in a piscina pool of worker threads (one per CPU by default), never on the server's event loop. */
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { County } from '../../../engine/county/types.ts';
import type { SolveProgress } from '../../../engine/optimize/solve-scenario.ts';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import type { SolveTask, WorkerMessage } from './solve-worker.ts';

const WORKER = new URL('./worker-bootstrap.mjs', import.meta.url).href;

export interface SolveCall {
  county: County;
  scenario: Scenario;
  shadowPrices: boolean;
  keepValues: boolean;
  onStart?: () => void;
  onProgress?: (p: SolveProgress) => void;
  /** Aborting ends the worker thread running the solve. */
  signal?: AbortSignal;
}

export interface SolvePool {
  readonly threads: number;
  solve(call: SolveCall): Promise<SolveReport>;
  close(): Promise<void>;
}

export function createSolvePool(threads = availableParallelism()): SolvePool {
  const size = Math.max(1, threads);
  const piscina = new Piscina({ filename: WORKER, minThreads: 0, maxThreads: size, idleTimeout: 30_000 /* ms */ });
  return {
    threads: size,
    async solve(call) {
      const { port1, port2 } = new MessageChannel();
      let started = false;
      const start = (): void => {
        if (started) return;
        started = true;
        call.onStart?.();
      };
      port1.on('message', (m: WorkerMessage) => {
        if (m.type === 'started') start();
        else call.onProgress?.(m.progress);
      });
      const task: SolveTask = { county: call.county, scenario: call.scenario, shadowPrices: call.shadowPrices, keepValues: call.keepValues, progress: port2 };
      try {
        const report = (await piscina.run(task, { transferList: [port2], ...(call.signal ? { signal: call.signal } : {}) })) as SolveReport;
        // The result and the port's messages travel on different channels: a quick solve can finish before its
        // `started` message is read. Every finished solve has started.
        start();
        return report;
      } finally {
        port1.close();
      }
    },
    close: () => piscina.close({ force: true }),
  };
}
