/** Piscina worker: solves one scenario on one county; progress goes back through the task's MessagePort. */
import type { MessagePort } from 'node:worker_threads';
import type { County } from '../../../engine/county/types.ts';
import { solveScenario, type SolveProgress } from '../../../engine/optimize/solve-scenario.ts';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';

export interface SolveTask {
  county: County;
  scenario: Scenario;
  /** false for sweep points, as `junheng sweep` does. */
  shadowPrices: boolean;
  /** Sweep points come back without per-school `values`, as in `junheng sweep`. */
  keepValues: boolean;
  progress?: MessagePort;
}

export type WorkerMessage = { type: 'started' } | { type: 'progress'; progress: SolveProgress };

export default async function solve(task: SolveTask): Promise<SolveReport> {
  const post = (m: WorkerMessage): void => task.progress?.postMessage(m);
  post({ type: 'started' });
  try {
    const report = await solveScenario(task.county, task.scenario, {
      shadowPrices: task.shadowPrices,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    return task.keepValues ? report : { ...report, values: [] };
  } finally {
    task.progress?.close();
  }
}
