/**
 * javascript-lp-solver as a real cross-check of HiGHS: every shipped scenario (scenarios/*.yaml) on the
 * sample county, as an LP (integer: false, so the targets count passes fractionally), its planning model
 * solved by both. Statuses agree, objectives agree to 1e-9 relative (both solve the same LP exactly up to
 * their tolerances; measured differences are ≈ 1e-11), and javascript-lp-solver's point passes the model's
 * feasibility check. It runs in a worker thread with a time limit (engine/node/jslp-thread.ts): the
 * library cannot interrupt an LP itself, so a stall fails this test instead of hanging it.
 *
 * Out of its reach, listed in OUT_OF_REACH with the measurement (sample county, javascript-lp-solver 1.0.3,
 * 2 shared cores) and not run; for these the test checks that HiGHS solves the LP and its optimum is
 * feasible, so the reason lies with the library, not with the model.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCounty } from '../../../engine/cli/read-county.ts';
import type { County } from '../../../engine/county/types.ts';
import { buildPlanningModel } from '../../../engine/model/build.ts';
import { solveJslpInThread } from '../../../engine/node/jslp-thread.ts';
import { rotationRoles } from '../../../engine/plan/rotation-roles.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { highsSolver } from '../../../engine/solve/highs.ts';
import { checkFeasibility, isMip, type LpModel } from '../../../engine/solve/model.ts';
import { getStandard } from '../../../engine/standards/index.ts';
import { robustEnrollment } from '../../../engine/uncertainty/robust.ts';

/** Seconds javascript-lp-solver gets per scenario (the reachable ones take 2–6 s). */
const JSLP_SECONDS = 40;

const FLOOR = {
  kind: 'floor',
  short: 'floor objective: a degenerate max-min LP on which its simplex stalls (> 90 s)',
  detail: '1,470 rows, 1,580 columns; 763 of the rows are the floor rows "value/standard ≥ z_t" (floorDef), one per '
    + 'school part, judged indicator and year, and hundreds of them are tight together at the optimum. On that degenerate '
    + 'vertex the library\'s dense-tableau simplex stalls: no answer within 90 s (killed), also with z_t fixed at the '
    + 'optimum and cost minimised; HiGHS takes 0.2–2 s.',
};

/** Scenario file → why javascript-lp-solver cannot be the cross-check there (measured). */
const OUT_OF_REACH: Record<string, { kind: string; short: string; detail: string }> = {
  'baseline.yaml': FLOOR,
  'back-loaded.yaml': FLOOR,
  'front-loaded.yaml': FLOOR,
  'rotation-15-30.yaml': FLOOR,
  'candidate-projects.yaml': FLOOR,
  'cv.yaml': {
    kind: 'cv',
    short: 'it answers "infeasible" on this feasible LP',
    detail: 'planning model 707 rows, 1,577 columns (minimum cost with targets; the cv cuts come later): the library answers '
      + '"infeasible" after ≈ 7 s while HiGHS\'s optimum passes the feasibility check at 1e-7, a wrong answer of the library '
      + '(presolve off; with only the costs zeroed it gives no answer within 90 s).',
  },
};

const files = readdirSync('scenarios').filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
const reachable = files.filter((f) => !(f in OUT_OF_REACH));
let county: County;

beforeAll(async () => {
  county = (await readCounty('data/sample-county.csv')).county;
});

/** The scenario's planning model as an LP, built as solveScenario builds it. */
function lpModel(file: string): { model: LpModel; kind: string } {
  const { scenario } = parseScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), file);
  scenario.integer = false;
  const standard = getStandard(scenario.standard)!;
  const pm = buildPlanningModel(county, scenario, standard, { enrollment: robustEnrollment(county, scenario), roles: rotationRoles(county, standard, scenario.rotation) });
  expect(isMip(pm.model)).toBe(false);
  return { model: pm.model, kind: scenario.objective.kind };
}

describe('HiGHS and javascript-lp-solver on every shipped scenario as an LP', () => {
  it('every scenario file is either cross-checked or listed as out of reach with a reason', () => {
    expect(Object.keys(OUT_OF_REACH).filter((f) => !files.includes(f))).toEqual([]);
    expect(reachable.length).toBeGreaterThanOrEqual(4);
  });

  it.each(reachable)('%s: same status, objectives within 1e-9 relative, a feasible point', async (file) => {
    const { model } = lpModel(file);
    const highs = await highsSolver.solve(model, { timeLimitSeconds: 60, mipRelGap: 1e-9 });
    const jslp = await solveJslpInThread(model, { timeLimitSeconds: JSLP_SECONDS });
    expect(jslp.status, jslp.message).toBe(highs.status);
    if (highs.status !== 'optimal') return;
    expect(Math.abs(jslp.objective - highs.objective)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(highs.objective)));
    expect(checkFeasibility(model, jslp.values)).toEqual([]);
  }, 120_000);

  it.each(Object.entries(OUT_OF_REACH).map(([f, r]) => [f, r.short, r.kind] as const))('%s is out of javascript-lp-solver\'s reach (not run): %s', async (file, _short, kind) => {
    const lp = lpModel(file);
    expect(lp.kind).toBe(kind);
    const highs = await highsSolver.solve(lp.model, { timeLimitSeconds: 60, mipRelGap: 1e-9 });
    expect(highs.status).toBe('optimal');
    expect(checkFeasibility(lp.model, highs.values, 1e-7)).toEqual([]);
  }, 120_000);
});
