/** The pool bundle's stand-in for mathjs (engine/node/mathjs-lazy.ts): the same parse, loaded on its first call. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import lazy from '../../../engine/node/mathjs-lazy.ts';
import math from 'mathjs/lib/browser/math.js';

describe('mathjs loaded on first use (the pool bundle)', () => {
  it('parses as mathjs does', () => {
    for (const text of ['2 * x + 1', 'min(a, b) / 100', '-(x ^ 2)', '1e4 * 3']) {
      expect(lazy.parse(text).toString()).toBe(math.parse(text).toString());
      expect(lazy.parse(text).type).toBe(math.parse(text).type);
    }
  });

  it('throws mathjs\'s own syntax error', () => {
    expect(() => lazy.parse('2 * (x')).toThrow(/Parenthesis \) expected/);
  });

  it('loads mathjs at the first parse, not with the module', () => {
    // A process of its own: this one has mathjs loaded already (formula.ts, above).
    const script = `import { createRequire } from 'node:module';
      const cache = createRequire(import.meta.url).cache;
      const loaded = () => Object.keys(cache).some((k) => k.includes('mathjs'));
      const { default: lazy } = await import(${JSON.stringify(new URL('../../../engine/node/mathjs-lazy.ts', import.meta.url).href)});
      const before = loaded();
      lazy.parse('1 + 1');
      console.log(JSON.stringify({ before, after: loaded() }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ before: false, after: true });
  });
});
