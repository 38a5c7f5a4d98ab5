/**
 * `npm run bench`: model size, build and solve time and peak memory of the planning model on synthetic
 * counties of 50–2,000 schools. Each size and mode runs in its own child process so maxRSS is its own.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateCounty } from '../engine/county/generate.ts';
import { solveScenario } from '../engine/optimize/solve-scenario.ts';
import type { SolveReport } from '../engine/optimize/solve-report.ts';
import { textTable } from '../engine/report/text-table.ts';
import { parseScenarioText } from '../engine/scenario/parse.ts';
import type { Scenario } from '../engine/scenario/resolve.ts';
import { getStandard } from '../engine/standards/index.ts';
import { monteCarloOnRunner } from '../engine/node/monte-carlo.ts';
import { createWorkerPool } from '../engine/node/pool.ts';
import { poolThreads } from '../engine/node/threads.ts';
import { mark, measureSample, measureSweep, sampleVerdict, sweepVerdict, type SampleMeasurement, type SweepMeasurement } from './sample-sweep.ts';

type Mode = 'lp' | 'mip';
type Kind = 'floor' | 'shortfall' | 'mincost';

interface Job {
  size: number;
  mode: Mode;
  /** Objective kind (MIP rows; LP rows use the baseline's floor). */
  objective: Kind;
  timeLimitSeconds: number;
}

interface Measurement {
  size: number;
  mode: Mode;
  objective: Kind;
  students: number;
  rows: number;
  columns: number;
  integers: number;
  runs: number;
  buildSeconds: number; // medians over the runs
  solveSeconds: number;
  wallSeconds: number; // whole solveScenario call, decode and rotation pairing included
  status: string;
  method: string;
  mipGap: number | null; // relative, from the report's note
  peakRssMB: number; // process.resourceUsage().maxRSS after the first run: the peak of one solve in a fresh process
  peakRssMBAllRuns: number; // the same after every run (V8 collects the earlier runs' models late, so it only grows)
}

const SIZES = [50, 200, 500, 2000];
const SEED = 20260101;
/** Students in data/sample-county.csv, which scenarios/baseline.yaml's 10M yuan a year was sized for. */
const BASELINE_STUDENTS = 20026;
const MIP_TIME_LIMIT = 30; // s, cap on the scenario's own limit
const LARGE_MIP_TIME_LIMIT = 60; // s, the 2,000-school MIP: a feasible plan within this limit
const REPEAT_UNDER = 15; // s: repeat a run (median of 3) only when one run is quicker than this
const CHILD_TIMEOUT = 240; // s
const TOTAL_BUDGET = 900; // s: later jobs are skipped once the bench has run this long
const TARGETS = { seconds: { 200: 1, 2000: 10 } as Record<number, number>, peakRssMB: 500 };

/** Command-line filters: `--sizes 50,200 --modes mip --objectives floor --no-sample --no-sweep --no-monte-carlo`. */
function listFlag<T extends string>(name: string, all: readonly T[]): T[] {
  const at = process.argv.indexOf(name);
  if (at < 0) return [...all];
  const wanted = process.argv[at + 1]!.split(',').map((w) => w.trim());
  const bad = wanted.filter((w) => !all.includes(w as T));
  if (bad.length > 0) throw new Error(`${name}: unknown ${bad.join(', ')} (expected ${all.join(', ')})`);
  return wanted as T[];
}
const flag = (name: string): boolean => process.argv.includes(name);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

function scenarioFor(job: Job, students: number): Scenario {
  const { scenario } = parseScenarioText(readFileSync(new URL('../scenarios/baseline.yaml', import.meta.url), 'utf8'), 'baseline.yaml');
  const s = structuredClone(scenario);
  s.name = `bench ${job.size} ${job.mode} ${job.objective}`;
  s.objective.kind = job.objective;
  s.objective.tieBreak = job.objective === 'mincost' ? 'shortfall' : 'cost';
  s.budget.perYear = scenario.budget.perYear.map((b) => Math.round((b * students) / BASELINE_STUDENTS));
  if (job.mode === 'lp') {
    s.integer = false;
    s.objective.targets = null;
  } else {
    s.integer = true;
    // The job's limit as it is (30 s, the baseline's own; 60 s for 2,000 schools): a cap by the baseline's 30 s
    // would make the 2,000-school MIP's 60 s limit 30 s.
    s.solver.timeLimitSeconds = job.timeLimitSeconds;
  }
  return s;
}

