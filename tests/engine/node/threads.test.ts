import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { MAX_BATCH_SAMPLES, sampleBatches } from '../../../engine/node/monte-carlo.ts';
import { createWorkerPool } from '../../../engine/node/pool.ts';
import { poolThreads } from '../../../engine/node/threads.ts';

describe('JUNHENG_THREADS', () => {
  it('is one thread per CPU when unset or empty, else the whole number given', () => {
    expect(poolThreads(undefined)).toBe(availableParallelism());
    expect(poolThreads('')).toBe(availableParallelism());
    expect(poolThreads('3')).toBe(3);
    expect(poolThreads(' 12 ')).toBe(12);
  });

  it('names the setting when it is not a whole number of at least 1', () => {
    for (const bad of ['0', '-2', '1.5', 'many', '2x']) expect(() => poolThreads(bad)).toThrow(/JUNHENG_THREADS.*at least 1/);
  });
});

describe('Monte Carlo batches', () => {
  it('cover samples [0, n) once, in order, at least one per thread and none larger than the cap', () => {
    for (const [samples, threads] of [[1, 4], [7, 3], [30, 1], [1000, 2], [10_000, 16], [251, 1]] as const) {
      const batches = sampleBatches(samples, threads);
      expect(batches[0]![0]).toBe(0);
      expect(batches.at(-1)![1]).toBe(samples);
      batches.forEach(([from, to], i) => {
        expect(to).toBeGreaterThan(from);
        expect(to - from).toBeLessThanOrEqual(MAX_BATCH_SAMPLES);
        if (i > 0) expect(from).toBe(batches[i - 1]![1]);
      });
      expect(batches.length).toBeGreaterThanOrEqual(Math.min(samples, threads));
    }
    expect(sampleBatches(0, 4)).toEqual([]);
  });
});

describe('a pool with a niceness (the server\'s upload pool)', () => {
  /** Nice values of this process's threads, from /proc (Linux). */
  const threadNices = (): number[] => readdirSync(`/proc/${process.pid}/task`).map((tid) => {
    const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });

  it.runIf(process.platform === 'linux')('lowers its own threads only: the calling thread keeps its priority', async () => {
    const before = getPriority();
    const pool = createWorkerPool(1, { niceness: 10 });
    try {
      const result = await pool.submit('upload', { bytes: readFileSync('data/sample-county.csv'), fileName: 'c.csv', standard: 'quality-2017' }).result;
      expect(result.status).toBe('ok');
      expect(threadNices().filter((n) => n === Math.max(before, 10))).not.toHaveLength(0);
      expect(getPriority()).toBe(before);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
