/**
 * The floor LP of a large county by row generation (engine/solve/highs-lazy.ts): of the rows
 * `ratio − z_t ≥ 0` (model/objective.ts addFloorObjective) only those whose ratio without any decision
 * lies below a cap on z_t start in the LP, z_t ≤ cap_t, and the solver adds a row once the solution
 * breaks it and raises a cap while z_t sits on it. The answer is the optimum of the whole LP (values,
 * objective, and duals with 0 on rows never added); only the time depends on the caps.
 *
 * Why caps: without them the LP without most rows lifts z_t far above its optimum (the schools whose rows
 * are left out cost nothing to "raise") and the next round adds nearly every row at once. With z_t capped
 * just above its optimum, the rows with base ratio ≥ cap_t can only be broken by decisions that lower a
 * ratio (a donor's teachers rotating out), and few are.
 *
 * Where the caps come from: the same LP on a sample of the schools, one in k in order of their shortfall
 * (their floor and school-rule rows only, the others' decisions fixed at 0, the county-wide rows — budget,
 * hiring cap, quota, rotation minimum, targets — scaled to the sample): 2,000 schools, 0.4 s (0.7 s with
 * targets), within a few % of each year's floor. Measured on the 2,000-school LP (docs/planning-model.md):
 * whole LP 11–12 s, this path 2–3 s after the sample.
 */
import { relaxed, type PlanningModel } from '../model/build.ts';
import { isMip, type LazyRows, type LpConstraint, type LpModel, type SolveOptions, type SolveResult, type Solver } from '../solve/model.ts';
import { planFloors } from './plan-objective.ts';
import type { Limits } from './stages.ts';

/** Below this many floor rows the whole LP is quick (500 schools: about 9,000) and row generation is not used. */
export const LAZY_MIN_FLOOR_ROWS = 12_000;
/** Floor rows per sampled school group: the sample LP keeps about this many floor rows. */
const SAMPLE_FLOOR_ROWS = 4_000;
/**
 * Caps sit this far (relative) above the sample's floors. 0: the sample's floors are within a few % of the
 * county's either way; a cap a little high costs a longer first solve, one a little low a raise (highs-lazy.ts),
 * and on the 2,000-school LP both cost about the same (docs/planning-model.md).
 */
