/**
 * A province batch on a job runner, as a flow: a parent job with one `county` child per county that could be
 * read (county-job.ts); the runner's queue (thread pool or BullMQ) feeds its workers, and the province summary
 * is assembled from the children's rows (flows.ts). A county that could not be read, or whose job fails, fails
 * alone, with its file (and row and column when the file is at fault); the others complete.
 */
import { countyScenario, countyStudents, type BudgetScaling } from '../compare/province/budget.ts';
import type { SweepSpec } from '../compare/province/jobs.ts';
import { failedCountyRow, type CountyRow, type ProvinceSummary } from '../compare/province/summary.ts';
import type { ImportIssue } from '../county/issues.ts';
import type { County } from '../county/types.ts';
import type { Scenario } from '../scenario/resolve.ts';
import { unknownSchoolIds } from '../scenario/enrollment.ts';
import type { CountyJob } from './county-job.ts';
import { submitFlow } from './flows.ts';
import type { FlowSpec, JobPriority, JobRunner } from './jobs.ts';

/** One county file of the batch: read, or the reason it could not be (with file/row/column issues). */
export type CountyInput =
  | { county: string; file: string; data: County }
  | { county: string; file: string; error: string; issues: ImportIssue[] };

export interface ProvinceOptions {
  scaling: BudgetScaling;
  sweep?: SweepSpec;
  /** Called as each county ends (done or failed), in the order they end. */
  onCounty?: (row: CountyRow, finished: number, total: number) => void;
  /** Of every county job: batch work runs behind interactive runs on a queue with priorities. */
  submit?: { priority?: JobPriority };
  /** Aborting cancels the batch (waiting counties leave the queue, running ones are stopped). */
  signal?: AbortSignal;
}

/** The county's job, or its failed row when it cannot be planned (scenario does not fit, no budget for it). */
function countyJob(input: CountyInput, scenario: Scenario, options: ProvinceOptions): CountyJob | CountyRow {
  if ('error' in input) return failedCountyRow(input.county, input.file, input.error, input.issues);
  const unknown = unknownSchoolIds(input.data, scenario);
  if (unknown.length > 0) return failedCountyRow(input.county, input.file, `the scenario does not fit ${input.file}: ${unknown.join('; ')}`);
  const scaled = countyScenario(scenario, input.data, input.file, options.scaling);
  if (scaled instanceof Error) return failedCountyRow(input.county, input.file, scaled.message);
  return {
    county: input.county, file: input.file, data: input.data, scenario: scaled.scenario, factor: scaled.factor,
    students: countyStudents(input.data), ...(options.sweep ? { sweep: options.sweep } : {}),
  };
}

/** The flow of a batch: failed rows go to the parent, every other county is a child. */
export function provinceFlow(inputs: readonly CountyInput[], scenario: Scenario, options: ProvinceOptions): FlowSpec<'province'> {
  const failed: CountyRow[] = [];
  const children: CountyJob[] = [];
  for (const input of inputs) {
    const job = countyJob(input, scenario, options);
    if ('status' in job) failed.push(job);
    else children.push(job);
  }
  return {
    parent: { scenario: scenario.name, years: scenario.years, failed, counties: children.map((c) => ({ county: c.county, file: c.file })) },
    children,
  };
}

export async function provinceOnRunner(runner: JobRunner, inputs: readonly CountyInput[], scenario: Scenario, options: ProvinceOptions): Promise<ProvinceSummary> {
  const spec = provinceFlow(inputs, scenario, options);
  let finished = 0;
  const counted = (row: CountyRow): void => {
    finished += 1;
    options.onCounty?.(row, finished, inputs.length);
  };
  for (const row of spec.parent.failed) counted(row);
  const flow = submitFlow(runner, 'province', spec, {
    ...(options.submit?.priority ? { priority: options.submit.priority } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    onChildEnd: (index, outcome) => {
      const { county, file } = spec.parent.counties[index]!;
      counted('result' in outcome ? outcome.result : failedCountyRow(county, file, `${file}: ${outcome.error}`));
    },
  });
  return flow.result;
}
