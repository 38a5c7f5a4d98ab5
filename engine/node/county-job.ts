/**
 * One county of a province batch as one job (a child of the province flow): its evaluation, its plan, the least
 * budget for its targets and, when asked, its budget sweep, solved one after another on the thread that took
 * the job. A county whose data does not fit ends as a failed row (file named), not as a failed job.
 */
import { countySweep, leastBudgetScenario, type SweepSpec } from '../compare/province/jobs.ts';
import { countyRow, failedCountyRow, type CountyRow, type SolveOutcome } from '../compare/province/summary.ts';
import { summarizeSweep, type PointOutcome } from '../compare/sweep-summary.ts';
import type { County } from '../county/types.ts';
import { evaluateCounty } from '../indicators/evaluate.ts';
import { solveScenario, standardFor } from '../optimize/solve-scenario.ts';
import type { Scenario } from '../scenario/resolve.ts';

export interface CountyJob {
  /** countyKey of the file. */
  county: string;
  file: string;
  data: County;
  /** The province scenario with this county's budget (see compare/province/budget.ts). */
  scenario: Scenario;
  /** County budget / province budget: the sweep's totals are scaled by it. */
  factor: number;
  /** Pupils of the county (persons), as the budget scaling counted them. */
  students: number;
  sweep?: SweepSpec;
}

export const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 500);

async function solveOutcome(county: County, scenario: Scenario): Promise<SolveOutcome> {
  try {
    return { report: await solveScenario(county, scenario, { shadowPrices: false }) };
  } catch (e) {
    return { error: firstLine(e) };
  }
}

async function sweepOutcomes(county: County, scenarios: readonly Scenario[]): Promise<PointOutcome[]> {
  const outcomes: PointOutcome[] = [];
  for (const scenario of scenarios) {
    const outcome = await solveOutcome(county, scenario);
    outcomes.push('report' in outcome ? { report: { ...outcome.report, values: [] } } : outcome);
  }
  return outcomes;
}

export async function planCounty(job: CountyJob): Promise<CountyRow> {
  const { data, scenario } = job;
  let evaluation;
  try {
    evaluation = evaluateCounty(data, standardFor(scenario));
  } catch (e) {
    return failedCountyRow(job.county, job.file, `${job.file}: ${firstLine(e)}`);
  }
  const plan = await solveOutcome(data, scenario);
  const least = await solveOutcome(data, leastBudgetScenario(scenario));
  const points = job.sweep ? countySweep(scenario, job.sweep, job.factor) : undefined;
  const sweep = points ? summarizeSweep(points.budgets, points.scenarios, await sweepOutcomes(data, points.scenarios)) : undefined;
  return countyRow({
    county: job.county, file: job.file, schools: data.schools.length, students: job.students,
    budget: scenario.budget.perYear.reduce((s, v) => s + v, 0), evaluation, plan, least,
    planHasTargets: scenario.objective.targets !== null,
    ...(sweep ? { sweep } : {}),
  });
}
