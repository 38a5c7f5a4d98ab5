/** `junheng sweep`: solve one scenario at a range of total budgets in worker threads; table or JSON. */
import { Option, type Command } from 'commander';
import { formatIssue } from '../county/issues.ts';
import { sweepBudgets, sweepTotals } from '../scenario/sweep-points.ts';
import { summarizeSweep, type PointOutcome, type SweepResult } from '../compare/sweep-summary.ts';
import type { SolveReport } from '../optimize/solve-report.ts';
import { formatCoefficient, formatValue, pick, type Lang } from '../report/format.ts';
import { textTable } from '../report/text-table.ts';
import { unknownSchoolIds } from '../scenario/enrollment.ts';
import { parseScenarioText } from '../scenario/parse.ts';
import { ScenarioError, type Scenario } from '../scenario/resolve.ts';
import { getStandard } from '../standards/index.ts';
import { createWorkerPool } from '../node/pool.ts';
import { sweepOnRunner } from '../node/sweep.ts';
import type { Output } from './evaluate.ts';
import { createProgress } from './progress.ts';
import { CliError, readCounty } from './read-county.ts';
import { readRegularFile } from './files.ts';
import { poolSize } from './pool-size.ts';

export interface SweepOptions {
  from?: string;
  to?: string;
  steps: string;
  json?: boolean;
  workers?: string;
  lang: Lang;
}

function parseAmount(flag: string, text: string): number {
  const value = Number(text.replace(/[,_]/g, ''));
  if (text.trim() === '' || !Number.isFinite(value)) throw new CliError(`${flag} must be a number of yuan, got "${text}"`);
  if (value < 0) throw new CliError(`${flag} must not be negative, got ${text}`);
  return value;
}

function parseCount(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || value < min) throw new CliError(`${flag} must be a whole number of at least ${min}, got "${text}"`);
  return value;
}

async function readScenario(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = (await readRegularFile(path, 'scenario', 4 * 1024 * 1024)).toString('utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: cannot read the scenario file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return parseScenarioText(text, path).scenario;
  } catch (e) {
    if (e instanceof ScenarioError) throw new CliError(e.message);
    throw e;
  }
}

function sweepTable(result: SweepResult, lang: Lang, unit: string): string {
  const efficient = new Map(result.frontier.map((f) => [f.budget, f.efficient]));
  const header = pick({
    zh: ['总预算（元）', '状态', '目标值', '最大差异系数', '达标学校', '支出（元）', '有效'],
    en: ['Budget (yuan)', 'Status', 'Objective', 'Max CV', 'Schools passing', 'Spent (yuan)', 'Efficient'],
  }, lang);
  const num = (v: number | null, digits: number) => (v === null ? '—' : formatValue(v, digits));
  const rows = result.points.map((p) => [
    formatValue(p.budget, 0), p.status, num(p.objective, 4), formatCoefficient(p.maxCv),
    p.schoolsPassing === null ? '—' : `${p.schoolsPassing}/${p.schoolsTotal ?? '—'}`,
    num(p.spend, 0), efficient.get(p.budget) ? '✓' : '',
  ]);
  const lines = [textTable(header, rows)];
  if (unit) lines.push('', `${pick({ zh: '目标值单位', en: 'Objective' }, lang)}: ${unit}`);
  lines.push(pick({
    zh: '有效：没有其他预算点以不多于该点的预算达到不高于的最大差异系数和不少于的达标学校数（且至少一项更好）。',
    en: 'Efficient: no other point reaches a lower-or-equal max CV and as many passing schools for no more money (and is better in one).',
  }, lang));
  for (const p of result.points) {
    if (p.error) lines.push(`${pick({ zh: '出错', en: 'error' }, lang)} @ ${formatValue(p.budget, 0)}: ${p.error}`);
    if (p.carriedFrom !== undefined) {
      const from = formatValue(p.carriedFrom, 0);
      lines.push(`${pick({ zh: '沿用', en: 'carried over' }, lang)} @ ${formatValue(p.budget, 0)}: ${pick({
        zh: `该预算自身的求解结果更差，改报预算 ${from} 元的方案（方案检查确认在此预算下同样可行）`,
        en: `its own search ended worse, so the plan of the ${from} yuan point is reported (the plan check finds it feasible here too)`,
      }, lang)}`);
    }
  }
  return lines.join('\n');
}

