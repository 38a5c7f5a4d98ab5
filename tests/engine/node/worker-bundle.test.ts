import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** worker-bundle.ts's workerExecArgv, from the module instance freshEntry last loaded. */
async function execArgvFor(entry: string, execArgv: string[]): Promise<string[] | undefined> {
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
    // Nor the libraries a solve never calls: mathjs (loaded on a formula's first parse), the scenario reader's
    // YAML and TypeBox (the warm-up's and the uploads' chunks).
    const packagesOf = (file: string) => [...texts.get(file)!.matchAll(/^import\s[^;]*?["']([^"'./][^"']*)["']/gm)].map((m) => m[1]!);
    const eagerPackages = new Set([...eager].flatMap(packagesOf));
    for (const name of ['mathjs/lib/browser/math.js', 'yaml', '@sinclair/typebox', '@sinclair/typebox/value']) expect(eagerPackages.has(name), name).toBe(false);
    expect(eagerPackages.has('highs')).toBe(true);
    expect(files.some((f) => !eager.has(f) && packagesOf(f).includes('yaml'))).toBe(true);
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

  it('starts a bundle thread without tsx\'s loader when that is all the process was given, in every spelling', async () => {
    const entry = await freshEntry(undefined);
    const tsxOnly = ['--import', 'tsx', '--import=tsx/esm', '--loader', '/p/node_modules/tsx/dist/loader.mjs', '--experimental-loader=tsx'];
    expect(await execArgvFor(entry, tsxOnly)).toEqual([]);
    // Any other option: the thread inherits the process's list as Node gives it (a V8 flag passed explicitly is refused).
    expect(await execArgvFor(entry, ['--import', 'tsx', '--max-old-space-size=100'])).toBeUndefined();
    expect(await execArgvFor(entry, ['--import', './own-hooks.mjs'])).toBeUndefined();
    expect(await execArgvFor(entry, [])).toBeUndefined();
  });

  it('keeps tsx for the TypeScript bootstrap (JUNHENG_WORKER_BUNDLE=0)', async () => {
    expect(await execArgvFor(await freshEntry('0'), ['--import', 'tsx'])).toBeUndefined();
  });

  it('runs a pool job in a process started with tsx and a V8 flag', async () => {
    const pool = fileURLToPath(new URL('../../../engine/node/pool.ts', import.meta.url));
    const folder = mkdtempSync(`${tmpdir()}/junheng-pool-`);
    writeFileSync(`${folder}/run.mts`, `import { createWorkerPool } from ${JSON.stringify(pool)};
      const pool = createWorkerPool(1);
      const input = { county: { name: 'none', schools: [] }, scenario: { standard: 'no-such-standard' } };
      const r = await pool.submit('solve', input as never).result.catch((e: unknown) => String(e));
      await pool.close();
      console.log(JSON.stringify(r));`);
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=512', `${folder}/run.mts`], { encoding: 'utf8' });
      // The engine's own refusal from the thread: it started and ran the job.
      expect(out).toMatch(/no-such-standard/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
