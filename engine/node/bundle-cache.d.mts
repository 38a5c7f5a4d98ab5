/** Types of engine/node/bundle-cache.mjs (plain JavaScript, loaded by bin/junheng.js before any TypeScript loader). */
export const STALE_MS: number;
export function writeOnce(path: string, text: string): void;
export function pruneStale(cache: string, keep: string): void;
