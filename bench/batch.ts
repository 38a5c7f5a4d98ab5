/**
 * `npm run bench -- --batch`: a 24-county generated province (50–300 schools each) as a province batch, in
 * process and on the BullMQ queue with 1, 2 and 4 `junheng worker` processes (one job at a time each) against
 * a throwaway redis-server. Reports wall time, jobs/s and the queue's overhead per job against the in-process
 * run with as many threads. Bounded for a 2-core machine: the LP relaxation (integer: false) with 10 s per
 * solver stage; BENCH_BATCH_COUNTIES and BENCH_BATCH_WORKERS (e.g. "1,2") shrink it further.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { generateCounty } from '../engine/county/generate.ts';
import { createQueueRunner } from '../engine/node/bullmq-runner.ts';
import type { FlowKind, FlowOptions, FlowSpec, JobRunner } from '../engine/node/jobs.ts';
import { createWorkerPool } from '../engine/node/pool.ts';
import { provinceOnRunner, type CountyInput } from '../engine/node/province.ts';
import { textTable } from '../engine/report/text-table.ts';
import { parseScenarioText } from '../engine/scenario/parse.ts';
import { getStandard } from '../engine/standards/index.ts';

const COUNTIES = Number(process.env.BENCH_BATCH_COUNTIES ?? 24);
const WORKERS = (process.env.BENCH_BATCH_WORKERS ?? '1,2,4').split(',').map(Number);
const BIN = fileURLToPath(new URL('../bin/junheng.js', import.meta.url));

function province(): CountyInput[] {
  return Array.from({ length: COUNTIES }, (_, i) => {
    const schools = Math.round(50 + (250 * i) / Math.max(1, COUNTIES - 1));
    return { county: `county-${String(i + 1).padStart(2, '0')}`, file: `county-${i + 1}.csv`, data: generateCounty({ schools, seed: 1000 + i }) };
  });
}

function scenario(): ReturnType<typeof parseScenarioText>['scenario'] {
  const s = parseScenarioText(readFileSync(new URL('../scenarios/baseline.yaml', import.meta.url), 'utf8'), 'baseline.yaml').scenario;
  return { ...s, integer: false, solver: { ...s.solver, timeLimitSeconds: Number(process.env.BENCH_BATCH_STAGE_SECONDS ?? 1) } };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const a = server.address();
      server.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

function startProcess(command: string, args: string[], ready: RegExp): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  return new Promise((resolve, reject) => {
    const look = (chunk: Buffer): void => {
      text += chunk.toString();
      if (ready.test(text)) resolve(child);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}): ${text}`)));
  });
}

const stop = (child: ChildProcess): Promise<void> => new Promise((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) return resolve();
  child.removeAllListeners('exit');
  child.once('exit', () => resolve());
  child.kill('SIGTERM');
});

/** Jobs timed one after another for the round trip. */
const ROUND_TRIPS = 30;

/**
 * Milliseconds per job of a job that does no work (0 Monte Carlo samples) but carries a 300-school county, one
 * after another: the fixed cost of handing a job to a thread, or to Redis, a worker process and back.
 */
async function roundTrip(runner: JobRunner): Promise<number> {
  const county = generateCounty({ schools: 300, seed: 1 });
  const input = { county, scenario: scenario(), plan: { scenario: 'none', years: [], actions: [], rotations: [] }, standard: getStandard('quality-2017')!, seed: 1, from: 0, to: 0 };
  await runner.submit('samples', input).result; // warm up: thread or connection started
  const started = performance.now();
  for (let i = 0; i < ROUND_TRIPS; i++) await runner.submit('samples', input).result;
  return (performance.now() - started) / ROUND_TRIPS;
}

interface Row { setup: string; jobs: number; wall: number; parallel: number }

