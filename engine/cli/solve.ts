/** `junheng solve` and `junheng simulate`. */
import { readFile, writeFile } from 'node:fs/promises';
import { ModelInputError } from '../model/hiring.ts';
import { solveScenario } from '../optimize/solve-scenario.ts';
import { checkPlan, simulatePlan } from '../plan/simulate.ts';
import type { Plan, SolveReport } from '../plan/types.ts';
import type { Lang } from '../report/format.ts';
import { planReport } from '../report/plan-report.ts';
import { simulationReport } from '../report/simulation-report.ts';
import type { SolverName } from '../solve/index.ts';
import { getStandard } from '../standards/index.ts';
import type { Output } from './evaluate.ts';
import { CliError, readCounty } from './read-county.ts';
import { readScenario } from './read-scenario.ts';

/** Exit code of a solve that found no plan because the scenario is infeasible. */
export const EXIT_INFEASIBLE = 3;

export interface SolveOptions {
  json?: boolean;
  out?: string;
  solver: SolverName;
  lang: Lang;
  shadowPrices: boolean;
}

export async function solveCommand(dataPath: string, scenarioPath: string, options: SolveOptions, io: Output): Promise<number> {
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
  if (options.json) io.out(JSON.stringify(report, null, 2));
  else io.out(planReport(report, getStandard(scenario.standard)!, options.lang));
  if (report.status === 'infeasible') {
    if (options.json) for (const m of report.infeasibility?.messages ?? []) io.err(`infeasible: ${options.lang === 'en' ? m.en : m.zh}`);
    return EXIT_INFEASIBLE;
  }
  return report.actions.length > 0 || report.status === 'optimal' || report.status === 'timeout' ? 0 : 1;
}

export async function simulateCommand(dataPath: string, scenarioPath: string, planPath: string, options: { json?: boolean; lang: Lang }, io: Output): Promise<number> {
  const { county } = await readCounty(dataPath);
  const { scenario } = await readScenario(scenarioPath);
  let parsed: Partial<SolveReport & Plan>;
  try {
    parsed = JSON.parse(await readFile(planPath, 'utf8'));
  } catch (e) {
    throw new CliError(`${planPath}: cannot read the plan (${(e as Error).message})`);
  }
  if (!Array.isArray(parsed.actions) || !Array.isArray(parsed.rotations)) {
    throw new CliError(`${planPath}: not a plan: expected "actions" and "rotations" arrays (the output of junheng solve --out)`);
  }
  const plan: Plan = { scenario: scenario.name, years: scenario.years, actions: parsed.actions, rotations: parsed.rotations };
  const standard = getStandard(scenario.standard)!;
  const sim = simulatePlan(county, scenario, plan, standard);
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
      year: y.year, budget: y.budget, available: y.available, spend: y.spend, overBudget: y.overBudget,
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
