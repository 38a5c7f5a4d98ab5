/**
 * HiGHS runs as WebAssembly. By default V8 compiles each function with its baseline compiler (Liftoff) and
 * moves it to the optimizing one (TurboFan) only once it has run for a while ("dynamic tiering"); a solve
 * made of many short HiGHS runs spends its first seconds, and some functions for good, in baseline code.
 * With dynamic tiering off, the module is compiled by both at once: the baseline code runs at first and the
 * optimized code replaces it as it is ready, in the background.
 * Measured on the sample baseline (whole solveScenario, one process, load ≈ 2.5): first solve in a new process
 * 3.5–3.6 s → 2.9–3.0 s, later solves 1.72–1.80 s → 1.58–1.67 s; resident memory +21 MB.
 * V8 reads the flag when a module is compiled and it holds for the whole process (worker threads too), so
 * this runs first thing in each entry point (CLI, server, bench).
 */
import { setFlagsFromString } from 'node:v8';

let set = false;

export function compileWasmEagerly(): void {
  if (set) return;
  set = true;
  setFlagsFromString('--no-wasm-dynamic-tiering');
}
