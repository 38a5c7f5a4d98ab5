/**
 * The distributed queue with a real Redis: two `junheng worker` processes share a province batch of generated
 * counties, one is SIGKILLed in the middle of a job, and every job still ends exactly once, with the same
 * summary as the in-process run. A worker of another engine version refuses jobs.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCounty } from '../../engine/county/generate.ts';
import { createQueueRunner } from '../../engine/node/bullmq-runner.ts';
import type { FlowKind, FlowOptions, FlowSpec, JobRunner } from '../../engine/node/jobs.ts';
import { createWorkerPool } from '../../engine/node/pool.ts';
import { provinceOnRunner, type CountyInput } from '../../engine/node/province.ts';
import { QUEUE_NAME, QUEUE_PREFIX } from '../../engine/node/queue.ts';
import type { ProvinceSummary } from '../../engine/compare/province/summary.ts';
import { parseScenarioText } from '../../engine/scenario/parse.ts';
import { redisInstalled, startRedis, type TestRedis } from './redis.ts';
import { startWorker, type WorkerProcess } from './workers.ts';

const scenario = parseScenarioText(readFileSync(new URL('../../scenarios/baseline.yaml', import.meta.url), 'utf8'), 'baseline.yaml').scenario;
const counties: CountyInput[] = Array.from({ length: 6 }, (_, i) => ({
  county: `county-${i + 1}`, file: `county-${i + 1}.csv`, data: generateCounty({ schools: 10 + i, seed: 700 + i }),
}));
const options = { scaling: { by: 'students', referenceStudents: 8000 } as const, submit: { priority: 'batch' } as const };

/**
 * Wraps a runner so that every county's end, as the submitter hears of it, is written to a store whose key is
 * the county: a second write would throw.
 */
function recording(runner: JobRunner, store: Database.Database): JobRunner {
  const insert = store.prepare('INSERT INTO results (job, status) VALUES (?, ?)');
  return {
    threads: runner.threads,
    close: () => runner.close(),
    submit: (kind, input, opts) => runner.submit(kind, input, opts),
    submitFlow: <F extends FlowKind>(kind: F, spec: FlowSpec<F>, opts: FlowOptions<F> = {}) => runner.submitFlow!(kind, spec, {
      ...opts,
      onChildEnd: (index, outcome) => {
        insert.run(`${kind}:${index}`, 'result' in outcome ? 'done' : outcome.error);
        opts.onChildEnd?.(index, outcome);
      },
    }),
  };
}

/**
 * The summary without money, the rest to the fen. Every MIP stops within the scenario's gap, and the floor search's
 * checks, polish and tie-break have time caps (a new thread's first solve is slower, a warm one's quicker), so two
 * runs of the same county (in one process or two) may return different plans within the gap, as the house's rule
 * for alternative optima says: the least totals are compared within the gap (expectLeastWithinGap), each plan's
 * spend against its budget (expectPlansWithinBudget); status, passing schools and everything else must be identical.
 */
function comparable(summary: ProvinceSummary): unknown {
  return JSON.parse(JSON.stringify(summary, (key, value: unknown) => {
    if (key === 'leastByYear' || key === 'byYear' || key === 'total' || key === 'costPerPupil' || key === 'ranking') return undefined;
    if (key === 'spend' || key === 'spendByYear' || key === 'planSpend') return undefined;
    if (key === 'least' && typeof value === 'number') return undefined;
    return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value;
  }));
}

/** Each county's least total (yuan) of `a` is within the MIP gap of `b`'s. */
function expectLeastWithinGap(a: ProvinceSummary, b: ProvinceSummary): void {
  const totals = (s: ProvinceSummary) => new Map(s.counties.map((c) => [c.county, 'total' in c.least ? c.least.total : null]));
  const other = totals(b);
  for (const [county, total] of totals(a)) {
    const expected = other.get(county);
    if (total === null || expected === null || expected === undefined) expect(total).toBe(expected);
    else expect(Math.abs(total - expected), county).toBeLessThanOrEqual(scenario.solver.mipRelGap * Math.max(total, expected));
  }
}

