/** `junheng` command line. Returns the exit code; the bin script sets it. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { printable } from '../county/clean-text.ts';
import { DEFAULT_STANDARD_ID } from '../standards/index.ts';
import { evaluateCommand, type Output } from './evaluate.ts';
import { CliError } from './read-county.ts';
import { compareCommand } from './compare.ts';
import { registerSweepCommand } from './sweep.ts';
import { registerBatchCommand } from './batch.ts';
import { registerWorkerCommand } from './worker.ts';
import { simulateCommand, solveCommand } from './solve.ts';

/** Names and ids from a file never reach the terminal raw: control and bidi characters are printed as \u{…}. */
const stdio: Output = {
  out: (text) => process.stdout.write(`${printable(text)}\n`),
  err: (text) => process.stderr.write(`${printable(text)}\n`),
};

/** The package's version, as `junheng --version` prints it. */
export function junhengVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** A command added by a higher layer (web/server adds `junheng user`); it reports its exit code through setCode. */
export type CommandPlugin = (program: Command, io: Output, setCode: (code: number) => void) => void;

export async function main(argv: string[], io: Output = stdio, plugins: CommandPlugin[] = []): Promise<number> {
  let code = 0;
  const program = new Command('junheng')
    .description('Junheng (均衡): county education resource planning — evaluate, optimize, compare')
    .version(junhengVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  const lang = new Option('--lang <lang>', 'language of the report').choices(['zh-CN', 'en']).default(process.env.JUNHENG_LANG === 'en' ? 'en' : 'zh-CN');

  program
    .command('evaluate')
    .description('evaluate a county file (CSV, GBK CSV, XLSX or JSON) against a standard')
    .argument('<file>', 'county data file')
    .option('--standard <id|file.json>', 'quality-2017, basic-2012 or a provincial variant file', DEFAULT_STANDARD_ID)
    .option('--sheet <name>', 'XLSX sheet to read (default: the first visible sheet)')
    .option('--json', 'print the evaluation as JSON for programs')
    .addOption(lang)
    .action(async (file: string, opts) => {
      code = await evaluateCommand(file, opts, io);
    });

  program
    .command('solve')
    .description('optimize a scenario on a county: the three-year plan, year by year')
    .argument('<data>', 'county data file')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--json', 'print the result as JSON for programs')
    .option('--out <file>', 'also write the result (plan included) as JSON to a file')
    .option('--xlsx <file>', 'also write the plan as an Excel workbook (headers in --lang)')
    .option('--csv <dir>', 'also write the plan\'s sheets as CSV files (UTF-8 with BOM) into a folder')
    .addOption(new Option('--solver <name>', 'LP/MIP solver').choices(['highs', 'jslp']).default('highs'))
    .option('--no-shadow-prices', 'skip what-more-money-buys (faster)')
    .addOption(lang)
    .action(async (data: string, scenario: string, opts) => {
      code = await solveCommand(data, scenario, opts, io);
    });

  program
    .command('simulate')
    .description('replay a plan on the data year by year and check every budget and policy bound')
    .argument('<data>', 'county data file')
    .argument('<scenario>', 'scenario file')
    .argument('<plan>', 'plan JSON written by junheng solve --out')
    .option('--json', 'print the result as JSON for programs')
    .option('--samples <n>', 'Monte Carlo: replay the plan over n sampled enrollment paths (scenario uncertainty block)')
    .option('--seed <s>', 'seed of the sampled paths (default: the scenario\'s uncertainty.seed)')
    .option('--workers <k>', 'worker threads for --samples (default: JUNHENG_THREADS, else one per CPU)')
    .addOption(lang)
    .action(async (data: string, scenario: string, plan: string, opts) => {
      code = await simulateCommand(data, scenario, plan, opts, io);
    });

  program
    .command('compare')
    .description('solve two or more scenarios on the same data and compare them with the first (the baseline)')
    .argument('<data>', 'county data file')
    .argument('<scenarios...>', 'scenario files; the first is the baseline')
    .option('--json', 'print the comparison as JSON for programs')
    .option('--xlsx <file>', 'also write the comparison (2–4 scenarios) as an Excel workbook, one column block each')
    .addOption(new Option('--solver <name>', 'LP/MIP solver').choices(['highs', 'jslp']).default('highs'))
    .addOption(lang)
    .action(async (data: string, scenarios: string[], opts) => {
      code = await compareCommand(data, scenarios, opts, io);
    });

  registerSweepCommand(program, io);
  for (const plugin of plugins) plugin(program, io, (c) => { code = c; });
  registerBatchCommand(program, io, (c) => { code = c; });
  registerWorkerCommand(program, io);

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof CliError) {
      io.err(`junheng: ${e.message}`);
      return e.exitCode;
    }
    io.err(`junheng: internal error: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
  return code;
}
