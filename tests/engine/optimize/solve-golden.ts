/**
 * Golden solve outputs: the JSON of `junheng solve data/sample-county.csv scenarios/X.yaml --json`,
 * with its timing fields removed, recorded before the engine was re-layered (issue 11) and compared
 * after it. Shared by scripts/record-solve-golden.ts (records) and solve-golden.test.ts (compares).
 *
 * HiGHS is deterministic for a given model and options, so the JSON is the same run to run, except
 * where a solve stops at its time limit (wall clock): then the incumbent depends on the machine's load.
 * Every HiGHS solve's status is therefore watched; a run in which any solve timed out is marked
 * `timedOut`, and only its deterministic parts are compared (see solve-golden.test.ts).
 */
import { main } from '../../../engine/cli/main.ts';
import { highsSolver } from '../../../engine/solve/highs.ts';

export const GOLDEN_DIR = 'tests/fixtures/solve-golden';
export const GOLDEN_DATA = 'data/sample-county.csv';

/** Fields of the solve JSON that measure time (seconds of wall clock); removed before recording or comparing. */
export const TIMING_FIELDS = ['model.buildSeconds', 'model.solveSeconds'] as const;

export interface GoldenRun {
  /** The solve JSON without TIMING_FIELDS. */
  report: Record<string, unknown>;
  /** Some HiGHS solve of this run stopped at its time limit, so the plan may depend on timing. */
  timedOut: boolean;
  /** Status of each HiGHS solve of the run, in order (primary, tie-break, shadow prices, …). */
  statuses: string[];
  exitCode: number;
}

/** Runs the CLI's solve --json path on one scenario file, watching every HiGHS solve for time-outs. */
export async function solveForGolden(scenarioPath: string): Promise<GoldenRun> {
  const statuses: string[] = [];
  const original = highsSolver.solve;
  highsSolver.solve = async function watched(this: typeof highsSolver, ...args: Parameters<typeof original>) {
    const result = await original.apply(this, args);
    // A MIP stopped at its first plan (a feasibility check) reports 'timeout' too; only the time limit is timing.
    statuses.push(result.status === 'timeout' && result.message === 'solution limit reached' ? 'first-plan' : result.status);
    return result;
  };
  const out: string[] = [];
  let exitCode: number;
  try {
    exitCode = await main(['node', 'junheng', 'solve', GOLDEN_DATA, scenarioPath, '--json'], { out: (t) => out.push(t), err: () => {} });
  } finally {
    highsSolver.solve = original;
  }
  const report = JSON.parse(out.join('\n')) as Record<string, unknown>;
  const model = report.model as Record<string, unknown>;
  for (const field of TIMING_FIELDS) delete model[field.split('.')[1]!];
  return { report, timedOut: statuses.includes('timeout'), statuses, exitCode };
}
