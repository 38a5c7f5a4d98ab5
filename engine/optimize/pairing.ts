/**
 * Who goes where: for each (year, category) the teachers leaving donors are sent to receivers by a
 * transportation LP minimising teacher-km. With integral supplies its vertex optima are integral.
 */
import type { School } from '../county/types.ts';
import { juniorCapable, receivesAtJunior } from '../plan/rotation-roles.ts';
import { LpBuilder } from '../solve/builder.ts';
import type { SolveResult, Solver } from '../solve/model.ts';
import type { Rotation, RotationCategory } from '../plan/types.ts';
import { compareIds, hasCoordinates, schoolDistances, type DistanceTable } from './distance.ts';

export interface RotationFlows {
  year: number;
  category: RotationCategory;
  untilYear: number;
  /** teachers out / in per school id; equal totals */
  donors: Map<string, number>;
  receivers: Map<string, number>;
}

export interface Pairing {
  rotations: Rotation[];
  method: 'coordinates' | 'id-order';
  note: string;
  noteZh: string;
}

export interface PairingOptions {
  /** km by school id (either direction); pairs it lacks use coordinates. */
  distances?: DistanceTable;
  /** Cheapest partners per school in the first sparse model (speed only; the result is the exact optimum). */
  nearest?: number;
  /**
   * Primary schools send to schools with a junior part only their junior-certified teachers (over the whole plan),
   * and such arcs are used only where needed (plan/rotation-roles.ts juniorCapable).
   */
  levelAware?: boolean;
}

/** Cost added to an arc from a primary school to a school with a junior part, so those arcs carry only what they must. */
const LEVEL_PENALTY = 1e6;

export class PairingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PairingError';
  }
}

const EPS = 1e-6;
const MAX_ROUNDS = 50;
const positive = (m: Map<string, number>) => [...m].filter(([, n]) => n > 1e-9).sort((a, b) => compareIds(a[0], b[0]));
const isWhole = (n: number) => Math.abs(n - Math.round(n)) <= 1e-9;

/** One (year, category): supplies, demands and the D×R cost matrix (NaN where a school would pair with itself). */
interface Transport {
  label: string;
  donors: [string, number][];
  receivers: [string, number][];
  cost: Float64Array;
  /** Level caps: per primary donor, the most its arcs to junior receivers may carry. */
  caps?: { donor: number; limit: number; arcs: number[] }[];
}

function allArcs(t: Transport): Set<number> {
  return new Set([...t.cost.keys()].filter((a) => !Number.isNaN(t.cost[a]!)));
}

/** Each school's `nearest` cheapest partners plus the arcs of a greedy feasible flow (cheapest arcs first). */
function startingArcs(t: Transport, nearest: number): Set<number> {
  const D = t.donors.length;
  const R = t.receivers.length;
  const arcs = new Set<number>();
  const pick = (cands: number[]) => cands.filter((a) => !Number.isNaN(t.cost[a]!)).sort((a, b) => t.cost[a]! - t.cost[b]!).slice(0, nearest).forEach((a) => arcs.add(a));
  for (let i = 0; i < D; i++) pick(Array.from({ length: R }, (_, k) => i * R + k));
  for (let k = 0; k < R; k++) pick(Array.from({ length: D }, (_, i) => i * R + k));
  const s = t.donors.map(([, n]) => n);
  const d = t.receivers.map(([, n]) => n);
  const send = (a: number) => {
    const [i, k] = [Math.floor(a / R), a % R];
    const m = Math.min(s[i]!, d[k]!);
    if (m <= EPS || Number.isNaN(t.cost[a]!)) return;
    [s[i], d[k]] = [s[i]! - m, d[k]! - m];
    arcs.add(a);
  };
  [...arcs].sort((a, b) => t.cost[a]! - t.cost[b]!).forEach(send);
  for (let i = 0; i < D; i++) for (let k = 0; k < R && s[i]! > EPS; k++) send(i * R + k);
  return arcs;
}

