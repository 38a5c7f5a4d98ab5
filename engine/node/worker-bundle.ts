/**
 * The pool's worker entry as one JavaScript module, built with esbuild (tsx's own compiler) the first time a
 * process creates a pool, so a new thread loads plain JavaScript instead of some 200 TypeScript files through
 * tsx's loader hooks. Measured on 2 cores, two threads starting together: loading the worker took 2.2–2.5 s
 * each through tsx and 0.72–0.86 s from the bundle (building it: 0.2–0.3 s, once per process). The bench's
 * 20-point sweep on a new pool of 2 threads, 4 runs each, interleaved: 16.9–19.7 s → 15.4–18.4 s.
 *
 * Invariants:
 * - The bundle holds the project's own code only; packages stay imports, resolved from the project's
 *   node_modules, which is why the bundle is written under node_modules/.cache and not in a temp folder.
 * - Its folder is named by a hash of the bundle's text: a changed source gives a new folder, and processes
 *   building the same sources share one (a file is written to a temporary name, then renamed). Folders of
 *   other sources are removed once a day old (bundle-cache.mjs).
 * - Files end in .mjs: under node_modules, Node does not read the project's "type": "module".
 * - Dynamic imports stay separate chunks (esbuild `splitting`), so a job kind's own modules (exceljs for an
 *   import) still load only when such a job comes.
 * - Anything going wrong (no esbuild, a read-only tree) falls back to worker-bootstrap.mjs, which loads the
 *   TypeScript through tsx: slower to start, the same jobs.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pruneStale, writeOnce } from './bundle-cache.mjs';

const ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));
const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const FALLBACK = new URL('./worker-bootstrap.mjs', import.meta.url).href;
/** mathjs's single-file build (engine/standards/formula.ts), loaded on first use in the bundle (mathjs-lazy.ts). */
const MATHJS = 'mathjs/lib/browser/math.js';
const MATHJS_LAZY = fileURLToPath(new URL('./mathjs-lazy.ts', import.meta.url));

interface OutputFile { path: string; text: string }
interface Esbuild {
  buildSync(options: Record<string, unknown>): { outputFiles?: OutputFile[] };
}

let built: string | undefined;

/**
 * The Node options a pool thread starts with (undefined: the process's, as Node gives a thread by default): none
 * when the thread loads the bundle (plain JavaScript) and the process's options are only tsx's loader. Why: a
 * thread inherits `--import tsx` from `npm start` and `npm run bench`, and registering it loads tsx and esbuild and
 * hooks every import of the thread: 0.1–0.3 s of each new thread's 0.9–1.3 s start. Only then: options given to a
 * thread explicitly must all be valid for a thread (Node refuses V8 flags such as --max-old-space-size there), so
 * any other option keeps the inherited list, tsx included. The tsx bootstrap (the fallback) needs tsx anyway.
 */
export function workerExecArgv(entry: string, execArgv: readonly string[] = process.execArgv): string[] | undefined {
  if (entry === FALLBACK || execArgv.length === 0) return undefined;
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    const separate = /^--(import|loader|experimental-loader)$/.test(arg);
    const loader = separate ? execArgv[++i] : /^--(import|loader|experimental-loader)=(.*)$/.exec(arg)?.[2];
    if (loader === undefined || !isTsx(loader)) return undefined;
  }
  return [];
}

/** tsx's entry points as a loader option names them: `tsx`, `tsx/esm`, or a path into its package. */
const isTsx = (specifier: string): boolean => /^tsx(\/|$)/.test(specifier) || /[\\/]node_modules[\\/]tsx[\\/]/.test(specifier);

/** The worker entry for new pools (a file URL): the bundle, built once per process, or the tsx bootstrap. */
export function workerEntry(): string {
  if (built === undefined) built = bundleWorker() ?? FALLBACK;
  return built;
}

function bundleWorker(): string | undefined {
  if (process.env.JUNHENG_WORKER_BUNDLE === '0') return undefined;
  try {
    const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
    const staging = join(PROJECT, 'node_modules', '.cache', 'junheng-worker', 'staging');
    const { outputFiles = [] } = esbuild.buildSync({
      entryPoints: { worker: ENTRY }, bundle: true, splitting: true, format: 'esm', platform: 'node',
      target: 'node20', packages: 'external', alias: { [MATHJS]: MATHJS_LAZY }, outdir: staging, outExtension: { '.js': '.mjs' }, write: false, logLevel: 'silent',
    });
    const hash = createHash('sha256');
    for (const f of outputFiles) hash.update(relative(staging, f.path)).update(f.text);
    const folder = join(dirname(staging), hash.digest('hex').slice(0, 16));
    for (const f of outputFiles) writeOnce(join(folder, relative(staging, f.path)), f.text);
    pruneStale(dirname(staging), folder);
    return pathToFileURL(join(folder, 'worker.mjs')).href;
  } catch {
    return undefined;
  }
}
