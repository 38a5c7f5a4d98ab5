/** `junheng compare DATA SCENARIO...`: solve each scenario on the same data and compare with the first. */
import { compareRuns } from '../compare/compare.ts';
import { writeFile } from 'node:fs/promises';
import { comparisonTable } from '../report/comparison-report.ts';
import { comparisonWorkbook } from '../report/workbook/compare-workbook.ts';
import { ModelInputError } from '../model/input-error.ts';
import { solveScenario } from '../optimize/solve-scenario.ts';
import type { Lang } from '../report/format.ts';
import type { SolverName } from '../solve/index.ts';
import type { Output } from './evaluate.ts';
import { CliError, readCounty } from './read-county.ts';
import { readScenario } from './read-scenario.ts';

export async function compareCommand(dataPath: string, scenarioPaths: string[], options: { json?: boolean; lang: Lang; solver: SolverName; xlsx?: string }, io: Output): Promise<number> {
  if (scenarioPaths.length < 2) throw new CliError('compare needs at least two scenario files (the first is the baseline)');
  if (options.xlsx && scenarioPaths.length > 4) throw new CliError('--xlsx exports a comparison of 2 to 4 scenarios (one column block each)');
  const { county } = await readCounty(dataPath);
  const files = [];
  for (const path of scenarioPaths) files.push({ path, ...(await readScenario(path)) });
  const runs = [];
  for (const [i, f] of files.entries()) {
    if (!options.json) io.err(`… ${i + 1}/${files.length} ${f.scenario.name}`);
    try {
      runs.push({ scenario: f.file, report: await solveScenario(county, f.scenario, { solver: options.solver, shadowPrices: false }) });
    } catch (e) {
      if (e instanceof ModelInputError) throw new CliError(`${f.path}: ${e.message}`);
      throw e;
    }
  }
  const comparison = compareRuns(runs);
  if (options.xlsx) {
    const bytes = await comparisonWorkbook(runs.map((r) => ({ name: r.scenario.name, report: r.report })), options.lang);
    await writeFile(options.xlsx, bytes).catch((e: Error) => { throw new CliError(`cannot write ${options.xlsx}: ${e.message}`); });
  }
  if (options.json) io.out(JSON.stringify(comparison, null, 2));
  else io.out(comparisonTable(comparison, options.lang));
  return 0;
}