async function timeBatch(runner: JobRunner, setup: string, parallel: number): Promise<Row> {
  const counties = province();
  let jobs = 0;
  // Jobs: one per county (both its solves), and on the queue the flow's parent that assembles the summary.
  const counting: JobRunner = {
    threads: runner.threads, close: () => runner.close(), submit: (k, i, o) => { jobs += 1; return runner.submit(k, i, o); },
    ...(runner.submitFlow ? { submitFlow: <F extends FlowKind>(kind: F, spec: FlowSpec<F>, o?: FlowOptions<F>) => { jobs += spec.children.length + 1; return runner.submitFlow!(kind, spec, o); } } : {}),
  };
  const started = performance.now();
  const summary = await provinceOnRunner(counting, counties, scenario(), { scaling: { by: 'students', referenceStudents: 20_000 }, submit: { priority: 'batch' } });
  const wall = (performance.now() - started) / 1000;
  if (summary.totals.failed > 0) throw new Error(`${setup}: ${summary.totals.failed} counties failed`);
  console.log(`${setup}: ${jobs} jobs in ${wall.toFixed(1)} s`);
  return { setup, jobs, wall, parallel };
}

export async function benchBatch(): Promise<void> {
  console.log(`Province batch: ${COUNTIES} generated counties, 50–300 schools, LP relaxation, ${process.env.BENCH_BATCH_STAGE_SECONDS ?? 1} s per solver stage; a flow of one job per county (its 2 solves)\n`);
  const rows: Row[] = [];
  const local = new Map<number, number>();
  for (const threads of [...new Set(WORKERS.map((w) => Math.min(w, 2)))]) {
    const pool = createWorkerPool(threads);
    const row = await timeBatch(pool, `in-process, ${threads} thread(s)`, threads).finally(() => pool.close());
    rows.push(row);
    local.set(threads, row.wall);
  }
  const pool = createWorkerPool(1);
  const localTrip = await roundTrip(pool).finally(() => pool.close());
  const port = await freePort();
  const redis = await startProcess('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], /Ready to accept connections/);
  const url = `redis://127.0.0.1:${port}`;
  let queueTrip = NaN;
  try {
    {
      const worker = await startProcess(process.execPath, [BIN, 'worker', '--redis', url, '--concurrency', '1', '--quiet'], /junheng worker: engine/);
      const runner = await createQueueRunner({ url, lanes: 1 });
      queueTrip = await roundTrip(runner).finally(async () => { await runner.close(); await stop(worker); });
    }
    for (const n of WORKERS) {
      const workers = await Promise.all(Array.from({ length: n }, () => startProcess(process.execPath, [BIN, 'worker', '--redis', url, '--concurrency', '1', '--quiet'], /junheng worker: engine/)));
      const runner = await createQueueRunner({ url, lanes: n });
      try {
        rows.push(await timeBatch(runner, `queue, ${n} worker process(es)`, n));
      } finally {
        await runner.close();
        await Promise.all(workers.map(stop));
      }
    }
  } finally {
    await stop(redis);
  }
  console.log(`\n${textTable(['Setup', 'Jobs', 'Wall (s)', 'Jobs/s', 'Overhead/job vs in-process (ms)'], rows.map((r) => {
    const base = r.setup.startsWith('queue') ? local.get(Math.min(r.parallel, 2)) : undefined;
    const overhead = base === undefined ? '—' : (((r.wall - base) * 1000 * Math.min(r.parallel, 2)) / r.jobs).toFixed(0);
    return [r.setup, String(r.jobs), r.wall.toFixed(1), (r.jobs / r.wall).toFixed(2), overhead];
  }))}`);
  console.log(`\nRound trip of an empty job carrying a 300-school county, ${ROUND_TRIPS} in a row: in-process ${localTrip.toFixed(1)} ms, queue ${queueTrip.toFixed(1)} ms — queue overhead ${(queueTrip - localTrip).toFixed(1)} ms per job.`);
  console.log('\nOverhead/job: (queue wall − in-process wall with as many threads, at most the 2 cores) × parallel jobs ÷ jobs: the extra time a job costs on the queue.');
}
