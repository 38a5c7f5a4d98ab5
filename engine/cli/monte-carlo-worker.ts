/** Worker thread of `junheng simulate --samples`: runs samples [from, to) and posts progress and the outcomes. */
import { parentPort, workerData } from 'node:worker_threads';
import type { County } from '../county/types.ts';
import type { Plan } from '../plan/types.ts';
import type { Scenario } from '../scenario/resolve.ts';
import type { Standard } from '../standards/types.ts';
import { runSamples, type SampleOutcome } from '../uncertainty/monte-carlo.ts';

export interface SamplesWorkerData { county: County; scenario: Scenario; plan: Plan; standard: Standard; seed: number; from: number; to: number }

export type SamplesReply =
  | { kind: 'progress'; done: number }
  | { kind: 'done'; outcomes: SampleOutcome[] }
  | { kind: 'error'; message: string };

const PROGRESS_EVERY = 10; // samples

const port = parentPort;
if (port) {
  const { county, scenario, plan, standard, seed, from, to } = workerData as SamplesWorkerData;
  try {
    let reported = 0;
    const outcomes = runSamples({ county, scenario, plan, standard }, seed, from, to, (done) => {
      if (done - reported >= PROGRESS_EVERY || done === to - from) {
        port.postMessage({ kind: 'progress', done: done - reported } satisfies SamplesReply);
        reported = done;
      }
    });
    port.postMessage({ kind: 'done', outcomes } satisfies SamplesReply);
  } catch (e) {
    port.postMessage({ kind: 'error', message: e instanceof Error ? e.message : String(e) } satisfies SamplesReply);
  }
}
