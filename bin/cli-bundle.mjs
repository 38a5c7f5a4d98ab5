/**
 * The CLI as one JavaScript module, built with esbuild (tsx's own compiler) when the sources change and kept
 * in node_modules/.cache/junheng-cli, so `junheng` loads plain JavaScript instead of some 200 TypeScript files
 * through tsx's loader hooks. Measured on 2 cores (runs interleaved, see docs/planning-model.md): `junheng --help`
 * 1.08–1.17 s through tsx, about half a second from the bundle.
 *
 * Invariants:
 * - The folder is named by a hash of every source file the CLI may load (engine/, web/server/, package.json,
 *   esbuild's version): an edit anywhere there gives a new folder; hashing them takes a few milliseconds, a
 *   build 0.4–0.5 s, once per change. Files are written to a temporary name and renamed, so processes
 *   starting together share one build and none reads half a file.
 * - Packages stay imports, resolved from the project's node_modules (hence the folder under node_modules).
 * - Each source's `import.meta.url` is replaced by that source's own file URL, so paths relative to a source
 *   (package.json, the worker entry, the app's dist folder) mean what they mean without the bundle.
 * - Files end in .mjs: under node_modules, Node does not read the project's "type": "module".
 * - Dynamic imports stay separate chunks (esbuild `splitting`): exceljs loads only for commands that need it.
 * - Folders of other sources left by earlier builds are removed once a day old (engine/node/bundle-cache.mjs).
 * - Anything going wrong (no esbuild, a read-only tree) returns undefined: bin/junheng.js then loads the
 *   TypeScript through tsx, slower to start, the same CLI. JUNHENG_CLI_BUNDLE=0 asks for that path.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pruneStale, writeOnce } from '../engine/node/bundle-cache.mjs';

const PROJECT = fileURLToPath(new URL('../', import.meta.url));
const SOURCES = ['engine', join('web', 'server')];
const CACHE = join(PROJECT, 'node_modules', '.cache', 'junheng-cli');
/** What the bundle runs: the CLI with the server's `junheng user` command, as bin/junheng.js does through tsx. */
const ENTRY = `import { main } from './engine/cli/main.ts';
import { registerUserCommand } from './web/server/user-command.ts';
process.exitCode = await main(process.argv, undefined, [registerUserCommand]);
`;

/** The bundle's entry (a file URL), built first if the sources changed; undefined when it cannot be had. */
export async function cliBundle() {
  if (process.env.JUNHENG_CLI_BUNDLE === '0') return undefined;
  try {
    const esbuild = createRequire(import.meta.url)('esbuild');
    const folder = join(CACHE, sourceHash(esbuild.version));
    const entry = join(folder, 'cli.mjs');
    if (!existsSync(entry)) {
      await build(esbuild, folder);
      pruneStale(CACHE, folder);
    }
    return pathToFileURL(entry).href;
  } catch {
    return undefined;
  }
}

/** sha256 over every file under SOURCES (path and text), package.json and esbuild's version; 16 hex digits. */
function sourceHash(esbuildVersion) {
  const hash = createHash('sha256').update(esbuildVersion).update(readFileSync(join(PROJECT, 'package.json')));
  const files = SOURCES.flatMap((dir) => readdirSync(join(PROJECT, dir), { recursive: true }).map((f) => join(dir, String(f)))).sort();
  for (const file of files) {
    const path = join(PROJECT, file);
    if (statSync(path).isFile()) hash.update(file).update('\0').update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 16);
}

async function build(esbuild, folder) {
  const staging = join(CACHE, 'staging');
  const { outputFiles = [] } = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: PROJECT, sourcefile: 'cli.ts', loader: 'ts' },
    bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external',
    outdir: staging, entryNames: 'cli', outExtension: { '.js': '.mjs' }, write: false, logLevel: 'silent',
    plugins: [ownImportMetaUrl],
  });
  // The entry last: its presence is what says the folder is complete.
  const ordered = [...outputFiles].sort((a, b) => Number(a.path.endsWith('cli.mjs')) - Number(b.path.endsWith('cli.mjs')));
  for (const f of ordered) writeOnce(join(folder, relative(staging, f.path)), f.text);
}

/**
 * esbuild plugin: in the project's own TypeScript, `import.meta.url` becomes the source file's URL. Packages are
 * external (`packages: 'external'`), so only the project's files reach it.
 */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};