const CAP_MARGIN = 0;
/** County-wide rows whose bounds scale with the share of schools sampled (names from model/*.ts). */
const COUNTY_ROWS = /^(budget|hiringCap|quota|rotationMin|target)\[/;
/** Rows of one school's part (named by school id first) a sample leaves out for the schools not in it. */
const SCHOOL_ROWS = /^(floorDef|passRatio|passCount)\[/;

interface FloorRow {
  row: number;
  /** Plan year index of the row's z_t. */
  t: number;
  /** ratio with every decision at 0 (the row is ratio − z_t ≥ 0, its constant moved to the bound). */
  base: number;
  school: string;
}

/** Floor rows of pm.model (none unless the objective is the floor), cached per model. */
const rowsOf = new WeakMap<PlanningModel, FloorRow[]>();

export function floorRows(pm: PlanningModel): FloorRow[] {
  const known = rowsOf.get(pm);
  if (known) return known;
  const z = pm.ctx.scenario.objective.kind === 'floor' ? [...pm.objective.terms.keys()] : [];
  const out: FloorRow[] = [];
  pm.model.constraints.forEach((c, row) => {
    if (!c.name.startsWith('floorDef[')) return;
    const t = z.findIndex((j) => c.terms.some(([k]) => k === j));
    if (t >= 0 && c.ub === Infinity) out.push({ row, t, base: -c.lb, school: c.name.slice('floorDef['.length).split(',')[0]! });
  });
  rowsOf.set(pm, out);
  return out;
}

/** True when `model` carries pm's floor rows at the same places (pm.model and the copies made from it). */
function carriesFloorRows(pm: PlanningModel, model: LpModel, rows: readonly FloorRow[]): boolean {
  if (model.constraints.length < pm.model.constraints.length) return false;
  return [rows[0]!, rows[rows.length - 1]!].every((r) => model.constraints[r.row]!.name === pm.model.constraints[r.row]!.name);
}

/** Lazy rows and caps for an LP of the floor model: rows with base ratio below cap_t start in the LP. */
export function floorLazyRows(pm: PlanningModel, caps: readonly number[]): LazyRows {
  const z = [...pm.objective.terms.keys()];
  return {
    rows: floorRows(pm).filter((r) => r.base >= caps[r.t]!).map((r) => r.row),
    caps: z.map((j, t) => [j, caps[t]!] as const),
  };
}

/**
 * Per plan year an estimate of the floor LP's z_t: the LP of `model` (relaxed) with the floor rows (and
 * school-rule rows) of one school in `k`, the others' decisions fixed at 0, and the county-wide rows scaled
 * to the sample (targets by the sample's share of their schools, the rest by 1/k). null when it is not solved.
 */
export async function sampledFloors(pm: PlanningModel, model: LpModel, solver: Solver, limits: Limits): Promise<number[] | null> {
  const rows = floorRows(pm);
  const k = Math.max(2, Math.round(rows.length / SAMPLE_FLOOR_ROWS));
  // A systematic sample of the schools in order of their shortfall (Σ over floor rows of max(0, 1 − base ratio)):
  // each sampled school stands for k schools of about the same need, so the sample's floors are close to the county's.
  const need = new Map<string, number>();
  for (const r of rows) need.set(r.school, (need.get(r.school) ?? 0) + Math.max(0, 1 - r.base));
  const order = [...need.keys()].sort((a, b) => need.get(a)! - need.get(b)! || (a < b ? -1 : 1));
  const sampled = new Set(order.filter((_, i) => i % k === Math.floor(k / 2)));
  // The other schools take no part: their decisions (and passes, with targets) fixed at 0; they would
  // otherwise lend teachers by rotation, or count as passing without their school rule.
  const out = new Set(pm.ctx.schools.flatMap((school, si) => (!sampled.has(school.id) ? schoolColumns(pm, si) : [])));
  const constraints = model.constraints.flatMap((c, i): LpConstraint[] => {
    if (i < pm.model.constraints.length && SCHOOL_ROWS.test(c.name) && !sampled.has(c.name.slice(c.name.indexOf('[') + 1).split(',')[0]!)) return [];
    if (!COUNTY_ROWS.test(c.name)) return [c];
    // A target counts the sampled schools' passes only: its share of them; the other county-wide rows 1/k.
    const share = c.name.startsWith('target[') ? c.terms.filter(([j]) => !out.has(j)).length / Math.max(1, c.terms.length) : 1 / k;
    return [{ ...c, lb: c.lb * share, ub: c.ub * share }];
  });
  const variables = model.variables.map((v, j) => (out.has(j) && v.lb <= 0 ? { ...v, lb: 0, ub: 0 } : v));
  const r = await solver.solve(relaxed({ ...model, variables, constraints }), limits);
  if (r.status !== 'optimal') return null;
  return [...pm.objective.terms.keys()].map((j) => r.values[j]!);
}

/** A school's decision columns (model/variables.ts, classrooms.ts, arts-rooms.ts) and pass columns (targets.ts). */
function schoolColumns(pm: PlanningModel, si: number): number[] {
  const { cols } = pm.ctx;
  const perSchool = [cols.teachingArea, cols.sportsArea, cols.equipment, cols.multimediaRooms, cols.upgrade, cols.classrooms, cols.musicRooms, cols.artRooms,
    ...Object.values(cols.hire), ...Object.values(cols.out), ...Object.values(cols.in)];
  const pass = pm.ctx.passColumns;
  const passes = pass ? [...(pass.school[si] ?? []), ...pm.ctx.parts.flatMap((part, pi) => (part.school === si ? (pass.relax[pi] ?? []).flatMap((r) => Object.values(r)) : []))] : [];
  return [...perSchool.flatMap((byYear) => byYear[si] ?? []), ...passes].filter((j) => j >= 0);
}

/**
 * `solver` with row generation on the floor rows for every LP of pm's floor model it is given (large
 * counties only, `minRows` floor rows or more; MIPs and other models go through unchanged). The caps come
 * from sampledFloors, solved once, on the first such LP.
 */
export function withFloorRows(pm: PlanningModel, solver: Solver, minRows = LAZY_MIN_FLOOR_ROWS): Solver {
  const rows = floorRows(pm);
  // Only HiGHS does row generation (SolveOptions.lazy); for another solver the sample would be a solve for nothing.
  if (solver.name !== 'highs' || rows.length === 0 || rows.length < minRows) return solver;
  let caps: Promise<number[] | null> | undefined;
  return {
    name: solver.name,
    async solve(model: LpModel, options: SolveOptions = {}): Promise<SolveResult> {
      if (options.lazy || isMip(model) || !carriesFloorRows(pm, model, rows)) return solver.solve(model, options);
      const started = performance.now();
      const limits = { timeLimitSeconds: options.timeLimitSeconds ?? 60, mipRelGap: options.mipRelGap ?? 0 };
      caps ??= sampledFloors(pm, model, solver, limits).then((f) => f && f.map((v) => v + Math.max(Math.abs(v), 1e-3) * CAP_MARGIN));
      const levels = await caps;
      if (!levels) return solver.solve(model, options);
      const left = Math.max(0.01, limits.timeLimitSeconds - (performance.now() - started) / 1000);
      const r = await solver.solve(model, { ...options, timeLimitSeconds: left, lazy: floorLazyRows(pm, levels) });
      return { ...r, seconds: (performance.now() - started) / 1000 };
    },
  };
}

/**
 * pm.model with each z_t fixed at the floor plan x reaches (the lower of its z_t and its lowest ratio): the
 * model the cost or shortfall tie-break of a floor LP is solved on, so the tie-break cannot lower any
 * year's floor. With z_t fixed a floor row whose ratio cannot fall below z_t within the column bounds
 * holds whatever the plan does: it is left empty (same row numbers, nothing for the solver to read).
 * 2,000 schools: 0.6 s instead of 6 s with z_t free under one row on their average, and 30 MB less WASM memory
 * (the HiGHS adapter keeps free empty rows out of the solver).
 */
export function floorsFixed(pm: PlanningModel, x: readonly number[]): LpModel {
  const z = [...pm.objective.terms.keys()];
  const floors = planFloors(pm, x);
  const at = new Map(z.map((j, t) => [j, Math.min(x[j]!, floors[t]!)]));
  const variables = pm.model.variables.map((v, j) => (at.has(j) ? { ...v, lb: at.get(j)!, ub: at.get(j)! } : v));
  const constraints = [...pm.model.constraints];
  for (const r of floorRows(pm)) {
    const row = constraints[r.row]!;
    let lowest = 0;
    for (const [j, a] of row.terms) lowest += at.has(j) ? a * at.get(j)! : a * (a > 0 ? variables[j]!.lb : variables[j]!.ub);
    if (lowest >= row.lb) constraints[r.row] = { name: row.name, terms: [], lb: -Infinity, ub: Infinity };
  }
  return { ...pm.model, variables, constraints };
}
