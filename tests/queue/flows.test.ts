/**
 * Flows and cancellation on the BullMQ queue with a real Redis and `junheng worker` processes: interactive
 * runs are taken before waiting batch children; a sweep's parent is assembled from its children by a worker,
 * a failed point failing only itself; a Monte Carlo run gives the in-process result; a province batch with a malformed county file names its row and column
 * and completes the others; a cancelled solve (or flow) on a worker process is stopped there, the worker is
 * free again within seconds, and the job is not completed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateCounty } from '../../engine/county/generate.ts';
import { readCountyInput } from '../../engine/cli/batch-read.ts';
import { monteCarloOnRunner, sampleBatches } from '../../engine/node/monte-carlo.ts';
import type { Plan } from '../../engine/plan/types.ts';
import { quality2017 } from '../../engine/standards/quality-2017.ts';
import { monteCarlo } from '../../engine/uncertainty/monte-carlo.ts';
import { county, school } from '../engine/helpers.ts';
import { createQueueRunner, type QueueRunner } from '../../engine/node/bullmq-runner.ts';
import { createWorkerPool } from '../../engine/node/pool.ts';
import { provinceOnRunner, type CountyInput } from '../../engine/node/province.ts';
import { cancelKey, QUEUE_NAME, QUEUE_PREFIX } from '../../engine/node/queue.ts';
import { sweepFlow } from '../../engine/node/sweep.ts';
import type { Scenario } from '../../engine/scenario/resolve.ts';
import { sweepBudgets, sweepTotals } from '../../engine/scenario/sweep-points.ts';
import { parseScenarioText } from '../../engine/scenario/parse.ts';
import { redisInstalled, startRedis, type TestRedis } from './redis.ts';
import { startWorker, type WorkerProcess } from './workers.ts';

const baseline = parseScenarioText(readFileSync(new URL('../../scenarios/baseline.yaml', import.meta.url), 'utf8'), 'baseline.yaml').scenario;
const small = generateCounty({ schools: 10, seed: 11 });
/** A solve that runs far longer than the test waits: a large county, no gap allowed. */
const large = generateCounty({ schools: 300, seed: 12 });
const slow: Scenario = { ...structuredClone(baseline), solver: { timeLimitSeconds: 300, mipRelGap: 0 } };