async function solveOn(solver: Solver, t: Transport, arcs: number[], integer: boolean): Promise<SolveResult> {
  const R = t.receivers.length;
  const lp = new LpBuilder('min', `pairing ${t.label}`);
  const out = t.donors.map(() => [] as [number, number][]);
  const inn = t.receivers.map(() => [] as [number, number][]);
  for (const a of arcs) {
    const j = lp.addVariable(`x${a}`, { cost: t.cost[a]!, integer });
    out[Math.floor(a / R)]!.push([j, 1]);
    inn[a % R]!.push([j, 1]);
  }
  t.donors.forEach(([id, n], i) => lp.addEq(`out_${id}`, out[i]!, n));
  t.receivers.forEach(([id, n], k) => lp.addEq(`in_${id}`, inn[k]!, n));
  const column = new Map(arcs.map((a, j) => [a, j]));
  for (const cap of t.caps ?? []) {
    const terms = cap.arcs.filter((a) => column.has(a)).map((a): [number, number] => [column.get(a)!, 1]);
    if (terms.length > 0) lp.addConstraint(`junior_${t.donors[cap.donor]![0]}`, terms, { ub: cap.limit });
  }
  return solver.solve(lp.build(), { presolve: false });
}

/** Arcs outside the model with negative reduced cost c − u_i − v_k (duals: donor rows, then receiver rows), most negative first. */
function price(t: Transport, arcs: Set<number>, duals: number[]): number[] {
  const R = t.receivers.length;
  const found: [number, number][] = [];
  t.cost.forEach((c, a) => {
    if (Number.isNaN(c) || arcs.has(a)) return;
    const rc = c - duals[Math.floor(a / R)]! - duals[t.donors.length + (a % R)]!;
    if (rc < -1e-9 * Math.max(1, Math.abs(c))) found.push([a, rc]);
  });
  return found.sort((p, q) => p[1] - q[1]).slice(0, 2 * (t.donors.length + R)).map(([a]) => a);
}

/**
 * Exact minimum-cost flows by column generation: solve on a sparse arc set, add arcs the duals price
 * out, repeat; the full arc set when the sparse one is infeasible or no duals come back.
 */
async function solveTransport(solver: Solver, t: Transport, nearest: number): Promise<[string, string, number][]> {
  const R = t.receivers.length;
  // Level caps add rows the dual pricing does not know: solve those groups on every arc at once.
  let dense = (t.caps?.length ?? 0) > 0;
  let arcs = dense ? allArcs(t) : startingArcs(t, nearest);
  for (let round = 0; ; round++) {
    const list = [...arcs];
    const res = await solveOn(solver, t, list, false);
    if (res.status !== 'optimal' || !res.rowDuals || round >= MAX_ROUNDS) {
      if (res.status === 'optimal' && dense) return finish(t, list, res.values);
      if (dense || (res.status !== 'optimal' && res.status !== 'infeasible')) throw new PairingError(`${t.label}: pairing LP ${res.status}${res.message ? ` (${res.message})` : ''}`);
      [arcs, dense] = [allArcs(t), true];
      continue;
    }
    const more = price(t, arcs, res.rowDuals);
    if (more.length === 0) return finish(t, list, res.values);
    more.forEach((a) => arcs.add(a));
  }

  async function finish(tr: Transport, list: number[], values: number[]): Promise<[string, string, number][]> {
    const integral = [...tr.donors, ...tr.receivers].every(([, n]) => isWhole(n));
    let flows = integral ? values.map(Math.round) : values;
    if (integral && !totalsMatch(tr, list, flows)) {
      const mip = await solveOn(solver, tr, list, true);
      flows = mip.values.map(Math.round);
      if (mip.status !== 'optimal' || !totalsMatch(tr, list, flows)) throw new PairingError(`${tr.label}: no whole-teacher pairing preserves the totals`);
    }
    return list.map((a, j): [string, string, number] => [tr.donors[Math.floor(a / R)]![0], tr.receivers[a % R]![0], flows[j]!]).filter(([, , n]) => n > 1e-9);
  }
}

function totalsMatch(t: Transport, arcs: number[], flows: number[]): boolean {
  const R = t.receivers.length;
  const out = t.donors.map(() => 0);
  const inn = t.receivers.map(() => 0);
  arcs.forEach((a, j) => {
    out[Math.floor(a / R)]! += flows[j]!;
    inn[a % R]! += flows[j]!;
  });
  return t.donors.every(([, n], i) => Math.abs(out[i]! - n) <= EPS) && t.receivers.every(([, n], k) => Math.abs(inn[k]! - n) <= EPS);
}

function transport(group: RotationFlows, cost: (a: string, b: string) => number): Transport | null {
  const donors = positive(group.donors);
  const receivers = positive(group.receivers);
  const label = `${group.year} ${group.category}`;
  const supply = donors.reduce((s, [, n]) => s + n, 0);
  const demand = receivers.reduce((s, [, n]) => s + n, 0);
  if (Math.abs(supply - demand) > EPS * Math.max(1, supply)) throw new PairingError(`${label}: ${supply} teachers out but ${demand} in`);
  if (donors.length === 0) return null;
  const c = new Float64Array(donors.length * receivers.length);
  donors.forEach(([a], i) => receivers.forEach(([b], k) => (c[i * receivers.length + k] = a === b ? NaN : cost(a, b))));
  return { label, donors, receivers, cost: c };
}

