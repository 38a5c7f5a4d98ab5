import { describe, expect, it } from 'vitest';
import { getHighsRuntime, highsSolver } from '../../../engine/solve/index.ts';
import { toHighsModelData } from '../../../engine/solve/highs.ts';
import { netlibModel } from './netlib-data.ts';

const MB = 1024 * 1024;

/**
 * Each HiGHS solve creates a native instance inside the WASM heap and must destroy it: WASM linear
 * memory never shrinks and is not garbage collected. The heap size (`memoryBytes`) is the exact
 * signal; rss is checked too, after a warm-up, because V8 tiers the WASM code up during the first
 * ~200 solves and rss grows by ~70 MB once while that happens.
 */
describe('HiGHS memory', () => {
  const afiro = netlibModel('afiro');

  it('does not grow over 500 solves of afiro', async () => {
    const h = await getHighsRuntime();
    for (let i = 0; i < 200; i++) await highsSolver.solve(afiro);
    const heapBefore = h.memoryBytes;
    const rssBefore = process.memoryUsage().rss;
    for (let i = 0; i < 500; i++) {
      const r = await highsSolver.solve(afiro);
      expect(r.status).toBe('optimal');
    }
    const heapGrowth = h.memoryBytes - heapBefore;
    const rssGrowth = process.memoryUsage().rss - rssBefore;
    expect(heapGrowth).toBeLessThan(8 * MB);
    expect(rssGrowth).toBeLessThan(50 * MB);
  });

  it('would show a leak: 100 undisposed instances grow the WASM heap (control)', async () => {
    const h = await getHighsRuntime();
    const data = toHighsModelData(h, afiro);
    const before = h.memoryBytes;
    const leaked = [];
    for (let i = 0; i < 100; i++) {
      const m = h.createModel(data);
      m.options.set({ output_flag: false });
      m.run();
      leaked.push(m);
    }
    const growth = h.memoryBytes - before;
    for (const m of leaked) m.dispose();
    expect(growth).toBeGreaterThan(4 * MB);
  });
});
