/**
 * Preloaded into the server by `npm run load` (node --import tsx --import ./scripts/load/loop-monitor.mjs): measures
 * the delay of the server's event loop (perf_hooks.monitorEventLoopDelay, 5 ms resolution), and on SIGUSR2 prints
 * one line `event-loop-delay {"count","p50","p99","max"}` (ms) for the time since the previous SIGUSR2, then resets,
 * so the load script can read the delay of one phase. The server itself is unchanged. Plain JavaScript: worker
 * threads inherit the --import, and tsx is not registered in them yet when it runs; there it does nothing.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const LOOP_DELAY_LINE = 'event-loop-delay'; // load/uploads.ts reads it

if (isMainThread) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  process.on('SIGUSR2', () => {
    const ms = (/** @type {number} */ ns) => Math.round(ns / 1e4) / 100;
    const delay = { count: histogram.count, p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) };
    process.stdout.write(`${LOOP_DELAY_LINE} ${JSON.stringify(delay)}\n`);
    histogram.reset();
  });
}
