/**
 * The floor search's per-year ceilings carried from one budget to the next: a sweep's points, a re-solve after a
 * budget edit. In-memory, per thread; what it returns is a valid upper bound or nothing.
 *
 * Why it is valid: the ceiling U_t(b) = max z_t of the relaxation is the optimum of an LP whose budget rows have
 * right-hand sides b, so it is concave in b, and the LP's duals on those rows give a supergradient. The ceiling LP
 * is solved as min −z_t, whose dual y_r = d(−U_t)/d b_r (solve/model.ts rowDuals); so for every b′
 *   U_t(b′) ≤ U_t(b) − Σ_r y_r (b′_r − b_r),
 * for a model that differs from the remembered one in the budget rows' upper bounds only (checked by a fingerprint
 * of everything else). The least of these bounds over the remembered budgets is used.
 * Why: the ceilings are three LPs a point (about 0.07 s of a warm sample sweep point's 0.4–1 s).
 */
import type { PlanningModel } from '../model/build.ts';
import type { LpModel } from '../solve/model.ts';

/** Slack on a carried ceiling, absolute plus per unit of budget moved (HiGHS solves duals to its 1e-7 tolerance). */
const CARRY_SAFETY = 1e-6;
/** Budgets remembered per model, and models remembered (least recently used dropped first). */
const PER_MODEL = 6;
const MODELS = 8;

interface Remembered {
  /** Upper bound of each budget row, model units. */
  rhs: number[];
  ceilings: number[];
  /** Per year, per budget row: dU_t/d b_r (= −dual). */
  slopes: number[][];
}

const memos = new Map<string, Remembered[]>();

/** Rows holding the yearly budgets (model/budget.ts). */
export function budgetRows(pm: PlanningModel): number[] {
  return pm.ctx.families.filter((f) => f.family === 'budget').map((f) => f.row);
}

export interface CeilingMemo {
  /** Ceilings valid for pm's budgets, from the budgets remembered for the same model; null when none is. */
  carried(): number[] | null;
  /** Remembers pm's ceilings with the duals of its ceiling LPs (one rowDuals array per year). */
  remember(ceilings: readonly number[], duals: readonly (readonly number[])[]): void;
}

/** The memo of pm's model (its fingerprint taken once, for both the lookup and the remembering). */
export function ceilingMemo(pm: PlanningModel): CeilingMemo {
  const rows = budgetRows(pm);
  const key = fingerprint(pm.model, rows);
  const rhs = rows.map((r) => pm.model.constraints[r]!.ub);
  return {
    carried: () => {
      const entries = memos.get(key);
      if (!entries) return null;
      memos.delete(key);
      memos.set(key, entries); // most recently used last
      const ceilings = entries[0]!.ceilings.map((_, t) =>
        Math.min(...entries.map((e) => {
          let change = 0;
          let moved = 0;
          e.slopes[t]!.forEach((slope, r) => {
            change += slope * (rhs[r]! - e.rhs[r]!);
            moved += Math.abs(rhs[r]! - e.rhs[r]!);
          });
          return e.ceilings[t]! + change + CARRY_SAFETY * (1 + moved);
        })));
      return ceilings.every(Number.isFinite) ? ceilings : null;
    },
    remember: (ceilings, duals) => {
      if (rows.length === 0 || !ceilings.every(Number.isFinite) || duals.length !== ceilings.length || duals.some((y) => y.length !== pm.model.constraints.length)) return;
      const entry = { rhs, ceilings: [...ceilings], slopes: duals.map((y) => rows.map((r) => -y[r]!)) };
      const entries = [entry, ...(memos.get(key) ?? [])].slice(0, PER_MODEL);
      memos.delete(key);
      memos.set(key, entries);
      while (memos.size > MODELS) memos.delete(memos.keys().next().value!);
    },
  };
}

/** Forgets every remembered ceiling (tests). */
export function forgetCeilings(): void {
  memos.clear();
}

/**
 * A 64-bit hash (two 32-bit lanes) of the model: sense, every column (bounds, cost, integrality) and every row
 * (terms and bounds), except the upper bounds of `skip` (the budget rows).
 */
export function fingerprint(model: LpModel, skip: readonly number[]): string {
  const word = new Float64Array(1);
  const halves = new Uint32Array(word.buffer);
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  const mix = (x: number): void => {
    word[0] = x;
    a = Math.imul(a ^ halves[0]!, 0x01000193) ^ halves[1]!;
    b = Math.imul(b ^ halves[1]!, 0x5bd1e995) ^ (b >>> 15) ^ halves[0]!;
  };
  const skipped = new Set(skip);
  mix(model.sense === 'max' ? 1 : 0);
  mix(model.variables.length);
  for (const v of model.variables) {
    mix(v.lb);
    mix(v.ub);
    mix(v.cost);
    mix(v.integer ? 1 : 0);
  }
  mix(model.constraints.length);
  model.constraints.forEach((row, i) => {
    mix(row.lb);
    mix(skipped.has(i) ? 0 : row.ub);
    mix(row.terms.length);
    for (const [j, c] of row.terms) {
      mix(j);
      mix(c);
    }
  });
  return `${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`;
}
