/**
 * Bench fields `sample` and `sweep20`: the sample-county baseline as `junheng solve` runs it (whole
 * solveScenario, median of 3) and its 20-point budget sweep on a pool of 2 worker threads (as `junheng sweep --workers 2`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCounty } from '../engine/cli/read-county.ts';
import type { County } from '../engine/county/types.ts';
import { solveScenario } from '../engine/optimize/solve-scenario.ts';
import { createWorkerPool } from '../engine/node/pool.ts';
import { sweepOnRunner } from '../engine/node/sweep.ts';
import { sweepBudgets } from '../engine/scenario/sweep-points.ts';
import type { SolveReport } from '../engine/optimize/solve-report.ts';
import { parseScenarioText } from '../engine/scenario/parse.ts';
import type { Scenario } from '../engine/scenario/resolve.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

const SAMPLE = { county: '../data/sample-county.csv', scenario: '../scenarios/baseline.yaml', targetSeconds: 1, targetGap: 0.01 };
const SWEEP = { points: 20, workers: 2, fromShare: 0.8, toShare: 1.5, targetSeconds: 10 };

export interface SampleMeasurement {
  wallSeconds: number; // median of 3 whole solveScenario calls (shadow prices included, as in `junheng solve`)
  runs: number[];
  status: string;
  method: string;
  mipGap: number | null;
  objective: number | null;
  peakRssMB: number;
}

export interface SweepMeasurement {
  wallSeconds: number;
  points: number;
  workers: number;
  budgets: [number, number]; // yuan over the plan
  objectives: (number | null)[];
  monotone: boolean;
  method: string;
}

async function loadSample(): Promise<{ county: County; scenario: Scenario }> {
  const { county } = await readCounty(fileURLToPath(new URL(SAMPLE.county, import.meta.url)));
  const { scenario } = parseScenarioText(readFileSync(new URL(SAMPLE.scenario, import.meta.url), 'utf8'), 'baseline.yaml');
  return { county, scenario };
}

/** `junheng solve data/sample-county.csv scenarios/baseline.yaml` without the CLI: whole solveScenario, median of 3. */
export async function measureSample(): Promise<SampleMeasurement> {
  const { county, scenario } = await loadSample();
  const runs: { report: SolveReport; wall: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const report = await solveScenario(county, scenario);
    runs.push({ report, wall: (performance.now() - started) / 1000 });
  }
  const last = runs[runs.length - 1]!.report;
  return {
    wallSeconds: median(runs.map((r) => r.wall)), runs: runs.map((r) => Number(r.wall.toFixed(3))),
    status: last.status, method: last.method, mipGap: last.mipGap ?? null, objective: last.objective.value,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

/** 20-point budget sweep of the sample baseline on a pool of 2 worker threads (as `junheng sweep --workers 2`), 0.8× to 1.5× its budget. */
export async function measureSweep(): Promise<SweepMeasurement> {
  const { county, scenario } = await loadSample();
  const total = scenario.budget.perYear.reduce((a, b) => a + b, 0);
  const budgets: [number, number] = [SWEEP.fromShare * total, SWEEP.toShare * total];
  const scenarios = sweepBudgets(scenario, budgets[0], budgets[1], SWEEP.points);
  const pool = createWorkerPool(SWEEP.workers);
  const started = performance.now();
  const outcomes = await sweepOnRunner(pool, county, scenarios).finally(() => pool.close());
  const wallSeconds = (performance.now() - started) / 1000;
  const objectives = outcomes.map((o) => ('report' in o ? o.report.objective.value : null));
  // Floor objective: more money never lowers it (null = no plan, which must not follow a plan).
  const monotone = objectives.every((v, i) => i === 0 || (v === null ? objectives[i - 1] === null : objectives[i - 1] === null || v >= objectives[i - 1]! - 1e-9));
  return { wallSeconds, points: SWEEP.points, workers: SWEEP.workers, budgets, objectives, monotone, method: 'engine/node sweepOnRunner, a pool of 2 worker threads' };
}

/** PASS or MISS against a target, in the bench's table and lines. */
export const mark = (ok: boolean): string => (ok ? 'PASS' : 'MISS');

/** The sample's line for people: median wall and gap against SAMPLE's targets (issue 12). */
export function sampleVerdict(m: SampleMeasurement | { error: string }): string {
  if ('error' in m) return `sample baseline: error: ${m.error}`;
  const ok = m.wallSeconds <= SAMPLE.targetSeconds && m.mipGap !== null && m.mipGap <= SAMPLE.targetGap;
  const gap = m.mipGap === null ? '—' : `${(m.mipGap * 100).toFixed(2)} %`;
  return `sample baseline: median ${m.wallSeconds.toFixed(2)} s of ${m.runs.join(', ')}, gap ${gap} — ${mark(ok)} (≤ ${SAMPLE.targetSeconds} s, gap ≤ ${SAMPLE.targetGap * 100} %)`;
}

/** The sweep's line for people: wall seconds and monotonicity against SWEEP's target (issue 12). */
export function sweepVerdict(m: SweepMeasurement | { error: string }): string {
  if ('error' in m) return `sweep: error: ${m.error}`;
  return `${m.points}-point sweep on ${m.workers} threads: ${m.wallSeconds.toFixed(2)} s, ${m.monotone ? 'monotone' : 'NOT monotone'} — ${mark(m.wallSeconds <= SWEEP.targetSeconds && m.monotone)} (≤ ${SWEEP.targetSeconds} s, monotone)`;
}
