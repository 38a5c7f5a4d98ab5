/**
 * Records tests/fixtures/solve-golden/<scenario>.json: the solve JSON of every shipped scenario
 * (timing fields removed), for solve-golden.test.ts to compare against after engine changes.
 * A run in which some solve hit its time limit depends on the machine's load, so each scenario is
 * tried up to ATTEMPTS times and the first run without a time-out is kept (else the last one).
 * Run: node --import tsx scripts/record-solve-golden.ts [scenario names, default all]
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { GOLDEN_DIR, solveForGolden, type GoldenRun } from '../tests/engine/optimize/solve-golden.ts';

const ATTEMPTS = 3;

mkdirSync(GOLDEN_DIR, { recursive: true });
const only = process.argv.slice(2);
for (const file of readdirSync('scenarios').filter((f) => /\.ya?ml$/.test(f)).sort()) {
  const name = file.replace(/\.ya?ml$/, '');
  if (only.length > 0 && !only.includes(name)) continue;
  let run: GoldenRun | undefined;
  for (let attempt = 1; attempt <= ATTEMPTS && (!run || run.timedOut); attempt++) run = await solveForGolden(`scenarios/${file}`);
  writeFileSync(`${GOLDEN_DIR}/${name}.json`, `${JSON.stringify(run, null, 2)}\n`);
  process.stdout.write(`${name}: exit ${run!.exitCode}, status ${String(run!.report.status)}${run!.timedOut ? `, a solve hit its time limit (${run!.statuses.join(' ')})` : ''}\n`);
}
