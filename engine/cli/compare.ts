/** `junheng compare DATA SCENARIO...`: solve each scenario on the same data and compare with the first. */
import { compareRuns } from '../compare/compare.ts';
import { comparisonTable } from '../report/comparison-report.ts';
import { ModelInputError } from '../model/input-error.ts';
import { solveScenario } from '../optimize/solve-scenario.ts';
import type { Lang } from '../report/format.ts';
import type { SolverName } from '../solve/index.ts';
import type { Output } from './evaluate.ts';
import { CliError, readCounty } from './read-county.ts';
import { readScenario } from './read-scenario.ts';

export async function compareCommand(dataPath: string, scenarioPaths: string[], options: { json?: boolean; lang: Lang; solver: SolverName }, io: Output): Promise<number> {
  if (scenarioPaths.length < 2) throw new CliError('compare needs at least two scenario files (the first is the baseline)');
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
  if (options.json) io.out(JSON.stringify(comparison, null, 2));
  else io.out(comparisonTable(comparison, options.lang));
  return 0;
}