/** Job counts once nothing is active (a worker's log line comes just before its job moves on); at most 30 s. */
async function settledCounts(queue: Queue): Promise<Record<string, number>> {
  for (let i = 0; ; i += 1) {
    const counts = await queue.getJobCounts('completed', 'active', 'wait', 'prioritized', 'waiting-children');
    if (counts.active === 0 || i >= 300) return counts;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!redisInstalled())('BullMQ flows and cancellation with real Redis', () => {
  let redis: TestRedis;
  let queue: Queue;
  const workers: WorkerProcess[] = [];
  const runners: QueueRunner[] = [];
  const runner = async (): Promise<QueueRunner> => {
    const r = await createQueueRunner({ url: redis.url });
    runners.push(r);
    return r;
  };
  const worker = async (): Promise<WorkerProcess> => {
    const w = startWorker(redis.url);
    workers.push(w);
    await w.waitFor(/junheng worker: engine/);
    return w;
  };

  beforeAll(async () => {
    redis = await startRedis();
    queue = new Queue(QUEUE_NAME, { connection: { url: redis.url }, prefix: QUEUE_PREFIX });
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.close()));
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGKILL')));
    await queue.obliterate({ force: true });
  });
  afterAll(async () => {
    await queue?.close();
    await redis?.stop();
  });

  it('a worker takes an interactive run before the batch children waiting ahead of it', async () => {
    const r = await runner();
    const counties: CountyInput[] = [1, 2, 3].map((i) => ({ county: `c${i}`, file: `c${i}.csv`, data: generateCounty({ schools: 10, seed: 40 + i }) }));
    const batch = provinceOnRunner(r, counties, baseline, { scaling: { by: 'none' }, submit: { priority: 'batch' } });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the batch's children are in the queue first
    const run = r.submit('solve', { county: small, scenario: baseline });
    const w = await worker();
    const [summary] = await Promise.all([batch, run.result]);
    expect(summary.totals.failed).toBe(0);
    const order = [...w.log().matchAll(/job \S+ \((\w[\w-]*)\): started/g)].map((m) => m[1]);
    expect(order).toEqual(['solve', 'county', 'county', 'county', 'province']);
  }, 300_000);

  it("a sweep's parent is assembled by a worker from its points; a failing point fails alone", async () => {
    await worker();
    const budgets = sweepTotals(20_000_000, 60_000_000, 3);
    const scenarios = sweepBudgets(baseline, 20_000_000, 60_000_000, 3);
    // The middle point names a school the county does not have: its job fails, the parent still runs.
    scenarios[1] = structuredClone(scenarios[1]!);
    scenarios[1].enrollment.schools['NO-SUCH-SCHOOL'] = 1.1;
    const ended: number[] = [];
    const remote = await sweepFlow(await runner(), small, budgets, scenarios, { onChildEnd: (i) => ended.push(i) }).result;
    const pool = createWorkerPool(2);
    const local = await sweepFlow(pool, small, budgets, scenarios).result.finally(() => pool.close());

    expect(ended.sort()).toEqual([0, 1, 2]);
    expect(remote.points.map((p) => p.error === undefined)).toEqual([true, false, true]);
    expect(remote.points[1]!.error).toMatch(/NO-SUCH-SCHOOL/);
    expect(remote.points.map((p) => [p.budget, p.status, p.error])).toEqual(local.points.map((p) => [p.budget, p.status, p.error]));
    expect(await queue.getJobCounts('completed', 'failed', 'waiting-children')).toEqual({ completed: 3, failed: 1, 'waiting-children': 0 });
  }, 300_000);

  it('a malformed county file fails that county with file, row and column; the others complete', async () => {
    await worker();
    const bad = await readCountyInput(fileURLToPath(new URL('../fixtures/bad/date-in-students.csv', import.meta.url)));
    const counties: CountyInput[] = [
      { county: 'good-1', file: 'good-1.csv', data: generateCounty({ schools: 10, seed: 51 }) },
      bad,
      { county: 'good-2', file: 'good-2.csv', data: generateCounty({ schools: 10, seed: 52 }) },
    ];
    const rows: string[] = [];
    const summary = await provinceOnRunner(await runner(), counties, baseline, { scaling: { by: 'none' }, onCounty: (row) => rows.push(row.county) });
    expect(rows.sort()).toEqual(['date-in-students', 'good-1', 'good-2']);
    const row = summary.counties.find((c) => c.county === 'date-in-students')!;
    expect(row).toMatchObject({ status: 'failed', file: 'date-in-students.csv' });
    expect(row.error!.issues.length).toBeGreaterThan(0);
    for (const issue of row.error!.issues) expect(issue).toMatchObject({ file: 'date-in-students.csv', row: expect.any(Number), column: expect.any(String) });
    expect(summary.counties.filter((c) => c.status === 'done').map((c) => c.county)).toEqual(['good-1', 'good-2']);
  }, 300_000);

  it('a Monte Carlo run as a flow equals the whole run in this thread; a failing batch fails it with its message', async () => {
    await worker();
    const r = await runner();
    const nine = county([
      school('A', { students: 400, location: 'rural' }), school('B', { students: 520, location: 'rural' }),
      school('C', { students: 610, location: 'town' }), school('N', { level: 'nine-year', students: 900, juniorStudents: 300, location: 'town' }),
    ]);
    const { scenario: uncertain } = parseScenarioText('name: mc\nbudget: { perYear: 5000000 }\nuncertainty: { spread: { default: 0.06 }, correlation: 0.5 }\n', 'mc.yaml');
    const plan: Plan = {
      scenario: 'mc', years: uncertain.years, rotations: [],
      actions: [{ year: uncertain.years[0]!, schoolId: 'A', schoolName: 'A', kind: 'hire', category: 'general', amount: 2, unit: 'teachers', cost: 0, servesFrom: uncertain.years[0]! }],
    };
    const input = { county: nine, scenario: uncertain, plan, standard: quality2017 };
    let done = 0;
    const result = await monteCarloOnRunner(r, input, { samples: 300, seed: 3, onProgress: (n) => { done += n; } });
    expect(result).toEqual(monteCarlo(nine, uncertain, plan, quality2017, 300, 3));
    expect(done).toBe(300);
    expect(await queue.getJobCounts('completed')).toEqual({ completed: sampleBatches(300, r.threads).length + 1 });
    const bad = { ...input, plan: { ...plan, actions: [{ ...plan.actions[0]!, schoolId: 'nowhere' }] } };
    await expect(monteCarloOnRunner(r, bad, { samples: 20, seed: 1 })).rejects.toThrow(/nowhere/);
  }, 300_000);

  it('cancelling a solve stops it on the worker process, which is free again within seconds; the job is not completed', async () => {
    const w = await worker();
    const r = await runner();
    const job = r.submit('solve', { county: large, scenario: slow });
    await w.waitFor(/\(solve\): started/);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // well inside the solve
    const t0 = Date.now();
    job.cancel();
    await expect(job.result).rejects.toMatchObject({ name: 'AbortError' });
    await w.waitFor(/\(solve\): cancelled/);
    const stopped = (Date.now() - t0) / 1000;
    // The worker (one job at a time) takes and finishes the next job.
    const next = r.submit('solve', { county: small, scenario: baseline });
    await w.waitFor(/\(solve\): started[\s\S]*\(solve\): started/);
    const free = (Date.now() - t0) / 1000;
    const report = await w.within(next.result, 'the solve after the cancelled one');
    const finished = (Date.now() - t0) / 1000;
    console.info(`cancel: solve stopped on the worker ${stopped.toFixed(2)} s after cancel(); next job taken at ${free.toFixed(2)} s, done at ${finished.toFixed(2)} s`);
    expect(['optimal', 'infeasible']).toContain(report.status);
    expect(await settledCounts(queue)).toMatchObject({ completed: 1, active: 0 });
    expect(await queue.getJobCounts('failed')).toEqual({ failed: 1 });
    const [failed] = await queue.getJobs(['failed']);
    expect(failed?.failedReason).toBe('cancelled');
  }, 300_000);

  it('a running job whose cancel event was missed stops on its cancel mark alone', async () => {
    const w = await worker();
    const r = await runner();
    const job = r.submit('solve', { county: large, scenario: slow });
    void job.result.catch(() => {});
    await w.waitFor(/\(solve\): started/);
    const id = /job (\S+) \(solve\): started/.exec(w.log())![1]!;
    // What the cancelling runner writes first, without the event that follows it (bullmq-runner.ts cancelJobs).
    await (await queue.getBackend().client).set(cancelKey(id), 'cancelled');
    await w.waitFor(/\(solve\): cancelled/, 20_000);
    expect(await settledCounts(queue)).toMatchObject({ active: 0 });
    const [failed] = await queue.getJobs(['failed']);
    expect(failed?.failedReason).toBe('cancelled');
  }, 300_000);

  it('cancelling a sweep removes its waiting points and stops the running one', async () => {
    const w = await worker();
    const r = await runner();
    const flow = sweepFlow(r, large, sweepTotals(20_000_000, 60_000_000, 4), sweepBudgets(slow, 20_000_000, 60_000_000, 4));
    await w.waitFor(/\(sweep-point\): started/);
    flow.cancel();
    await expect(flow.result).rejects.toMatchObject({ name: 'AbortError' });
    await w.waitFor(/\(sweep-point\): cancelled/);
    await expect(w.within(r.submit('solve', { county: small, scenario: baseline }).result, 'the solve after the cancelled sweep')).resolves.toHaveProperty('status');
    expect(w.log().match(/\(sweep-point\): started/g)).toHaveLength(1);
    // The parent, once its last child has ended, is taken and refused as cancelled.
    await w.waitFor(/\(sweep\): cancelled/);
    expect(await settledCounts(queue)).toEqual({ completed: 1, active: 0, wait: 0, prioritized: 0, 'waiting-children': 0 });
  }, 300_000);
});
