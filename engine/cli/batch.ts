/**
 * `junheng batch`: evaluate and plan every county of a province under one scenario, on the worker pool (or on
 * the BullMQ queue when REDIS_URL / --redis is set); progress as counties finish; table, JSON or workbook.
 */
import { Option, type Command } from 'commander';
import type { BudgetScaling } from '../compare/province/budget.ts';
import { parseSweepSpec, type SweepSpec } from '../compare/province/jobs.ts';
import type { ProvinceSummary } from '../compare/province/summary.ts';
import { provinceOnRunner } from '../node/province.ts';
import { createRunner } from '../node/runner.ts';
import type { Lang } from '../report/format.ts';
import { provinceReport } from '../report/province-report.ts';
import { getStandard } from '../standards/index.ts';
import type { Output } from './evaluate.ts';
import { expandCountyPattern, readCountyIndex, readCountyInput } from './batch-read.ts';
import { writeProvinceWorkbook } from './batch-xlsx.ts';
import { poolSize } from './pool-size.ts';
import { createProgress } from './progress.ts';
import { CliError } from './read-county.ts';
import { readScenario } from './read-scenario.ts';

export interface BatchOptions {
  counties: string;
  scenario: string;
  sweep?: string;
  json?: boolean;
  xlsx?: string;
  scaleBy: 'none' | 'students' | 'index';
  referenceStudents?: string;
  index?: string;
  budgetColumn: string;
  workers?: string;
  redis?: string;
  lang: Lang;
}

async function scalingFrom(options: BatchOptions, studentsPerCounty: number[]): Promise<BudgetScaling> {
  if (options.scaleBy === 'students') {
    const given = options.referenceStudents === undefined ? undefined : Number(options.referenceStudents);
    if (given !== undefined && !(given > 0)) throw new CliError(`--reference-students must be a positive number of pupils, got "${options.referenceStudents}"`);
    const mean = studentsPerCounty.reduce((s, v) => s + v, 0) / Math.max(1, studentsPerCounty.length);
    return { by: 'students', referenceStudents: given ?? (mean > 0 ? mean : 1) };
  }
  if (options.scaleBy === 'index') {
    if (!options.index) throw new CliError('--scale-by index needs --index counties.csv');
    return { by: 'index', totals: await readCountyIndex(options.index, options.budgetColumn), source: options.index, column: options.budgetColumn };
  }
  return { by: 'none' };
}

export async function batchCommand(options: BatchOptions, io: Output): Promise<ProvinceSummary> {
  const sweep: SweepSpec | undefined = options.sweep === undefined ? undefined : (() => {
    try {
      return parseSweepSpec(options.sweep);
    } catch (e) {
      throw new CliError((e as Error).message);
    }
  })();
  const { scenario } = await readScenario(options.scenario);
  if (!getStandard(scenario.standard)) throw new CliError(`${options.scenario}: unknown standard "${scenario.standard}"`);
  const files = await expandCountyPattern(options.counties);
  const inputs = await Promise.all(files.map(readCountyInput));
  const scaling = await scalingFrom(options, inputs.flatMap((i) => ('data' in i ? [i.data.schools.reduce((s, x) => s + x.students, 0)] : [])));
  if (options.workers !== undefined && !/^\s*[1-9]\d*\s*$/.test(options.workers)) throw new CliError(`--workers must be a whole number of at least 1, got "${options.workers}"`);
  const workers = poolSize(options.workers === undefined ? undefined : Number(options.workers));
  const redisUrl = options.redis ?? process.env.REDIS_URL;
  const runner = await createRunner({ threads: workers, ...(redisUrl ? { redisUrl } : {}) });
  const progress = createProgress({ total: inputs.length, bar: !options.json, label: 'batch', err: io.err });
  // Ctrl-C cancels the batch: its waiting counties leave the queue and running ones stop, on any worker.
  const interrupt = new AbortController();
  const onInterrupt = (): void => interrupt.abort();
  process.once('SIGINT', onInterrupt);
  let summary: ProvinceSummary;
  try {
    summary = await provinceOnRunner(runner, inputs, scenario, {
      scaling, ...(sweep ? { sweep } : {}), submit: { priority: 'batch' }, signal: interrupt.signal,
      onCounty: (row) => progress.tick(`${row.county}: ${row.status === 'failed' ? 'failed' : 'done'}`),
    });
  } catch (e) {
    if (interrupt.signal.aborted) throw new CliError('batch cancelled (Ctrl-C): no summary written', 130);
    throw e;
  } finally {
    process.off('SIGINT', onInterrupt);
    progress.stop();
    await runner.close();
  }
  if (options.xlsx) await writeProvinceWorkbook(summary, options.xlsx, options.lang);
  if (options.json) io.out(JSON.stringify(summary, null, 2));
  else io.out(provinceReport(summary, options.lang));
  return summary;
}

export function registerBatchCommand(program: Command, io: Output, setCode: (code: number) => void): void {
  program
    .command('batch')
    .description('evaluate and plan every county of a province under one scenario; province summary')
    .requiredOption('--counties <pattern>', "county files, e.g. 'province/*.csv' (wildcards in the file name)")
    .requiredOption('--scenario <file>', 'scenario file (YAML or JSON) for every county')
    .option('--sweep <from:to:steps>', 'also sweep the total budget (yuan over the plan, scaled per county like the budget)')
    .addOption(new Option('--scale-by <how>', 'per-county budget: as written, by pupils, or from --index').choices(['none', 'students', 'index']).default('none'))
    .option('--reference-students <n>', 'with --scale-by students: pupils the scenario budget is for (default: the mean county)')
    .option('--index <counties.csv>', 'with --scale-by index: file (or county) column and a budget column')
    .option('--budget-column <name>', 'budget column of --index, yuan over the plan years', 'budget')
    .option('--workers <k>', 'worker threads (default: JUNHENG_THREADS, else one per CPU)')
    .option('--redis <url>', 'run the jobs on the BullMQ queue at this Redis (default: REDIS_URL; unset: in-process)')
    .option('--json', 'print the province summary as JSON for programs')
    .option('--xlsx <file>', 'also write the summary as an Excel workbook')
    .addOption(new Option('--lang <lang>', 'language of the report').choices(['zh-CN', 'en']).default(process.env.JUNHENG_LANG === 'en' ? 'en' : 'zh-CN'))
    .action(async (opts: BatchOptions) => {
      const summary = await batchCommand(opts, io);
      if (summary.totals.failed === summary.totals.counties) throw new CliError('every county failed', 1);
      setCode(summary.totals.failed > 0 ? 1 : 0);
    });
}
