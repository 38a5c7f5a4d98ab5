/** Budget sweep points: copies of a scenario whose total budget runs from `from` to `to` yuan. */
import type { Scenario } from './resolve.ts';

function checkAmount(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number of yuan, got ${value}`);
  if (value < 0) throw new RangeError(`${name} must not be negative, got ${value} yuan`);
}

/** Shares of the total budget per plan year; an equal split when the scenario's budget is all zero. */
export function yearShares(perYear: readonly number[]): number[] {
  const total = perYear.reduce((s, v) => s + v, 0);
  if (perYear.length === 0) throw new RangeError('the scenario has no plan years');
  return total > 0 ? perYear.map((v) => v / total) : perYear.map(() => 1 / perYear.length);
}

/** Yearly amounts (yuan) summing exactly to `total`, split by `shares`. */
export function splitBudget(total: number, shares: readonly number[]): number[] {
  const out = shares.map((s) => total * s);
  const rest = out.slice(0, -1).reduce((s, v) => s + v, 0);
  out[out.length - 1] = Math.max(0, total - rest);
  return out;
}

/** Evenly spaced totals from `from` to `to` inclusive (yuan). */
export function sweepTotals(from: number, to: number, steps: number): number[] {
  checkAmount('--from', from);
  checkAmount('--to', to);
  if (from > to) throw new RangeError(`--from (${from}) must not be larger than --to (${to})`);
  if (!Number.isInteger(steps) || steps < 2) throw new RangeError(`--steps must be a whole number of at least 2, got ${steps}`);
  return Array.from({ length: steps }, (_, i) => (i === steps - 1 ? to : from + ((to - from) * i) / (steps - 1)));
}

/**
 * One scenario per point, total budget over the plan years scaled from `from` to `to` yuan (inclusive,
 * `steps` ≥ 2 points), keeping the scenario's yearly proportions; the input is not changed.
 */
export function sweepBudgets(scenario: Scenario, from: number, to: number, steps: number): Scenario[] {
  const totals = sweepTotals(from, to, steps);
  const shares = yearShares(scenario.budget.perYear);
  return totals.map((total) => {
    const copy = structuredClone(scenario);
    copy.budget.perYear = splitBudget(total, shares);
    copy.name = `${scenario.name} @ ${total}`;
    return copy;
  });
}
