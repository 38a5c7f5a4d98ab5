/** `junheng solve` and `junheng simulate`. */
import { writeFile } from 'node:fs/promises';
import type { County } from '../county/types.ts';
import { ModelInputError } from '../model/input-error.ts';
import { solveScenario } from '../optimize/solve-scenario.ts';
import { checkPlan } from '../plan/check/index.ts';
import { PlanError, simulatePlan } from '../plan/simulate.ts';
import { unknownSchoolIds } from '../scenario/enrollment.ts';
import type { Plan } from '../plan/types.ts';
import type { SolveReport } from '../optimize/solve-report.ts';
import type { Lang } from '../report/format.ts';
import { planReport } from '../report/plan-report.ts';
import { simulationReport } from '../report/simulation-report.ts';
import { DEFAULT_UNCERTAINTY_SEED, type Scenario } from '../scenario/resolve.ts';
import type { SolverName } from '../solve/index.ts';
import { getStandard } from '../standards/index.ts';
import { monteCarloOnRunner } from '../node/monte-carlo.ts';
import { createWorkerPool } from '../node/pool.ts';
import type { MonteCarloResult } from '../uncertainty/monte-carlo.ts';
import { monteCarloReport } from '../report/monte-carlo-report.ts';
import type { Output } from './evaluate.ts';
import { poolSize } from './pool-size.ts';
import { createProgress } from './progress.ts';
import { CliError, readCounty } from './read-county.ts';
import { readScenario } from './read-scenario.ts';
import { writeExports } from './write-exports.ts';
import { checkOutPath, readRegularFile } from './files.ts';

/** Exit code of a solve that found no plan because the scenario is infeasible. */
export const EXIT_INFEASIBLE = 3;

export interface SolveOptions {
  json?: boolean;
  out?: string;
  /** Excel workbook / CSV folder of the plan (engine/report/workbook). */
  xlsx?: string;
  csv?: string;
  solver: SolverName;
  lang: Lang;
  shadowPrices: boolean;
}

export async function solveCommand(dataPath: string, scenarioPath: string, options: SolveOptions, io: Output): Promise<number> {
  if (options.out) await checkOutPath(options.out);
  const { county } = await readCounty(dataPath);
  const { scenario } = await readScenario(scenarioPath);
  let report: SolveReport;
  try {
    report = await solveScenario(county, scenario, {
      solver: options.solver, shadowPrices: options.shadowPrices,
      onProgress: options.json ? undefined : (p) => io.err(`… ${p.stage}${p.detail ? ` ${p.detail}` : ''}`),
    });
  } catch (e) {
    if (e instanceof ModelInputError) throw new CliError(`${scenarioPath}: ${e.message}`);
    throw e;
  }
  if (options.out) await writeFile(options.out, `${JSON.stringify(report, null, 2)}\n`);
  await writeExports({ report, scenario, standard: getStandard(scenario.standard)!, lang: options.lang, schoolNames: new Map(county.schools.map((s) => [s.id, s.name])) }, options);
  if (options.json) io.out(JSON.stringify(report, null, 2));
  else io.out(planReport(report, getStandard(scenario.standard)!, options.lang));
  if (report.status === 'infeasible') {
    if (options.json) for (const m of report.infeasibility?.messages ?? []) io.err(`infeasible: ${options.lang === 'en' ? m.en : m.zh}`);
    return EXIT_INFEASIBLE;
  }
  return report.actions.length > 0 || report.status === 'optimal' || report.status === 'timeout' ? 0 : 1;
}

export interface SimulateOptions {
  json?: boolean;
  lang: Lang;
  /** Monte Carlo: number of sampled enrollment paths, seed (default the scenario's), worker threads. */
  samples?: string;
  seed?: string;
  workers?: string;
}

function wholeNumber(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || value < min || !Number.isSafeInteger(value)) throw new CliError(`${flag} must be a whole number of at least ${min}, got "${text}"`);
  return value;
}