/**
 * Pairs donors with receivers per (year, category), minimising teacher-km. Distances: the table where
 * it has the pair, else straight lines from x/y (km); if any needed pair has neither, every group falls
 * back to positions in id order and distanceKm is null. `solver` must return row duals for LPs (HiGHS does).
 */
export async function pairRotations(input: readonly RotationFlows[], schools: readonly School[], solver: Solver, options: PairingOptions = {}): Promise<Pairing> {
  const known = new Set(schools.map((s) => s.id));
  for (const g of input) {
    for (const id of [...g.donors.keys(), ...g.receivers.keys()]) if (!known.has(id)) throw new PairingError(`${g.year} ${g.category}: unknown school "${id}"`);
  }
  const d = schoolDistances(schools, options.distances);
  const covered = input.every((g) => {
    const receivers = positive(g.receivers);
    return positive(g.donors).every(([a]) => receivers.every(([b]) => a === b || d.km(a, b) !== undefined));
  });
  const method = covered ? 'coordinates' : 'id-order';
  const cost = covered ? (a: string, b: string) => d.km(a, b)! : (a: string, b: string) => d.idSteps(a, b);
  const rotations: Rotation[] = [];
  const byId = new Map(schools.map((s) => [s.id, s]));
  const capLeft = new Map(schools.map((s) => [s.id, juniorCapable(s)]));
  for (const g of input) {
    const t = transport(g, cost);
    if (t && options.levelAware) addLevelCaps(t, byId, capLeft);
    for (const [from, to, teachers] of t ? await solveTransport(solver, t, options.nearest ?? 20) : []) {
      rotations.push({ year: g.year, from, to, category: g.category, teachers, untilYear: g.untilYear, distanceKm: covered ? d.km(from, to)! : null });
      if (options.levelAware && receivesAtJunior(byId.get(to)!)) capLeft.set(from, capLeft.get(from)! - teachers);
    }
  }
  rotations.sort((p, q) => p.year - q.year || p.category.localeCompare(q.category) || compareIds(p.from, q.from) || compareIds(p.to, q.to));
  return { rotations, method, ...notes(method, d.usedTable(), input, schools) };
}

/** Primary donors → junior receivers: a penalty on each such arc and a cap of the donor's junior-certified teachers left. */
function addLevelCaps(t: Transport, byId: Map<string, School>, capLeft: Map<string, number>): void {
  const R = t.receivers.length;
  const junior = t.receivers.map(([id]) => receivesAtJunior(byId.get(id)!));
  t.caps = [];
  t.donors.forEach(([id], i) => {
    const limit = capLeft.get(id)!;
    if (!Number.isFinite(limit)) return;
    const arcs = junior.flatMap((j, k) => (j && !Number.isNaN(t.cost[i * R + k]!) ? [i * R + k] : []));
    for (const a of arcs) t.cost[a] = t.cost[a]! + LEVEL_PENALTY;
    if (arcs.length > 0) t.caps!.push({ donor: i, limit: Math.max(0, limit), arcs });
  });
}

function notes(method: Pairing['method'], usedTable: boolean, input: readonly RotationFlows[], schools: readonly School[]): { note: string; noteZh: string } {
  if (method === 'coordinates') {
    return usedTable
      ? { note: 'Rotations paired to minimise teacher-km, using the distance table (straight lines from coordinates where it has no entry).', noteZh: '按教师总路程最短配对交流，距离取自距离表（表中没有的按坐标直线距离）。' }
      : { note: 'Rotations paired to minimise teacher-km, using straight-line distances from school coordinates (km).', noteZh: '按教师总路程最短配对交流，距离为学校坐标间的直线距离（公里）。' };
  }
  const involved = new Set(input.flatMap((g) => [...g.donors.keys(), ...g.receivers.keys()]));
  const missing = schools.filter((s) => involved.has(s.id) && !hasCoordinates(s)).map((s) => s.id).sort(compareIds);
  const list = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
  const listZh = missing.slice(0, 5).join('、') + (missing.length > 5 ? `等${missing.length}所` : '');
  return {
    note: `Distances unknown (no coordinates for ${list || 'some schools'}): rotations paired with the nearest school in id order; distances are not reported.`,
    noteZh: `缺少学校坐标（${listZh || '部分学校'}），交流按学校编号顺序就近配对，不报告距离。`,
  };
}
