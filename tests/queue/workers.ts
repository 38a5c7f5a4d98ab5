/** `junheng worker` processes for the queue tests, with their logs, so a test can see what each one did. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/junheng.js', import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  log: () => string;
  /** Resolves when the log has a line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /**
   * `promise`, or a failure naming `step` with this worker's log after `timeoutMs`: a job that never ends then says
   * which step waited and what the worker did, instead of the test running into its own timeout.
   */
  within<T>(promise: Promise<T>, step: string, timeoutMs?: number): Promise<T>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startWorker(url: string, env: Record<string, string> = {}): WorkerProcess {
  // A short lock: a killed worker's job is taken again after about 2 s instead of 30.
  const child = spawn(process.execPath, [BIN, 'worker', '--redis', url, '--concurrency', '1'], {
    env: { ...process.env, JUNHENG_QUEUE_LOCK_MS: '2000', ...env }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let text = '';
  /** Whether the process has exited or been killed. */
  const ended = (): boolean => child.exitCode !== null || child.signalCode !== null;
  const waiters: (() => void)[] = [];
  child.stderr!.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    for (const w of [...waiters]) w();
  });
  return {
    child,
    log: () => text,
    waitFor: (pattern, timeoutMs = 60_000) => new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker log never matched ${pattern}:\n${text}`)), timeoutMs);
      const check = (): void => {
        if (!pattern.test(text)) return;
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(check), 1);
        resolve();
      };
      waiters.push(check);
      check();
    }),
    within: <T,>(promise: Promise<T>, step: string, timeoutMs = 60_000) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${step}: not settled in ${timeoutMs / 1000} s; worker ${ended() ? `exited (${child.exitCode ?? child.signalCode})` : 'running'}, its log:\n${text}`)), timeoutMs);
      });
      return Promise.race([promise, late]).finally(() => clearTimeout(timer));
    },
    stop: (signal = 'SIGTERM') => new Promise<void>((resolve) => {
      if (ended()) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    }),
  };
}
