/**
 * Files of the esbuild bundles kept under node_modules/.cache (the pool worker's, engine/node/worker-bundle.ts,
 * and the CLI's, bin/cli-bundle.mjs). Plain JavaScript: bin/junheng.js loads it before any TypeScript loader.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A build folder of other sources is removed once it is this old (ms): a process still running from it keeps loading its chunks. */
export const STALE_MS = 24 * 3600 * 1000;

/** Writes `text` to `path` unless it is there already; through a temporary name, so no reader sees half a file. */
export function writeOnce(path, text) {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Removes the build folders in `cache` other than `keep` (and the staging name) once STALE_MS old. */
export function pruneStale(cache, keep) {
  for (const name of readdirSync(cache)) {
    const path = join(cache, name);
    if (path === keep || name === 'staging') continue;
    if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}
