/** Starts `web/server/server.ts` (what `npm start` runs) as a child process on a free loopback port. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM and wait; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL and wait: the process gets no chance to finish anything. */
  kill(): Promise<void>;
}

/**
 * Extra node flags for the server process from LOAD_SERVER_NODE_FLAGS (space-separated), to look inside a stall:
 * e.g. `LOAD_SERVER_NODE_FLAGS="--trace-gc --cpu-prof --cpu-prof-dir=/tmp/prof" npm run load -- --uploads`.
 */
function serverNodeFlags(): string[] {
  return (process.env.LOAD_SERVER_NODE_FLAGS ?? '').split(' ').filter((f) => f !== '');
}

/** preload: modules loaded before the server (`--import`), e.g. load/loop-monitor.ts. */
export function startServer(dbPath: string, env: Record<string, string> = {}, startMs = 30_000, preload: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...serverNodeFlags(), '--import', 'tsx', ...preload.flatMap((p) => ['--import', p]), 'web/server/server.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', JUNHENG_DB: dbPath, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the server did not start in ${startMs} ms: ${out}`)); }, startMs);
    const onData = (): void => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!m || !out.includes('solve pool:')) return; // the last line printed on start
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve({
        base: m[1]!, child, output: () => out,
        stop: async () => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM'); return exited; },
        kill: async () => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); await exited; },
      });
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`the server exited (${code}) before listening: ${out}`)); });
  });
}