/** Each county's plan spends at most its budget (yuan over the plan), in both summaries. */
function expectPlansWithinBudget(...summaries: ProvinceSummary[]): void {
  for (const s of summaries) {
    for (const c of s.counties) {
      if (!('spend' in c.plan) || c.plan.spend === null) continue;
      expect(c.plan.spend, c.county).toBeLessThanOrEqual(c.budget + 1e-6);
      expect(c.plan.spendByYear.reduce((a, b) => a + b, 0), c.county).toBeCloseTo(c.plan.spend, 0);
    }
  }
}

describe.skipIf(!redisInstalled())('BullMQ queue with real Redis', () => {
  let redis: TestRedis;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await redis?.stop();
  });

  it('two workers, one killed mid-job: every job ends once, results as in-process', async () => {
    const pool = createWorkerPool(2);
    const local = await provinceOnRunner(pool, counties, scenario, options).finally(() => pool.close());

    const store = new Database(':memory:');
    store.exec('CREATE TABLE results (job TEXT PRIMARY KEY, status TEXT NOT NULL)');
    const victim = startWorker(redis.url);
    const survivor = startWorker(redis.url);
    workers.push(victim, survivor);
    await Promise.all([victim.waitFor(/junheng worker: engine/), survivor.waitFor(/junheng worker: engine/)]);
    const runner = await createQueueRunner({ url: redis.url });
    try {
      const batch = provinceOnRunner(recording(runner, store), counties, scenario, options);
      await victim.waitFor(/\(county\): started/);
      victim.child.kill('SIGKILL');
      const remote = await batch;

      expect(comparable(remote)).toEqual(comparable(local));
      expectLeastWithinGap(remote, local);
      expectPlansWithinBudget(remote, local);
      expect(remote.totals.failed).toBe(0);
      // Each county ended once, done; the flow's parent (the province) and its children all completed.
      expect(store.prepare("SELECT COUNT(*) AS n FROM results WHERE status = 'done'").get()).toEqual({ n: counties.length });
      const queue = new Queue(QUEUE_NAME, { connection: { url: redis.url }, prefix: QUEUE_PREFIX });
      const counts = await queue.getJobCounts('completed', 'failed', 'active', 'wait', 'prioritized', 'waiting-children');
      await queue.close();
      expect(counts).toEqual({ completed: counties.length + 1, failed: 0, active: 0, wait: 0, prioritized: 0, 'waiting-children': 0 });
      // The killed worker started a county it never finished; the survivor finished it.
      const started = [...victim.log().matchAll(/job (\S+) \(county\): started/g)].map((m) => m[1]!);
      const finishedByVictim = new Set([...victim.log().matchAll(/job (\S+) \(county\): done/g)].map((m) => m[1]!));
      const lost = started.filter((id) => !finishedByVictim.has(id));
      expect(lost.length).toBe(1);
      expect(survivor.log()).toContain(`job ${lost[0]} (county): done`);
      expect(`${victim.log()}${survivor.log()}`).toMatch(/\(province\): done/);
    } finally {
      await runner.close();
      store.close();
    }
  }, 600_000);

  it('a worker of another engine version refuses the job, naming both versions', async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGKILL')));
    const other = startWorker(redis.url, { JUNHENG_ENGINE_VERSION: '0.0.0-other' });
    workers.push(other);
    await other.waitFor(/junheng worker: engine 0\.0\.0-other/);
    const runner = await createQueueRunner({ url: redis.url });
    try {
      const job = runner.submit('solve', { county: generateCounty({ schools: 10, seed: 1 }), scenario });
      await expect(job.result).rejects.toThrow(/engine version mismatch: .*submitted by engine \S+, this worker runs 0\.0\.0-other/);
      expect(other.log()).not.toMatch(/\): started/);
    } finally {
      await runner.close();
    }
  }, 120_000);
});
