// Worker entry for jslp-thread.ts: registers tsx in this thread, solves the one model it is sent with the
// javascript-lp-solver adapter, and posts the SolveResult back.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { jslpSolver } = await import('../solve/jslp.ts');
parentPort.postMessage(await jslpSolver.solve(workerData.model, workerData.options));