/** Default range of a sweep, as shares of the scenario's own total budget (the bench's sweep20 uses the same). */
const DEFAULT_RANGE = { from: 0.8, to: 1.5 };

export async function sweepCommand(data: string, scenarioPath: string, options: SweepOptions, io: Output): Promise<number> {
  const steps = parseCount('--steps', options.steps, 2);
  const workers = poolSize(options.workers === undefined ? undefined : parseCount('--workers', options.workers, 1));
  const scenario = await readScenario(scenarioPath);
  const total = scenario.budget.perYear.reduce((a, b) => a + b, 0);
  const from = options.from === undefined ? DEFAULT_RANGE.from * total : parseAmount('--from', options.from);
  const to = options.to === undefined ? DEFAULT_RANGE.to * total : parseAmount('--to', options.to);
  let scenarios: Scenario[];
  let budgets: number[];
  try {
    scenarios = sweepBudgets(scenario, from, to, steps);
    budgets = sweepTotals(from, to, steps);
  } catch (e) {
    if (e instanceof RangeError) throw new CliError(e.message);
    throw e;
  }
  if (!getStandard(scenario.standard)) throw new CliError(`${scenarioPath}: unknown standard "${scenario.standard}"`);
  const { county, warnings } = await readCounty(data);
  const unknown = unknownSchoolIds(county, scenario);
  if (unknown.length > 0) throw new CliError(`${scenarioPath}: does not fit ${data}:\n${unknown.map((u) => `  ${u}`).join('\n')}`);
  if (!options.json) for (const w of warnings) io.err(`note: ${formatIssue(w)}`);

  const progress = createProgress({ total: scenarios.length, bar: !options.json, label: 'sweep', err: io.err });
  const pool = createWorkerPool(workers);
  let outcomes: PointOutcome[];
  try {
    outcomes = await sweepOnRunner(pool, county, scenarios, (i, o) =>
      progress.tick(`${formatValue(budgets[i]!, 0)}: ${'report' in o ? o.report.status : 'error'}`));
  } finally {
    progress.stop();
    await pool.close();
  }

  const result = summarizeSweep(budgets, scenarios, outcomes);
  if (options.json) io.out(JSON.stringify(result, null, 2));
  else io.out(sweepTable(result, options.lang, outcomes.find((o): o is { report: SolveReport } => 'report' in o)?.report.objective.unit ?? ''));
  if (result.points.every((p) => p.error !== undefined)) throw new CliError('every sweep point failed', 1);
  return 0;
}

export function registerSweepCommand(program: Command, io: Output): void {
  program
    .command('sweep')
    .description('solve a scenario at a range of total budgets in parallel and show what each budget buys')
    .argument('<data>', 'county data file')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--from <yuan>', 'smallest total budget over the plan years (default 0.8 × the scenario\'s)')
    .option('--to <yuan>', 'largest total budget over the plan years (default 1.5 × the scenario\'s)')
    .requiredOption('--steps <n>', 'number of budgets, evenly spaced, at least 2')
    .option('--workers <k>', 'worker threads (default: JUNHENG_THREADS, else one per CPU)')
    .option('--json', 'print points and frontier as JSON for programs')
    .addOption(new Option('--lang <lang>', 'language of the report').choices(['zh-CN', 'en']).default(process.env.JUNHENG_LANG === 'en' ? 'en' : 'zh-CN'))
    .action(async (data: string, scenario: string, opts: SweepOptions) => {
      await sweepCommand(data, scenario, opts, io);
    });
}
