/**
 * Budget sweeps never get worse with more money: points run in chains of increasing budget, each from the
 * plan before it, and a point still worse than a smaller budget reports that plan (checked feasible) instead.
 */
import { describe, expect, it } from 'vitest';
import { carryForward } from '../../../engine/compare/sweep-monotone.ts';
import type { PointOutcome } from '../../../engine/compare/sweep-summary.ts';
import { generateCounty } from '../../../engine/county/generate.ts';
import { reportNotes, reportWithoutPlan, type SolveReport } from '../../../engine/optimize/solve-report.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import { sweepInChains } from '../../../engine/node/sweep.ts';
import { checkPlan } from '../../../engine/plan/check/index.ts';
import { resolveScenario, type Scenario } from '../../../engine/scenario/resolve.ts';
import { sweepBudgets } from '../../../engine/scenario/sweep-points.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';

const c = generateCounty({ schools: 12, seed: 5 });
const students = c.schools.reduce((s, x) => s + x.students, 0);
const perYear = Math.round((15_000_000 * students) / 20_026);
const base = resolveScenario({
  name: 'sweep', budget: { perYear: [perYear, perYear, perYear] },
  enrollment: { growth: { rural: -0.04, town: 0.02, urban: 0.03 } }, construction: { useLandLimits: false },
  objective: { kind: 'floor', targets: [0.4, 0.8, 1] }, solver: { timeLimitSeconds: 20, mipRelGap: 0.01 },
}, 'sweep.yaml');

const reportOf = (o: PointOutcome) => ('report' in o ? o.report : undefined);
const planOf = (scenario: Scenario, o: PointOutcome) => ({ scenario: scenario.name, years: scenario.years, actions: reportOf(o)!.actions, rotations: reportOf(o)!.rotations });

/**
 * A sweep of eight budgets in two chains, each point's plan naming the point, whose point `slow` ends only once
 * `others` other points have (or after a second: an order that never gets there then fails by its order, not by
 * the test's timeout). The order the points end in, and which point's plan each started from.
 */
async function gatedSweep(slow: number, others: number) {
  const scenarios = sweepBudgets(base, 2 * perYear, 4 * perYear, 8);
  const solved: number[] = [];
  const startedFrom = new Map<number, number | undefined>();
  let release = (): void => {};
  const gate = new Promise<void>((resolve) => { release = resolve; });
  const fallback = setTimeout(() => release(), 1000);
  const outcomes = await sweepInChains(c, scenarios, 2, async (i, start) => {
    startedFrom.set(i, start ? Number(start.actions[0]!.schoolId) : undefined);
    await (i === slow ? gate : Promise.resolve());
    solved.push(i);
    if (solved.length === others) release();
    const report = { ...reportWithoutPlan(scenarios[i]!.name, 'floor'), status: 'optimal' as const, method: 'mip' as const };
    report.objective = { kind: 'floor', value: i, unit: '' };
    report.actions = [{ year: 2026, schoolId: String(i), schoolName: '', kind: 'equipment', amount: 0, unit: 'yuan', cost: 0, servesFrom: 2026 }];
    return { report };
  });
  clearTimeout(fallback);
  return { outcomes, solved, starts: [...startedFrom].sort((a, b) => a[0] - b[0]) };
}

