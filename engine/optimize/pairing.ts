/**
 * Who goes where: for each (year, category) the teachers leaving donors are sent to receivers by a
 * minimum-cost transportation problem minimising teacher-km (transport.ts, exact). With whole supplies
 * and demands the flows are whole.
 */
import type { School } from '../county/types.ts';
import { juniorCapable, receivesAtJunior } from '../plan/rotation-roles.ts';
import type { Rotation, RotationCategory } from '../plan/types.ts';
import { compareIds, hasCoordinates, schoolDistances, type Distances, type DistanceTable } from './distance.ts';
import { solveTransport, type TransportProblem } from './transport.ts';

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
const positive = (m: Map<string, number>) => [...m].filter(([, n]) => n > 1e-9).sort((a, b) => compareIds(a[0], b[0]));
const isWhole = (n: number) => Math.abs(n - Math.round(n)) <= 1e-9;

/** One (year, category): who sends and who takes, in id order. */
interface Group {
  flows: RotationFlows;
  label: string;
  donors: [string, number][];
  receivers: [string, number][];
}

function group(flows: RotationFlows): Group {
  const donors = positive(flows.donors);
  const receivers = positive(flows.receivers);
  const label = `${flows.year} ${flows.category}`;
  const supply = donors.reduce((s, [, n]) => s + n, 0);
  const demand = receivers.reduce((s, [, n]) => s + n, 0);
  if (Math.abs(supply - demand) > EPS * Math.max(1, supply)) throw new PairingError(`${label}: ${supply} teachers out but ${demand} in`);
  return { flows, label, donors, receivers };
}

/** The D × R id-order cost matrix (NaN where a school would pair with itself). */
function idStepMatrix(g: Group, d: Distances): Float64Array {
  const R = g.receivers.length;
  const c = new Float64Array(g.donors.length * R);
  g.donors.forEach(([a], i) => g.receivers.forEach(([b], k) => (c[i * R + k] = a === b ? NaN : d.idSteps(a, b))));
  return c;
}

/**
 * Pairs donors with receivers per (year, category), minimising teacher-km (an exact minimum-cost flow,
 * transport.ts). Distances: the table where it has the pair, else straight lines from x/y (km); if any
 * needed pair has neither, every group falls back to positions in id order and distanceKm is null.
 */
export async function pairRotations(input: readonly RotationFlows[], schools: readonly School[], options: PairingOptions = {}): Promise<Pairing> {
  const known = new Set(schools.map((s) => s.id));
  for (const g of input) {
    for (const id of [...g.donors.keys(), ...g.receivers.keys()]) if (!known.has(id)) throw new PairingError(`${g.year} ${g.category}: unknown school "${id}"`);
  }
  const d = schoolDistances(schools, options.distances);
  const byId = new Map(schools.map((s) => [s.id, s]));
  const groups = input.map(group).filter((g) => g.donors.length > 0);
  const kmOf = (g: Group) => d.kmMatrix(g.donors.map(([id]) => id), g.receivers.map(([id]) => id));
  // One group's matrix at a time (a 400 × 1,100 group's is 3.5 MB), built when solved. Every school with
  // coordinates covers every pair; else each group's matrix is checked here (a table may fill the gaps).
  const located = groups.every((g) => [...g.donors, ...g.receivers].every(([id]) => hasCoordinates(byId.get(id)!)));
  const covered = located || groups.every((g) => kmOf(g) !== null);
  const costOf = (g: Group) => (covered ? kmOf(g)! : idStepMatrix(g, d));
  const method = covered ? 'coordinates' : 'id-order';
  const rotations: Rotation[] = [];
  const capLeft = new Map(schools.map((s) => [s.id, juniorCapable(s)]));
  groups.forEach((g) => {
    const R = g.receivers.length;
    const whole = [...g.donors, ...g.receivers].every(([, n]) => isWhole(n));
    const problem: TransportProblem = {
      supply: Float64Array.from(g.donors, ([, n]) => (whole ? Math.round(n) : n)),
      demand: Float64Array.from(g.receivers, ([, n]) => (whole ? Math.round(n) : n)),
      cost: costOf(g),
    };
    if (options.levelAware) addLevelCaps(problem, g, byId, capLeft, whole);
    const flow = solveTransport(problem);
    if (!flow) throw new PairingError(`${g.label}: no pairing meets every school's total within the junior-certificate caps`);
    for (const [a, n] of [...flow].sort((p, q) => p[0] - q[0])) {
      const [from, to] = [g.donors[Math.floor(a / R)]![0], g.receivers[a % R]![0]];
      const teachers = whole ? Math.round(n) : n;
      if (teachers <= 1e-9) continue;
      rotations.push({ year: g.flows.year, from, to, category: g.flows.category, teachers, untilYear: g.flows.untilYear, distanceKm: covered ? d.km(from, to)! : null });
      if (options.levelAware && receivesAtJunior(byId.get(to)!)) capLeft.set(from, capLeft.get(from)! - teachers);
    }
  });
  rotations.sort((p, q) => p.year - q.year || p.category.localeCompare(q.category) || compareIds(p.from, q.from) || compareIds(p.to, q.to));
  return { rotations, method, ...notes(method, d.usedTable(), input, schools) };
}

/**
 * Primary donors → junior receivers: a penalty on each such arc, and a cap of the donor's junior-certified
 * teachers left (whole when the pairing is in whole teachers: a part of a teacher cannot go).
 */
function addLevelCaps(p: TransportProblem, g: Group, byId: Map<string, School>, capLeft: Map<string, number>, whole: boolean): void {
  const R = g.receivers.length;
  p.capped = Uint8Array.from(g.receivers, ([id]) => (receivesAtJunior(byId.get(id)!) ? 1 : 0));
  p.cap = Float64Array.from(g.donors, ([id]) => {
    const limit = capLeft.get(id)!;
    return Number.isFinite(limit) ? Math.max(0, whole ? Math.floor(limit + 1e-9) : limit) : Infinity;
  });
  g.donors.forEach((_, i) => {
    if (!Number.isFinite(p.cap![i]!)) return;
    for (let k = 0; k < R; k++) if (p.capped![k]) p.cost[i * R + k] = p.cost[i * R + k]! + LEVEL_PENALTY;
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
