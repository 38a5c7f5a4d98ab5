import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneStale, STALE_MS, writeOnce } from '../../../engine/node/bundle-cache.mjs';

describe('the bundles kept under node_modules/.cache', () => {
  it("removes other builds' folders once a day old, never the one in use nor the staging name", () => {
    const cache = mkdtempSync(join(tmpdir(), 'junheng-bundle-cache-'));
    const [old, recent, keep] = ['0000000000000000', '1111111111111111', '2222222222222222'].map((n) => join(cache, n));
    for (const dir of [old!, recent!, keep!, join(cache, 'staging')]) mkdirSync(dir);
    // A minute past the limit for two of them: `keep` as old as `old`, yet kept.
    const pastLimit = new Date(Date.now() - STALE_MS - 60_000);
    utimesSync(old!, pastLimit, pastLimit);
    utimesSync(keep!, pastLimit, pastLimit);
    pruneStale(cache, keep!);
    expect(readdirSync(cache).sort()).toEqual(['1111111111111111', '2222222222222222', 'staging']);
  });

  it('writes a file once, with its folders, and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'junheng-bundle-write-'));
    const path = join(dir, 'a', 'b', 'cli.mjs');
    writeOnce(path, 'first');
    writeOnce(path, 'second'); // already there: the same sources gave the same text
    expect(readFileSync(path, 'utf8')).toBe('first');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['cli.mjs']);
    expect(existsSync(join(dir, 'a'))).toBe(true);
  });
});