describe('budget sweep in chains', () => {
  it('is monotone in the budget, every point a feasible plan, later points started from earlier ones', async () => {
    const total = 3 * perYear;
    // Given out of order: the sweep sorts by budget itself.
    const scenarios = sweepBudgets(base, 0.9 * total, 1.5 * total, 6).reverse();
    const starts: (boolean | undefined)[] = [];
    const outcomes = await sweepInChains(c, scenarios, 2, async (i, start) => {
      starts[i] = start !== undefined;
      return { report: await solveScenario(c, scenarios[i]!, { shadowPrices: false, ...(start ? { start } : {}) }) };
    });
    // Two chains of three: the smallest budget starts cold; a point starts cold only at the head of a chain.
    expect(starts[scenarios.length - 1]).toBe(false);
    expect(starts.filter((s) => s).length).toBeGreaterThanOrEqual(3);
    const ascending = outcomes.map((o, i) => ({ o, i })).reverse();
    let last = -Infinity;
    for (const { o, i } of ascending) {
      const r = reportOf(o)!;
      expect(r.method).not.toBe('none');
      expect(r.objective.value!).toBeGreaterThanOrEqual(last - 1e-9);
      last = r.objective.value!;
      expect(checkPlan(c, scenarios[i]!, planOf(scenarios[i]!, o), quality2017)).toEqual([]);
    }
  }, 240_000);

  it('solves every point once; a chain that is done takes over the upper half of the longest one left', async () => {
    // The smallest budget is slow: it ends only once six other points are solved, so the second chain, done
    // with its own points, takes over the upper part of the first chain.
    const { outcomes, solved, starts } = await gatedSweep(0, 6);
    expect(outcomes.every((o) => 'report' in o)).toBe(true);
    // Chains [0..3] and [4..7]: the second took 3, then 2 (the first still on 0); 1 stayed with the first chain:
    // no plan of a smaller budget to start it from while 0 runs.
    expect(solved).toEqual([4, 5, 6, 7, 3, 2, 0, 1]);
    // Each from the plan of the largest smaller budget solved when it started: none for 0, 4, 3 and 2.
    expect(starts).toEqual([[0, undefined], [1, 0], [2, undefined], [3, undefined], [4, undefined], [5, 4], [6, 5], [7, 6]]);
  });

  it('a chain that is done takes the last point of another when a smaller budget\'s plan is there to start it from', async () => {
    // Point 1 is slow: the first chain [0..3] is on it while the second [4..7] ends its own points, takes 3
    // (the upper half of 2..3), then 2, the last point left, since 0's plan is there to start it from.
    const { solved, starts } = await gatedSweep(1, 7);
    expect(solved).toEqual([0, 4, 5, 6, 7, 3, 2, 1]);
    expect(starts).toEqual([[0, undefined], [1, 0], [2, 0], [3, 0], [4, undefined], [5, 4], [6, 5], [7, 6]]);
  });

  it('a point worse than a smaller budget reports that plan, with this budget\'s money and a note', async () => {
    const scenarios = sweepBudgets(base, 2.7 * perYear, 3.6 * perYear, 3);
    const small = await solveScenario(c, scenarios[0]!, { shadowPrices: false });
    // Point 1 failed; point 2 stands for a search cut short: point 0's report with its floor lowered.
    const worse = { ...small, objective: { ...small.objective, value: small.objective.value! - 0.1 } };
    const outcomes: PointOutcome[] = [{ report: small }, { error: 'the worker stopped' }, { report: worse }];
    const fixed = carryForward(c, scenarios, outcomes, [0, 1, 2]);
    for (const i of [1, 2]) {
      expect(fixed[i]).toMatchObject({ carriedFrom: scenarios[0]!.budget.perYear.reduce((a, b) => a + b, 0) });
      const r = reportOf(fixed[i]!)!;
      expect(r.objective.value).toBe(small.objective.value);
      expect(r.actions).toEqual(small.actions);
      expect(r.scenario).toBe(scenarios[i]!.name);
      expect(r.years.map((y) => y.budget)).toEqual(scenarios[i]!.budget.perYear);
      expect(r.notes.at(-1)).toMatch(/carried over/);
      // Both languages in step: the small budget's notes, its gap note replaced, the carry-over note last.
      expect(r.notesZh).toHaveLength(r.notes.length);
      expect(r.notesZh!.at(-1)).toMatch(/^沿用总预算 \d+ 元时的方案/);
      const own = reportNotes(small).filter((n) => !n.en.startsWith('MIP gap'));
      expect(reportNotes(r).slice(0, own.length)).toEqual(own);
      expect(r.notes.filter((n) => n.startsWith('MIP gap')).length).toBe(r.notesZh!.filter((n) => n.startsWith('整数规划相对间隙')).length);
      expect(checkPlan(c, scenarios[i]!, planOf(scenarios[i]!, fixed[i]!), quality2017)).toEqual([]);
    }
    // A plan stored before notesZh: its notes stay English in the Chinese list, the carry-over note is in Chinese.
    const stored: SolveReport = { ...small };
    delete stored.notesZh;
    const fromOld = reportOf(carryForward(c, scenarios, [{ report: stored }, { error: 'the worker stopped' }], [0, 1])[1]!)!;
    expect(fromOld.notesZh!.slice(0, -1)).toEqual(fromOld.notes.slice(0, -1));
    expect(fromOld.notesZh!.at(-1)).toMatch(/^沿用总预算/);
    // A plan that breaks a point's scenario is not carried there: the smaller budget's plan at a tighter hiring cap.
    const capped = structuredClone(scenarios[2]!);
    capped.hiring.maxNewTeachers = capped.hiring.maxNewTeachers.map(() => 0);
    expect(small.actions.some((a) => a.kind === 'hire')).toBe(true);
    const kept = carryForward(c, [scenarios[0]!, scenarios[1]!, capped], outcomes, [0, 1, 2]);
    expect(reportOf(kept[2]!)).toBe(worse);
  }, 120_000);
});
