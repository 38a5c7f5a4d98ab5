/**
 * The solve JSON of every shipped scenario is the one recorded before the engine was re-layered
 * (tests/fixtures/solve-golden, written by scripts/record-solve-golden.ts), apart from timing fields.
 *
 * Time limits are wall clock, so a run in which some HiGHS solve stopped at its limit (recorded or now)
 * holds whatever incumbent the machine's load allowed; such a run is compared only on its
 * time-independent parts: scenario, model size and objective kind, and — when the primary solve itself
 * finished in both runs and the objective is not `cv` — status, method, exit code, and the objective value
 * within the reported gap (a tie-break may find a plan better on the primary objective, within its gap,
 * so a tie-break cut short can leave a slightly different value). Without a primary plan in
 * time even the status differs (incumbent, or LP round-and-repair, or none).
 * An integer floor objective is solved by a search of many solves with short caps (floor-search.ts), so such a
 * run, once a cap struck, is compared on the structural parts only. A MIP stopped at its first plan (solution
 * limit) is not a time-out.
 * At recording, back-loaded.yaml was such a run every time: its tie-break stage (limit max(5 s, primary
 * seconds)) stops at its limit. On a loaded machine, front-loaded.yaml's primary MIP (≈ 25 s of its
 * 30 s limit) can stop at its limit too; then only the structural parts are compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, solveForGolden, type GoldenRun } from './solve-golden.ts';

/** Relative tolerance for numbers; HiGHS is deterministic, so this only absorbs printing round-off. */
const TOLERANCE = 1e-9;

/** Paths at which `actual` differs from `expected` (numbers within TOLERANCE relative count as equal). */
function differences(expected: unknown, actual: unknown, path = ''): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(1, Math.abs(expected), Math.abs(actual));
    return Math.abs(expected - actual) <= TOLERANCE * scale || (Number.isNaN(expected) && Number.isNaN(actual)) ? [] : [`${path}: ${expected} → ${actual}`];
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return [`${path}: length ${expected.length} → ${actual.length}`];
    return expected.flatMap((e, i) => differences(e, actual[i], `${path}[${i}]`));
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object' && !Array.isArray(expected) && !Array.isArray(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    return keys.flatMap((k) => differences((expected as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return Object.is(expected, actual) ? [] : [`${path}: ${JSON.stringify(expected)} → ${JSON.stringify(actual)}`];
}

/** The parts of a run that do not depend on when a time limit struck; `primaryDone`: the first solve finished in both runs. */
function timeIndependent(run: GoldenRun, primaryDone: boolean): unknown {
  const { scenario, model, objective, status, method } = run.report as { scenario: string; model: unknown; status: string; method: string; objective: { kind: string } };
  const fixed = { scenario, model, objectiveKind: objective.kind };
  // The floor search (integer floor plans) is many capped solves, not one primary solve: any of them may have struck.
  const searched = objective.kind === 'floor' && (model as { integers: number }).integers > 0;
  // The value itself is the tie-broken plan's: a tie-break cut short may keep a plan up to the primary's gap worse (checked below).
  const { value: _value, ...described } = objective as { kind: string; value?: unknown };
  return primaryDone && objective.kind !== 'cv' && !searched ? { ...fixed, status, method, objective: described, exitCode: run.exitCode } : fixed;
}

const files = readdirSync('scenarios').filter((f) => /\.ya?ml$/.test(f)).sort();

describe('solve JSON of the shipped scenarios equals the recorded golden output', () => {
  it('has a recording for every shipped scenario', () => {
    const recorded = readdirSync(GOLDEN_DIR).map((f) => f.replace(/\.json$/, '')).sort();
    expect(recorded).toEqual(files.map((f) => f.replace(/\.ya?ml$/, '')));
  });

  it.each(files)('%s', async (file) => {
    const golden = JSON.parse(readFileSync(`${GOLDEN_DIR}/${file.replace(/\.ya?ml$/, '')}.json`, 'utf8')) as GoldenRun;
    const run = await solveForGolden(`scenarios/${file}`);
    if (golden.timedOut || run.timedOut) {
      const primaryDone = golden.statuses[0] !== 'timeout' && run.statuses[0] !== 'timeout';
      expect(differences(timeIndependent(golden, primaryDone), timeIndependent(run, primaryDone))).toEqual([]);
      const [a, b] = [golden, run].map((r) => r.report as { objective: { value: number | null }; mipGap?: number });
      if (primaryDone && a!.objective.value !== null && b!.objective.value !== null) {
        const gap = Math.max(a!.mipGap ?? 0, b!.mipGap ?? 0) + TOLERANCE;
        expect(Math.abs(a!.objective.value - b!.objective.value)).toBeLessThanOrEqual(gap * Math.max(Math.abs(a!.objective.value), Math.abs(b!.objective.value)));
      }
    }
    else expect(differences({ report: golden.report, exitCode: golden.exitCode }, { report: run.report, exitCode: run.exitCode })).toEqual([]);
  }, 300_000);
});
