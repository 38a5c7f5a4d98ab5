/** Worker thread of `junheng sweep`: solves the scenarios it is sent against the county in workerData. */
import { parentPort, workerData } from 'node:worker_threads';
import type { County } from '../county/types.ts';
import { solveScenario } from '../optimize/solve-scenario.ts';
import type { SolveReport } from '../optimize/solve-report.ts';
import type { Scenario } from '../scenario/resolve.ts';

export interface SweepWorkerData {
  county: County;
}

export interface SweepRequest {
  index: number;
  scenario: Scenario;
}

/** The report comes back without per-school `values` (large, and the sweep does not use them). */
export type SweepReply =
  | { index: number; ok: true; report: SolveReport }
  | { index: number; ok: false; message: string };

const port = parentPort;
if (port) {
  const { county } = workerData as SweepWorkerData;
  port.on('message', (request: SweepRequest) => {
    void solve(county, request).then((reply) => {
      try {
        port.postMessage(reply);
      } catch (e) {
        port.postMessage({ index: request.index, ok: false, message: `result could not be sent back: ${(e as Error).message}` } satisfies SweepReply);
      }
    });
  });
}

async function solve(county: County, { index, scenario }: SweepRequest): Promise<SweepReply> {
  try {
    const report = await solveScenario(county, scenario, { shadowPrices: false });
    return { index, ok: true, report: { ...report, values: [] } };
  } catch (e) {
    return { index, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
