/**
 * A worker thread of the load script that asks GET /api/health every 20 ms until told to stop, and answers with the
 * latencies (ms). It has an event loop of its own, so the uploads the main thread sends (tens of MB) do not delay
 * its requests or its clock: what it measures is the server. Plain JavaScript: tsx does not load into worker threads.
 */
import { parentPort, workerData } from 'node:worker_threads';

const { base } = workerData;
/** @type {number[]} */
const latencies = [];
/** @type {string[]} */
const failures = [];
let stopping = false;
parentPort.once('message', () => { stopping = true; });

while (!stopping) {
  const t0 = performance.now();
  try {
    const answer = await fetch(`${base}/api/health`);
    await answer.arrayBuffer();
    if (answer.status !== 200) failures.push(`/api/health answered ${answer.status}`);
    latencies.push(performance.now() - t0);
  } catch (e) {
    failures.push(`/api/health failed: ${String(e?.cause ?? e)}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
}
parentPort.postMessage({ latencies, failures });
