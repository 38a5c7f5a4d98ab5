import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCounty } from '../../../engine/county/generate.ts';
import { isAbort, type Job } from '../../../engine/node/jobs.ts';
import { monteCarloOnRunner } from '../../../engine/node/monte-carlo.ts';
import { createWorkerPool } from '../../../engine/node/pool.ts';
import { sweepOnRunner } from '../../../engine/node/sweep.ts';
import { warmUp } from '../../../engine/node/warm-up.ts';
import { solveOnThread } from '../../../engine/node/queue-worker.ts';
import { engineVersion } from '../../../engine/node/version.ts';
import type { Plan } from '../../../engine/plan/types.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { monteCarlo } from '../../../engine/uncertainty/monte-carlo.ts';
import { county, school } from '../helpers.ts';

const pool = createWorkerPool(1);
afterAll(async () => {
  await pool.close();
});

const small = county([school('A', { students: 400 }), school('B', { students: 600, resources: { sportsArea: 1000, multimediaRooms: 2 } })]);
const { scenario } = parseScenarioText('name: small\nbudget: { perYear: 1000000 }\ninteger: false\n', 'small.yaml');
const unknownStandard = { ...scenario, standard: 'no-such-standard' };

/** A solve that takes seconds (the integer baseline on a generated 200-school county), so a cancel always comes first. */
function slowSolve() {
  const big = generateCounty({ schools: 200, seed: 5 });
  const { scenario: slow } = parseScenarioText(readFileSync('scenarios/baseline.yaml', 'utf8'), 'baseline.yaml');
  return { county: big, scenario: slow };
}

