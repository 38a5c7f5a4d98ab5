/**
 * javascript-lp-solver with a real time limit. The library checks its `timeout` only between
 * branch-and-bound nodes, so an LP (or one node's LP) on which its simplex stalls never returns
 * (engine/solve/jslp.ts). Here the solve runs in its own worker thread, and the thread is stopped when
 * timeLimitSeconds (plus the thread's start-up) has passed: the result is then status 'timeout' with no
 * values and a message saying so. For cross-checks from Node (tests, scripts); solveScenario's callers
 * already run in pool threads that can be cancelled.
 */
import { Worker } from 'node:worker_threads';
import { DEFAULT_TIME_LIMIT_SECONDS, type LpModel, type SolveOptions, type SolveResult } from '../solve/model.ts';

const WORKER = new URL('./jslp-thread-worker.mjs', import.meta.url);
/** Seconds a thread may take to start (load tsx and the library) on top of the solve's limit. */
const START_UP_SECONDS = 10;

export function solveJslpInThread(model: LpModel, options: SolveOptions = {}): Promise<SolveResult> {
  const limit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const started = performance.now();
  const worker = new Worker(WORKER, { workerData: { model, options } });
  return new Promise<SolveResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({
        status: 'timeout', objective: NaN, values: [], solver: 'jslp', seconds: (performance.now() - started) / 1000,
        message: `javascript-lp-solver gave no result within ${limit} s (its LP simplex cannot be interrupted: the thread was stopped)`,
      });
    }, (limit + START_UP_SECONDS) * 1000);
    const end = (): void => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once('message', (r: SolveResult) => {
      end();
      resolve(r);
    });
    worker.once('error', (e) => {
      end();
      reject(e);
    });
  });
}