async function monteCarloCommand(county: County, scenario: Scenario, plan: Plan, options: SimulateOptions, io: Output): Promise<number> {
  const samples = wholeNumber('--samples', options.samples!, 1);
  const seed = options.seed === undefined ? scenario.uncertainty?.seed ?? DEFAULT_UNCERTAINTY_SEED : wholeNumber('--seed', options.seed, 0);
  const workers = poolSize(options.workers === undefined ? undefined : wholeNumber('--workers', options.workers, 1));
  const standard = getStandard(scenario.standard)!;
  if (!scenario.uncertainty && !options.json) io.err('note: the scenario has no uncertainty block; every sample equals the projection');
  const bar = !options.json && process.stderr.isTTY ? createProgress({ total: samples, bar: true, label: 'simulate', err: io.err }) : null;
  let done = 0;
  let shown = 0;
  const pool = createWorkerPool(workers);
  let result: MonteCarloResult;
  try {
    result = await monteCarloOnRunner(pool, { county, scenario, plan, standard }, {
      samples, seed,
      onProgress: (n) => {
        done += n;
        if (bar) for (let i = 0; i < n; i++) bar.tick();
        else if (!options.json && done * 10 >= (shown + 1) * samples) {
          shown = Math.floor((done * 10) / samples);
          io.err(`${done}/${samples}`);
        }
      },
    });
  } finally {
    bar?.stop();
    await pool.close();
  }
  if (options.json) io.out(JSON.stringify(result, null, 2));
  else io.out(monteCarloReport(result, standard, options.lang));
  return 0;
}

export async function simulateCommand(dataPath: string, scenarioPath: string, planPath: string, options: SimulateOptions, io: Output): Promise<number> {
  const { county } = await readCounty(dataPath);
  const { scenario } = await readScenario(scenarioPath);
  let parsed: Partial<SolveReport & Plan>;
  try {
    parsed = JSON.parse((await readRegularFile(planPath, 'plan', 256 * 1024 * 1024)).toString('utf8'));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${planPath}: cannot read the plan (${(e as Error).message})`);
  }
  if (!Array.isArray(parsed.actions) || !Array.isArray(parsed.rotations)) {
    throw new CliError(`${planPath}: not a plan: expected "actions" and "rotations" arrays (the output of junheng solve --out)`);
  }
  const plan: Plan = { scenario: scenario.name, years: scenario.years, actions: parsed.actions, rotations: parsed.rotations };
  const unknown = unknownSchoolIds(county, scenario);
  if (unknown.length > 0) throw new CliError(`${scenarioPath}: ${unknown.join('; ')}`);
  if (options.samples !== undefined) return monteCarloCommand(county, scenario, plan, options, io);
  const standard = getStandard(scenario.standard)!;
  let sim;
  try {
    sim = simulatePlan(county, scenario, plan, standard);
  } catch (e) {
    if (e instanceof PlanError) throw new CliError(`${planPath}: ${e.message}`);
    throw e;
  }
  const violations = checkPlan(county, scenario, plan, standard);
  let maxDifference: number | null = null;
  if (Array.isArray(parsed.values)) {
    maxDifference = 0;
    for (const y of sim.years) {
      for (const v of y.values) {
        const lp = parsed.values.find((p) => p.year === y.year && p.schoolId === v.schoolId && p.level === v.level);
        if (!lp) continue;
        for (const [k, value] of Object.entries(v.values)) {
          const other = lp.values[k];
          if (other !== undefined) maxDifference = Math.max(maxDifference, Math.abs(value - other) / Math.max(1, Math.abs(other)));
        }
      }
    }
  }
  const result = {
    years: sim.years.map((y) => ({
      year: y.year, budget: y.budget, available: y.available, ...(y.committed > 0 ? { committed: y.committed } : {}), spend: y.spend, overBudget: y.overBudget,
      cv: { primary: y.evaluation.levels.primary.cv, junior: y.evaluation.levels.junior.cv },
      schoolsPassing: y.evaluation.county.schoolsPassing, schoolsTotal: y.evaluation.county.schoolsTotal, countyPasses: y.evaluation.county.passes,
    })),
    violations,
    maxRelativeDifferenceFromPlan: maxDifference,
  };
  if (options.json) io.out(JSON.stringify(result, null, 2));
  else io.out(simulationReport(result, standard, options.lang));
  return 0;
}
