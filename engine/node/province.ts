/**
 * A province batch on a job runner: per county, its plan and least-budget solves (and sweep points) are
 * `solve`/`sweep-point` jobs, all submitted at once; the runner's queue (thread pool or BullMQ) feeds its
 * workers. A county that could not be read, or whose solves throw, fails alone; the others complete.
 */
import { countyScenario, countyStudents, type BudgetScaling } from '../compare/province/budget.ts';
import { countySweep, leastBudgetScenario, type SweepSpec } from '../compare/province/jobs.ts';
import { countyRow, failedCountyRow, summarizeProvince, type CountyRow, type ProvinceSummary, type SolveOutcome } from '../compare/province/summary.ts';
import { summarizeSweep } from '../compare/sweep-summary.ts';
import type { ImportIssue } from '../county/issues.ts';
import type { County } from '../county/types.ts';
import { evaluateCounty } from '../indicators/evaluate.ts';
import { standardFor } from '../optimize/solve-scenario.ts';
import type { Scenario } from '../scenario/resolve.ts';
import { unknownSchoolIds } from '../scenario/enrollment.ts';
import type { JobRunner, SubmitOptions } from './jobs.ts';
import { sweepOnRunner } from './sweep.ts';

/** One county file of the batch: read, or the reason it could not be (with file/row/column issues). */
export type CountyInput =
  | { county: string; file: string; data: County }
  | { county: string; file: string; error: string; issues: ImportIssue[] };

export interface ProvinceOptions {
  scaling: BudgetScaling;
  sweep?: SweepSpec;
  /** Called as each county ends (done or failed), in the order they end. */
  onCounty?: (row: CountyRow, finished: number, total: number) => void;
  /** Passed to every job: batch work runs behind interactive runs on a queue with priorities. */
  submit?: Pick<SubmitOptions<'solve'>, 'priority'>;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 500);

async function solveOn(runner: JobRunner, county: County, scenario: Scenario, submit: ProvinceOptions['submit']): Promise<SolveOutcome> {
  try {
    return { report: await runner.submit('solve', { county, scenario, shadowPrices: false }, { ...submit }).result };
  } catch (e) {
    return { error: message(e) };
  }
}

async function runCounty(runner: JobRunner, input: CountyInput, scenario: Scenario, options: ProvinceOptions): Promise<CountyRow> {
  if ('error' in input) return failedCountyRow(input.county, input.file, input.error, input.issues);
  const county = input.data;
  const unknown = unknownSchoolIds(county, scenario);
  if (unknown.length > 0) return failedCountyRow(input.county, input.file, `the scenario does not fit ${input.file}: ${unknown.join('; ')}`);
  const scaled = countyScenario(scenario, county, input.file, options.scaling);
  if (scaled instanceof Error) return failedCountyRow(input.county, input.file, scaled.message);
  let evaluation;
  try {
    evaluation = evaluateCounty(county, standardFor(scenario));
  } catch (e) {
    return failedCountyRow(input.county, input.file, `${input.file}: ${message(e)}`);
  }
  const points = options.sweep ? countySweep(scaled.scenario, options.sweep, scaled.factor) : undefined;
  const [plan, least, sweep] = await Promise.all([
    solveOn(runner, county, scaled.scenario, options.submit),
    solveOn(runner, county, leastBudgetScenario(scaled.scenario), options.submit),
    points ? sweepOnRunner(runner, county, points.scenarios, undefined, options.submit) : undefined,
  ]);
  return countyRow({
    county: input.county, file: input.file, schools: county.schools.length, students: countyStudents(county),
    budget: scaled.scenario.budget.perYear.reduce((s, v) => s + v, 0), evaluation, plan, least, planHasTargets: scaled.scenario.objective.targets !== null,
    ...(points && sweep ? { sweep: summarizeSweep(points.budgets, points.scenarios, sweep) } : {}),
  });
}

export async function provinceOnRunner(runner: JobRunner, inputs: readonly CountyInput[], scenario: Scenario, options: ProvinceOptions): Promise<ProvinceSummary> {
  let finished = 0;
  const rows = await Promise.all(inputs.map(async (input) => {
    const row = await runCounty(runner, input, scenario, options);
    finished += 1;
    options.onCounty?.(row, finished, inputs.length);
    return row;
  }));
  return summarizeProvince(scenario.name, scenario.years, rows);
}
