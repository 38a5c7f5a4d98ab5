import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of worker-bundle.ts's workerExecArgv. */
async function execArgvFor(entry: string, execArgv: string[]): Promise<string[]> {
  return (await import('../../../engine/node/worker-bundle.ts')).workerExecArgv(entry, execArgv);
}

/** A fresh copy of worker-bundle.ts (it builds once per module instance), with JUNHENG_WORKER_BUNDLE as given. */
async function freshEntry(setting: string | undefined): Promise<string> {
  vi.resetModules();
  if (setting === undefined) delete process.env.JUNHENG_WORKER_BUNDLE;
  else process.env.JUNHENG_WORKER_BUNDLE = setting;
  return (await import('../../../engine/node/worker-bundle.ts')).workerEntry();
}

afterEach(() => {
  delete process.env.JUNHENG_WORKER_BUNDLE;
});

describe('the pool worker bundle', () => {
  it('is plain JavaScript under node_modules/.cache: no project TypeScript left to load, exceljs only in the import chunks', async () => {
    const entry = await freshEntry(undefined);
    expect(entry).toMatch(/node_modules\/\.cache\/junheng-worker\/[0-9a-f]{16}\/worker\.mjs$/);
    const folder = dirname(fileURLToPath(entry));
    const files = readdirSync(folder);
    const texts = new Map(files.map((f) => [f, readFileSync(`${folder}/${f}`, 'utf8')]));
    for (const [file, text] of texts) expect(text, file).not.toMatch(/from\s+["'][^"']*\.ts["']|import\(["'][^"']*\.ts["']\)/);
    // What the worker loads before its first job: worker.mjs and the chunks it imports statically.
    const eager = new Set<string>();
    const visit = (file: string): void => {
      if (eager.has(file)) return;
      eager.add(file);
      for (const m of texts.get(file)!.matchAll(/^import\s[^;]*?["']\.\/([^"']+)["']/gm)) visit(m[1]!);
    };
    visit('worker.mjs');
    expect([...eager].some((f) => texts.get(f)!.includes('exceljs'))).toBe(false);
    expect(files.some((f) => !eager.has(f) && texts.get(f)!.includes('exceljs'))).toBe(true);
  });

  it('builds the same folder twice from the same sources', async () => {
    expect(await freshEntry(undefined)).toBe(await freshEntry(undefined));
  });

  it('runs a job in a thread of its own', async () => {
    const entry = await freshEntry(undefined);
    // piscina calls the module's default export with the task; here a thread does the same by hand.
    const source = `import { parentPort, workerData, MessageChannel } from 'node:worker_threads';
      const run = (await import(workerData.entry)).default;
      const { port2 } = new MessageChannel();
      parentPort.postMessage(await run({ kind: 'solve', input: workerData.input, port: port2 }).catch((e) => ({ error: String(e) })));`;
    const input = { county: { name: 'none', schools: [] }, scenario: { standard: 'no-such-standard' } };
    const reply = await new Promise((resolve, reject) => {
      const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { workerData: { entry, input } });
      worker.once('message', (m) => { resolve(m); void worker.terminate(); });
      worker.once('error', reject);
    });
    // The engine's own refusal, thrown from the bundled solveScenario: the thread loaded and ran the engine.
    expect(reply).toEqual({ error: expect.stringMatching(/no-such-standard/) });
  });

  it('falls back to the tsx bootstrap when asked to (JUNHENG_WORKER_BUNDLE=0)', async () => {
    expect(await freshEntry('0')).toMatch(/engine\/node\/worker-bootstrap\.mjs$/);
  });

  it('starts a bundle thread without tsx\'s loader, in every spelling, and keeps the other options', async () => {
    const given = ['--import', 'tsx', '--max-old-space-size=100', '--import=tsx/esm', '--loader', '/p/node_modules/tsx/dist/loader.mjs', '--import', './own-hooks.mjs', '--experimental-loader=tsx'];
    expect(await execArgvFor(await freshEntry(undefined), given)).toEqual(['--max-old-space-size=100', '--import', './own-hooks.mjs']);
  });

  it('keeps tsx for the TypeScript bootstrap (JUNHENG_WORKER_BUNDLE=0)', async () => {
    const given = ['--import', 'tsx', '--inspect'];
    expect(await execArgvFor(await freshEntry('0'), given)).toEqual(given);
  });
});
