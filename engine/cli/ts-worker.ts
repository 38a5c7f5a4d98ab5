/** Worker threads that run TypeScript: the bootstrap registers tsx in the thread, then loads the worker module. */
import { Worker } from 'node:worker_threads';

function tsxApi(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return 'tsx/esm/api';
  }
}

/** Starts `workerUrl` (a .ts module URL) in a new thread with `workerData`; its stdout is drained, not shown. */
export function startTsWorker(workerUrl: string, workerData: unknown): Worker {
  const code = `import(${JSON.stringify(tsxApi())}).then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); });`;
  const worker = new Worker(code, { eval: true, workerData, stdout: true });
  worker.stdout.resume();
  return worker;
}
