/**
 * A budget sweep never gets worse with more money. A plan for a smaller budget is feasible at a larger
 * one (every year's budget grows with the total: sweep-points.ts keeps the yearly proportions), so where a
 * point's own search ended with a worse plan than the next smaller budget's, that smaller budget's plan,
 * checked by the plan check at this point's scenario, is reported for it instead, with a note; its
 * money figures (budget, available) are those of this point, its gap is measured against this point's bound.
 */
import type { County } from '../county/types.ts';
import { planLedger } from '../optimize/ledger.ts';
import { optimalityText } from '../optimize/optimality.ts';
import { noteFields, reportNotes, type SolveReport } from '../optimize/solve-report.ts';
import { MIP_GAP_PREFIX, mipGapNote } from '../optimize/solve-notes.ts';
import type { Note } from '../model/note.ts';
import { checkPlan } from '../plan/check/index.ts';
import { yearlyCommitments } from '../scenario/commitments.ts';
import type { Scenario } from '../scenario/resolve.ts';
import { getStandard } from '../standards/index.ts';
import { robustEnrollment } from '../uncertainty/robust.ts';
import type { PointOutcome } from './sweep-summary.ts';

/** How the English note of a carried-over plan starts (a carried plan's older such note is replaced). */
const CARRIED = 'Plan of the';

/** Relative tolerance below which two objectives count as equal (solver noise in recomputed objectives). */
const SAME = 1e-9;

/** Total budget over the plan years (yuan). */
export function totalBudget(scenario: Scenario): number {
  return scenario.budget.perYear.reduce((a, b) => a + b, 0);
}

/** Indices of `scenarios` by increasing total budget (ties in their given order): the order the frontier is walked. */
export function budgetOrder(scenarios: readonly Scenario[]): number[] {
  return scenarios.map((_, i) => i).sort((a, b) => totalBudget(scenarios[a]!) - totalBudget(scenarios[b]!) || a - b);
}

/** +1 when a larger objective value is better (floor), −1 when smaller is (shortfall, mincost, cv). */
function direction(kind: string): 1 | -1 {
  return kind === 'floor' ? 1 : -1;
}

/** The report's plan, when it has one with an objective value. */
function planned(o: PointOutcome | undefined): SolveReport | undefined {
  return o && 'report' in o && o.report.method !== 'none' && o.report.objective.value !== null ? o.report : undefined;
}

/** True when `b` is worse than `a` (beyond SAME), or has no plan where `a` has one. */
function worse(a: SolveReport, b: PointOutcome): boolean {
  const r = planned(b);
  if (!r) return true;
  const d = direction(a.objective.kind);
  return d * (r.objective.value! - a.objective.value!) < -SAME * Math.max(1, Math.abs(a.objective.value!));
}

/**
 * Outcomes with each point that is worse than a smaller budget's replaced by that plan, when the plan check
 * finds it feasible at the point's scenario. `order`: indices by increasing total budget.
 */
export function carryForward(county: County, scenarios: readonly Scenario[], outcomes: readonly PointOutcome[], order: readonly number[]): PointOutcome[] {
  const out = [...outcomes];
  // The best plan so far and the budget (yuan) it was solved for (a carried plan keeps its origin).
  let best: { report: SolveReport; budget: number } | undefined;
  for (const i of order) {
    if (best && worse(best.report, out[i]!)) {
      const carried = carriedReport(county, scenarios[i]!, best.report, best.budget, out[i]!);
      if (carried) out[i] = { report: carried, carriedFrom: best.budget };
    }
    const o = out[i]!;
    const r = planned(o);
    if (r && (!best || !worse(best.report, o))) best = { report: r, budget: 'carriedFrom' in o && o.carriedFrom !== undefined ? o.carriedFrom : totalBudget(scenarios[i]!) };
  }
  return out;
}

/** The smaller budget's report at this point's scenario, or undefined when the plan check finds a violation there. */
function carriedReport(county: County, scenario: Scenario, from: SolveReport, fromBudget: number, own: PointOutcome): SolveReport | undefined {
  const standard = getStandard(scenario.standard);
  if (!standard) return undefined;
  const plan = { scenario: scenario.name, years: scenario.years, actions: from.actions, rotations: from.rotations };
  if (checkPlan(county, scenario, plan, standard).length > 0) return undefined;
  const committed = yearlyCommitments(county, scenario, robustEnrollment(county, scenario)).map((c) => c.committed);
  const ledger = planLedger(from.actions, from.rotations, scenario, committed);
  const mine = planned(own);
  const gap = mine ? gapAgainst(mine, from.objective.value!) : undefined;
  return {
    ...from,
    scenario: scenario.name,
    years: from.years.map((y, t) => ({ ...y, budget: ledger.years[t]!.budget, available: ledger.years[t]!.available })),
    ...(gap !== undefined ? { mipGap: gap, optimality: { optimal: gap <= 1e-6, ...optimalityText(gap) } } : {}),
    ...noteFields([
      ...reportNotes(from).filter((n) => !n.en.startsWith(MIP_GAP_PREFIX) && !n.en.startsWith(CARRIED)),
      ...(gap !== undefined ? [mipGapNote(gap)] : []),
      carriedNote(fromBudget, mine),
    ]),
  };
}

/** The note of a carried-over plan: the smaller budget (yuan) it comes from, and what this point's own search ended with. */
function carriedNote(fromBudget: number, own: SolveReport | undefined): Note {
  const budget = Math.round(fromBudget);
  const value = own?.objective.value?.toPrecision(6);
  return {
    zh: `沿用总预算 ${budget} 元时的方案：本预算自身的搜索结果（${value !== undefined ? `目标值 ${value}` : '无方案'}）不如该方案，`
      + '而该方案在本预算下同样可行（经方案核查），故改报该方案。',
    en: `${CARRIED} ${budget} yuan point, carried over: this budget's own search ended with ${value !== undefined ? `objective ${value}` : 'no plan'}, `
      + 'worse than that plan, which is feasible here too (plan check) and is reported instead.',
  };
}

/** Gap of `value` against the bound that `own`'s solve proved (relative, 0 when met), if it proved one. */
function gapAgainst(own: SolveReport, value: number): number | undefined {
  if (own.mipGap === undefined) return undefined;
  const d = direction(own.objective.kind);
  // In minimised terms m = −d·value; own's bound is m_own − gap·|m_own|.
  const mOwn = -d * own.objective.value!;
  const bound = mOwn - own.mipGap * Math.abs(mOwn);
  const m = -d * value;
  return Math.max(0, (m - bound) / Math.max(Math.abs(m), 1e-9));
}
