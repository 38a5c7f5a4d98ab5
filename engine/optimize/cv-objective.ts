/**
 * The `cv` objective: smallest c such that, in the final plan year, every indicator's student-weighted
 * difference coefficient is at most c × its level's limit. S ≤ c·X̄ is a convex cone, so for a fixed c
 * tangent cuts (outer approximation) decide feasibility; bisection on c finds the smallest, to 1e-4.
 */
import { differenceCoefficient } from '../indicators/cv.ts';
import { relaxed, type PlanningModel } from '../model/build.ts';
import type { LpConstraint, LpModel, Solver } from '../solve/model.ts';
import { isMip } from '../solve/model.ts';
import { solveStage, type Limits, type StageResult } from './stages.ts';

const TOL = 1e-4;
const MAX_CUT_ROUNDS = 40;

interface Group {
  level: 'primary' | 'junior';
  key: string;
  per: number;
  limit: number;
  parts: number[];
}

interface Direction {
  group: number;
  g: number[]; // unit vector over the group's parts
}

export interface CvOutcome {
  stage: StageResult | null;
  bound: number;
  achieved: number;
  cutRounds: number;
  model: LpModel;
}

function groups(pm: PlanningModel): Group[] {
  const { ctx } = pm;
  const out: Group[] = [];
  for (const level of ['primary', 'junior'] as const) {
    const parts = ctx.parts.flatMap((p, i) => (p.level === level && p.included[ctx.T - 1] ? [i] : []));
    if (parts.length < 2) continue;
    for (const ind of ctx.standard.indicators) out.push({ level, key: ind.key, per: ind.per, limit: ctx.standard.cvLimit[level], parts });
  }
  return out;
}

/** Exact coefficient / limit per group in the final year, and the gradient direction there. */
function measure(pm: PlanningModel, gs: Group[], x: readonly number[]): { ratio: number; g: number[] }[] {
  const t = pm.ctx.T - 1;
  return gs.map((gr) => {
    const P = gr.parts.map((pi) => pm.ctx.parts[pi]!.students[t]!);
    const total = P.reduce((a, b) => a + b, 0);
    const X = gr.parts.map((pi, i) => (pm.ctx.amount[pi]![gr.key]![t]!.value(x) / P[i]!) * gr.per);
    const d = differenceCoefficient(X.map((value, i) => ({ weight: P[i]!, value })));
    const dev = X.map((v, i) => Math.sqrt(P[i]! / total) * (v - d.mean));
    const norm = Math.hypot(...dev);
    return { ratio: d.cv / gr.limit, g: norm > 0 ? dev.map((v) => v / norm) : dev.map(() => 0) };
  });
}

/** Σ_i g_i √w_i (X_i − X̄) ≤ c·limit·X̄, written over the parts' amounts and scaled to unit size. */
function cutRow(pm: PlanningModel, gr: Group, g: number[], c: number, name: string): LpConstraint {
  const t = pm.ctx.T - 1;
  const P = gr.parts.map((pi) => pm.ctx.parts[pi]!.students[t]!);
  const total = P.reduce((a, b) => a + b, 0);
  const G = g.reduce((s, gi, i) => s + gi * Math.sqrt(P[i]! / total), 0);
  const terms = new Map<number, number>();
  let constant = 0;
  let scale = 0;
  gr.parts.forEach((pi, i) => {
    const coef = (g[i]! * Math.sqrt(P[i]! / total)) / P[i]! - (G + c * gr.limit) / total;
    const expr = pm.ctx.amount[pi]![gr.key]![t]!;
    constant += coef * expr.constant;
    scale += expr.constant / total;
    for (const [j, a] of expr.terms) terms.set(j, (terms.get(j) ?? 0) + coef * a);
  });
  const k = scale > 0 ? 1 / scale : 1;
  return { name, terms: [...terms].map(([j, a]) => [j, a * k] as [number, number]), lb: -Infinity, ub: -constant * k };
}

async function feasibleAt(
  pm: PlanningModel, base: LpModel, gs: Group[], dirs: Direction[], c: number, solver: Solver, limits: Limits,
): Promise<{ stage: StageResult | null; rounds: number }> {
  for (let round = 1; round <= MAX_CUT_ROUNDS; round++) {
    const cuts = dirs.map((d, i) => cutRow(pm, gs[d.group]!, d.g, c, `cvCut[${i}]`));
    const stage = await solveStage(solver, { ...base, constraints: [...base.constraints, ...cuts] }, limits);
    if (!stage.x) return { stage: null, rounds: round };
    const m = measure(pm, gs, stage.x);
    const violated = m.flatMap((r, gi) => (r.ratio > c + TOL ? [gi] : []));
    if (violated.length === 0) return { stage, rounds: round };
    for (const gi of violated) dirs.push({ group: gi, g: m[gi]!.g });
  }
  return { stage: null, rounds: MAX_CUT_ROUNDS };
}

export async function minimizeCv(pm: PlanningModel, solver: Solver, limits: Limits, onStep?: (c: number) => void): Promise<CvOutcome> {
  const gs = groups(pm);
  const lp = relaxed(pm.model);
  const start = await solveStage(solver, lp, limits);
  if (!start.x) return { stage: start, bound: NaN, achieved: NaN, cutRounds: 0, model: pm.model };
  const dirs: Direction[] = [];
  let hi = Math.max(0, ...measure(pm, gs, start.x).map((m) => m.ratio));
  let lo = 0;
  let rounds = 0;
  while (hi - lo > TOL) {
    const mid = (lo + hi) / 2;
    onStep?.(mid);
    const r = await feasibleAt(pm, lp, gs, dirs, mid, solver, limits);
    rounds += r.rounds;
    if (r.stage) hi = mid;
    else lo = mid;
  }
  // Final plan at the bound, with whole numbers where the scenario asks; step up while integers do not fit.
  for (let c = hi, step = 0; step < 12; step++, c = c + Math.max(TOL * 10, c * 0.01 * 2 ** step)) {
    const r = await feasibleAt(pm, pm.model, gs, dirs, c, solver, limits);
    rounds += r.rounds;
    if (r.stage) {
      const cuts = dirs.map((d, i) => cutRow(pm, gs[d.group]!, d.g, c, `cvCut[${i}]`));
      const achieved = Math.max(0, ...measure(pm, gs, r.stage.x!).map((m) => m.ratio));
      return { stage: r.stage, bound: c, achieved, cutRounds: rounds, model: { ...pm.model, constraints: [...pm.model.constraints, ...cuts] } };
    }
    if (!isMip(pm.model)) break;
  }
  return { stage: null, bound: hi, achieved: NaN, cutRounds: rounds, model: pm.model };
}