async function measure(job: Job): Promise<Measurement> {
  const county = generateCounty({ schools: job.size, seed: SEED + job.size });
  const students = county.schools.reduce((sum, s) => sum + s.students, 0);
  const scenario = scenarioFor(job, students);
  const runs: { report: SolveReport; wall: number }[] = [];
  const peakMB = () => process.resourceUsage().maxRSS / 1024;
  let firstPeakMB = 0;
  while (runs.length < 3) {
    const started = performance.now();
    const report = await solveScenario(county, scenario, { shadowPrices: false });
    runs.push({ report, wall: (performance.now() - started) / 1000 });
    if (runs.length === 1) firstPeakMB = peakMB();
    if (runs[0]!.wall >= REPEAT_UNDER) break;
  }
  const last = runs[runs.length - 1]!.report;
  return {
    size: job.size, mode: job.mode, objective: job.objective, students,
    rows: last.model.rows, columns: last.model.columns, integers: last.model.integers, runs: runs.length,
    buildSeconds: median(runs.map((r) => r.report.model.buildSeconds)),
    solveSeconds: median(runs.map((r) => r.report.model.solveSeconds)),
    wallSeconds: median(runs.map((r) => r.wall)),
    status: last.status, method: last.method, mipGap: last.mipGap ?? null,
    peakRssMB: firstPeakMB, peakRssMBAllRuns: peakMB(),
  };
}

const run = promisify(execFile);

async function inChild(job: Job): Promise<Measurement | { error: string }> {
  const self = fileURLToPath(import.meta.url);
  try {
    const { stdout } = await run(process.execPath, [...process.execArgv, self, '--child', JSON.stringify(job)], {
      encoding: 'utf8', timeout: CHILD_TIMEOUT * 1000, maxBuffer: 1 << 20,
    });
    return JSON.parse(stdout.trim().split('\n').pop()!) as Measurement;
  } catch (e) {
    const err = e as { killed?: boolean; stderr?: string; message: string };
    const lines = (err.stderr ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('Node.js v'));
    return { error: err.killed ? `killed after ${CHILD_TIMEOUT} s` : (lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.pop() ?? err.message) };
  }
}

type Row = { job: Job; result: Measurement | { error: string } | { skipped: string } };

const fmt = (x: number, d = 2): string => x.toFixed(d);

/**
 * The table's time target for a row. LP: build+solve ≤ TARGETS.seconds (an earlier issue's), and for 2,000
 * schools issue 12's wall ≤ 5 s. Integer: issue 12's, 200 schools wall ≤ 5 s with a gap ≤ 1 % (each objective),
 * 2,000 schools a plan with a reported gap.
 */
const ISSUE_12 = { lpWallSeconds: { 2000: 5 } as Record<number, number>, mipWallSeconds: { 200: 5 } as Record<number, number>, mipGap: 0.01 };

function timeVerdict(m: Measurement): string {
  if (m.mode === 'lp') {
    const wall = ISSUE_12.lpWallSeconds[m.size];
    if (wall !== undefined) return `${mark(m.wallSeconds <= wall)} (wall ≤ ${wall} s)`;
    const target = TARGETS.seconds[m.size];
    return target === undefined ? '' : `${mark(m.buildSeconds + m.solveSeconds <= target)} (≤ ${target} s)`;
  }
  if (m.size === 2000) return `${mark(m.method !== 'none' && m.mipGap !== null)} (a plan, gap)`;
  const wall = ISSUE_12.mipWallSeconds[m.size];
  const gapOk = m.mipGap !== null && m.mipGap <= ISSUE_12.mipGap;
  return wall === undefined ? '' : `${mark(m.wallSeconds <= wall && gapOk)} (≤ ${wall} s, gap ≤ ${ISSUE_12.mipGap * 100} %)`;
}