describe('the worker pool', () => {
  it('queues more jobs than it has threads, and reports the start, progress and result of each', async () => {
    const starts: number[] = [];
    const stages: string[][] = Array.from({ length: 6 }, () => []);
    const jobs = Array.from({ length: 6 }, (_, i) => pool.submit(i % 2 === 0 ? 'solve' : 'sweep-point', { county: small, scenario }, {
      onStart: () => starts.push(i), onProgress: (p) => stages[i]!.push(p.stage),
    }));
    const reports = await Promise.all(jobs.map((j) => j.result));
    expect(reports.map((r) => r.status)).toEqual(Array(6).fill('optimal'));
    expect(reports[0]!.values.length).toBeGreaterThan(0);
    expect(reports[0]!.shadowPrices.length).toBeGreaterThan(0);
    expect(reports[1]!.values).toEqual([]);
    expect(reports[1]!.shadowPrices).toEqual([]);
    expect(starts.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(stages[3]).toContain('build');
  });

  it('rejects a cancelled job with an abort, running or waiting, and frees the thread', async () => {
    const running: Job<'solve'> = pool.submit('solve', slowSolve(), { onStart: () => running.cancel() });
    const abort = new AbortController();
    let waitingStarted = false;
    const waiting = pool.submit('solve', { county: small, scenario }, { signal: abort.signal, onStart: () => { waitingStarted = true; } });
    abort.abort();
    const [first, second] = await Promise.allSettled([running.result, waiting.result]);
    expect(first.status === 'rejected' && isAbort(first.reason)).toBe(true);
    expect(second.status === 'rejected' && isAbort(second.reason)).toBe(true);
    expect(waitingStarted).toBe(false);
    // The only thread was ended with the cancelled solve; the next job gets a new one.
    expect((await pool.submit('solve', { county: small, scenario }).result).status).toBe('optimal');
  });

  it('rejects a throwing job with its message, and goes on with the next', async () => {
    const failing = pool.submit('solve', { county: small, scenario: unknownStandard });
    await expect(failing.result).rejects.toThrow('unknown standard "no-such-standard"');
    await expect(failing.result).rejects.not.toSatisfy(isAbort);
    expect((await pool.submit('sweep-point', { county: small, scenario }).result).status).toBe('optimal');
  });

  it('reports a failed sweep point for that point while the others are solved', async () => {
    const done: number[] = [];
    const outcomes = await sweepOnRunner(pool, small, [scenario, unknownStandard, scenario], (i) => done.push(i));
    expect(outcomes.map((o) => ('report' in o ? o.report.status : o.error))).toEqual(['optimal', expect.stringContaining('no-such-standard'), 'optimal']);
    expect(done.sort()).toEqual([0, 1, 2]);
  });
});

describe('a queue job on the pool (junheng worker)', () => {
  it('ends cancelled, without solving, when its cancel came before it reached the thread', async () => {
    const job = { name: 'solve', data: { engineVersion: engineVersion(), kind: 'solve' as const, input: slowSolve() }, updateProgress: async () => {} };
    const started = performance.now();
    await expect(solveOnThread(pool, job, AbortSignal.abort('cancelled'))).rejects.toThrow('cancelled');
    // The slow solve takes seconds; a cancel heard only after it would have let it run to its end.
    expect(performance.now() - started).toBeLessThan(1500);
    expect((await pool.submit('solve', { county: small, scenario }).result).status).toBe('optimal');
  }, 60_000);
});

describe('a warm pool (the server\'s)', () => {
  it('has a warm-up plan to solve (a county whose targets it can meet)', async () => {
    expect(await warmUp()).toBe(true);
  }, 60_000);

  it('solves jobs as a pool without warm-up does', async () => {
    const warm = createWorkerPool(1, { warm: true });
    try {
      const [a, b] = await Promise.all([warm.submit('solve', { county: small, scenario }).result, pool.submit('solve', { county: small, scenario }).result]);
      expect(a.status).toBe('optimal');
      expect(a.objective.value).toBeCloseTo(b.objective.value!, 9);
      expect(a.actions).toEqual(b.actions);
    } finally {
      await warm.close();
    }
  }, 60_000);
});

describe('Monte Carlo on the pool', () => {
  const NINE = county([
    school('A', { students: 400, location: 'rural' }), school('B', { students: 520, location: 'rural' }),
    school('C', { students: 610, location: 'town' }), school('N', { level: 'nine-year', students: 900, juniorStudents: 300, location: 'town' }),
  ]);
  const { scenario: uncertain } = parseScenarioText(
    'name: mc\nbudget: { perYear: 5000000 }\nuncertainty: { spread: { default: 0.06 }, correlation: 0.5 }\n', 'mc.yaml');
  const plan: Plan = {
    scenario: 'mc', years: uncertain.years, rotations: [],
    actions: [{ year: uncertain.years[0]!, schoolId: 'A', schoolName: 'A', kind: 'hire', category: 'general', amount: 2, unit: 'teachers', cost: 0, servesFrom: uncertain.years[0]! }],
  };
  const input = { county: NINE, scenario: uncertain, plan, standard: quality2017 };

  it('delivers every progress event of a job before its result', async () => {
    for (let k = 0; k < 5; k++) {
      let done = 0;
      const outcomes = await pool.submit('samples', { ...input, seed: 1, from: 0, to: 12 }, { onProgress: (p) => { done += p.done; } }).result;
      expect(outcomes.map((o) => o.index)).toEqual([...Array(12).keys()]);
      expect(done).toBe(12);
    }
  });

  it('in batches on two threads equals the whole run in this thread, and its progress adds up to the samples', async () => {
    const two = createWorkerPool(2);
    try {
      let done = 0;
      const result = await monteCarloOnRunner(two, input, { samples: 600, seed: 3, onProgress: (n) => { done += n; } });
      expect(result).toEqual(monteCarlo(NINE, uncertain, plan, quality2017, 600, 3));
      expect(done).toBe(600);
    } finally {
      await two.close();
    }
  }, 60_000);

  it('rejects with the failing batch\'s message, and with an abort when cancelled', async () => {
    const bad = { ...input, plan: { ...plan, actions: [{ ...plan.actions[0]!, schoolId: 'nowhere' }] } };
    await expect(monteCarloOnRunner(pool, bad, { samples: 20, seed: 1 })).rejects.toThrow(/nowhere/);
    const abort = new AbortController();
    const cancelled = monteCarloOnRunner(pool, input, { samples: 2000, seed: 1, signal: abort.signal, onProgress: () => abort.abort() });
    await expect(cancelled).rejects.toSatisfy(isAbort);
  });
});