function printTable(rows: Row[]): void {
  const header = ['schools', 'mode', 'rows', 'columns', 'ints', 'runs', 'build s', 'solve s', 'build+solve', 'time target', 'wall s', 'status / method', 'MIP gap', 'peak MB', 'memory'];
  const body = rows.map(({ job, result }) => {
    const head = [String(job.size), job.mode === 'lp' ? 'LP' : `MIP+targets ${job.objective} (${job.timeLimitSeconds} s)`];
    if (!('size' in result)) return [...head, ...Array<string>(9).fill('—'), 'error' in result ? 'error (see below)' : 'skipped (see below)', '—', '—', '—'];
    const m = result;
    return [
      ...head, String(m.rows), String(m.columns), String(m.integers), String(m.runs), fmt(m.buildSeconds), fmt(m.solveSeconds),
      fmt(m.buildSeconds + m.solveSeconds), timeVerdict(m), fmt(m.wallSeconds), `${m.status} / ${m.method}`,
      m.mipGap === null ? '—' : `${(m.mipGap * 100).toFixed(2)}%`, fmt(m.peakRssMB, 0),
      `${mark(m.peakRssMB <= TARGETS.peakRssMB)} (≤ ${TARGETS.peakRssMB})`,
    ];
  });
  const align = header.map((_, i) => (i === 1 || i === 9 || i === 11 || i === 14 ? 'left' as const : 'right' as const));
  console.log(textTable(header, body, align));
  for (const { job, result } of rows) {
    if ('error' in result) console.log(`${job.size} ${job.mode} ${job.objective}: error: ${result.error}`);
    if ('skipped' in result) console.log(`${job.size} ${job.mode} ${job.objective}: skipped: ${result.skipped}`);
  }
  console.log(`\nTimes are medians over the runs (3, or 1 when a run takes ≥ ${REPEAT_UNDER} s); build+solve from the report, wall = whole solveScenario call (decode and rotation pairing included); peak MB = the child process's peak resident memory after its first run (one solve in a fresh process; after all runs in the JSON's peakRssMBAllRuns). Counties: seed ${SEED} + size; budget per student as in scenarios/baseline.yaml (10M yuan a year for ${BASELINE_STUDENTS} students).`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const rows: Row[] = [];
  const lpWall = new Map<number, number>();
  const sizes = listFlag('--sizes', SIZES.map(String)).map(Number);
  const modes = listFlag<Mode>('--modes', ['lp', 'mip']);
  const kinds = listFlag<Kind>('--objectives', ['floor', 'shortfall', 'mincost']);
  const jobs: Job[] = [
    ...SIZES.map((size): Job => ({ size, mode: 'lp', objective: 'floor', timeLimitSeconds: MIP_TIME_LIMIT })),
    ...SIZES.map((size): Job => ({ size, mode: 'mip', objective: 'floor', timeLimitSeconds: size >= 2000 ? LARGE_MIP_TIME_LIMIT : MIP_TIME_LIMIT })),
    // Every objective at 200 schools (target ≤ 5 s, gap ≤ 1 %).
    ...(['shortfall', 'mincost'] as const).map((objective): Job => ({ size: 200, mode: 'mip', objective, timeLimitSeconds: MIP_TIME_LIMIT })),
  ].filter((j) => sizes.includes(j.size) && modes.includes(j.mode) && (j.mode === 'lp' || kinds.includes(j.objective)));
  for (const job of jobs) {
    const lp = lpWall.get(job.size);
    let result: Row['result'];
    if (elapsed() > TOTAL_BUDGET) result = { skipped: `bench already ran ${elapsed().toFixed(0)} s` };
    else if (job.mode === 'mip' && modes.includes('lp') && (lp === undefined || lp > job.timeLimitSeconds)) {
      result = { skipped: lp === undefined ? 'no LP result for this size' : `the LP alone takes ${lp.toFixed(0)} s, more than the ${job.timeLimitSeconds} s limit` };
    } else {
      process.stderr.write(`bench: ${job.size} schools, ${job.mode} …\n`);
      result = await inChild(job);
      if (job.mode === 'lp' && 'size' in result) lpWall.set(job.size, result.wallSeconds);
    }
    rows.push({ job, result });
  }
  printTable(rows);
  const sample = flag('--no-sample') ? null : await benchSample();
  const sweep20 = flag('--no-sweep') ? null : await benchSweep();
  for (const line of [sample && sampleVerdict(sample), sweep20 && sweepVerdict(sweep20)]) if (line) console.log(line);
  console.log(JSON.stringify({
    node: process.version, seed: SEED, targets: TARGETS, totalSeconds: Math.round(elapsed()),
    results: rows.map(({ job, result }) => ({ ...job, ...result })),
    sample, sweep20,
  }, null, 2));
  if (!flag('--no-monte-carlo')) await benchMonteCarlo();
}

/** One child process of this script with `args`; its last stdout line, or an error object as JSON. */
async function childOutput(args: string[]): Promise<string> {
  process.stderr.write(`bench: ${args.join(' ')} …\n`);
  try {
    const { stdout } = await run(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], {
      encoding: 'utf8', timeout: CHILD_TIMEOUT * 1000, maxBuffer: 1 << 20,
    });
    return stdout.trim().split('\n').pop()!;
  } catch (e) {
    return JSON.stringify({ error: (e as Error).message.split('\n')[0] });
  }
}

const MC = { size: 200, samples: 1000, targetSeconds: 5 };

/** `junheng simulate --samples 1000` on the 200-school county with its LP plan: median of 3 runs (worker start included). */
async function benchMonteCarlo(): Promise<void> {
  const county = generateCounty({ schools: MC.size, seed: SEED + MC.size });
  const students = county.schools.reduce((sum, s) => sum + s.students, 0);
  const scenario = scenarioFor({ size: MC.size, mode: 'lp', objective: 'floor', timeLimitSeconds: MIP_TIME_LIMIT }, students);
  scenario.uncertainty = { distribution: 'normal', spread: { default: 0.02, rural: 0.05, town: 0.04 }, schools: {}, correlation: 0.5, groupBy: 'location', seed: 1 };
  const report = await solveScenario(county, scenario, { shadowPrices: false });
  const plan = { scenario: scenario.name, years: scenario.years, actions: report.actions, rotations: report.rotations };
  const workers = poolThreads();
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const pool = createWorkerPool(workers);
    try {
      await monteCarloOnRunner(pool, { county, scenario, plan, standard: getStandard(scenario.standard)! }, { samples: MC.samples, seed: 1 });
    } finally {
      await pool.close();
    }
    times.push((performance.now() - started) / 1000);
  }
  const m = median(times);
  console.log(`\nMonte Carlo: ${MC.samples} samples, ${MC.size} schools, ${workers} workers: median ${fmt(m)} s of ${times.map((t) => fmt(t)).join(', ')} (${Math.round(MC.samples / m)} samples/s) — ${mark(m <= MC.targetSeconds)} (≤ ${MC.targetSeconds} s)`);
}

const childAt = process.argv.indexOf('--child');
const benchSample = async () => JSON.parse(await childOutput(['--sample'])) as SampleMeasurement | { error: string };
const benchSweep = async () => JSON.parse(await childOutput(['--sweep'])) as SweepMeasurement | { error: string };
if (process.argv.includes('--batch')) {
  await (await import('./batch.ts')).benchBatch();
} else if (process.argv.includes('--monte-carlo')) {
  await benchMonteCarlo();
} else if (process.argv.includes('--sample')) {
  console.log(JSON.stringify(await measureSample()));
} else if (process.argv.includes('--sweep')) {
  console.log(JSON.stringify(await measureSweep()));
} else if (childAt >= 0) {
  const job = JSON.parse(process.argv[childAt + 1]!) as Job;
  console.log(JSON.stringify(await measure(job)));
} else {
  await main();
}
