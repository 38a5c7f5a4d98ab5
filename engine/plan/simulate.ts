/**
 * Replays a decoded plan year by year as docs/planning-model.md defines it, independently of the LP
 * model, and checks the plan's policy bounds. Years in plans are calendar years (scenario.years).
 */
import type { County, ResourceKey, School, TeacherResourceKey } from '../county/types.ts';
import { evaluateCounty, exclusionReason } from '../indicators/evaluate.ts';
import { plannedSchools } from './planned-schools.ts';
import { partAmount, schoolParts } from '../indicators/parts.ts';
import type { Evaluation } from '../indicators/types.ts';
import { projectEnrollment, type SchoolEnrollment } from '../scenario/enrollment.ts';
import type { Scenario } from '../scenario/resolve.ts';
import type { Standard } from '../standards/types.ts';
import { SPEND_CATEGORIES, type Plan, type RotationCategory, type SpendCategory, type TeacherCategory } from './types.ts';

export type Spend = Record<SpendCategory, number> & { total: number }; // yuan

export interface SimulatedYear {
  year: number;
  county: County;
  evaluation: Evaluation;
  spend: Spend;
  budget: number; // yuan allotted this year
  available: number; // yuan, with carry-over
  overBudget: number; // yuan over what was available, 0 if within
  /** Parts of the schools the planning model includes (base data), even where year-s enrollment would leave a teaching point out. */
  values: { schoolId: string; level: 'primary' | 'junior'; values: Record<string, number> }[];
}

export interface Simulation { years: SimulatedYear[] }

export interface PlanViolation { rule: string; year?: number; schoolId?: string; amount: number; limit: number; message: string }

export interface RotationRoles { donors: Set<string>; receivers: Set<string> }

export class PlanError extends Error {
  constructor(readonly violations: PlanViolation[]) {
    super(`plan does not fit the data or scenario:\n${violations.map((v) => `  ${v.message}`).join('\n')}`);
    this.name = 'PlanError';
  }
}

export const CHECK_TOLERANCE = 1e-6;
const ROTATION_CATEGORIES: readonly RotationCategory[] = ['general', 'backbone'];
const ROTATED: Record<RotationCategory, ResourceKey[]> = { general: ['degreeTeachers', 'teachers'], backbone: ['backboneTeachers', 'degreeTeachers', 'teachers'] };
const HIRED: Record<TeacherCategory, ResourceKey[]> = { ...ROTATED, peArt: ['peArtTeachers', 'degreeTeachers', 'teachers'] };
/** The indicator resource whose level decides who may send a rotation category. */
export const ROLE_RESOURCE: Record<RotationCategory, ResourceKey> = { general: 'degreeTeachers', backbone: 'backboneTeachers' };

type Additions = Map<string, Partial<Record<ResourceKey, number>>>;
const zeroSpend = (): Spend => ({ construction: 0, equipment: 0, multimedia: 0, hiring: 0, upgrades: 0, rotation: 0, total: 0 });

/** Whole-school amount the standard requires of `resource` at base enrollment: Σ parts threshold × students / per (threshold 1 where the standard has none). */
function requiredAmount(school: School, resource: ResourceKey, standard: Standard): number {
  const ind = standard.indicators.find((i) => i.resource === resource);
  return schoolParts(school).reduce((sum, part) => sum + ((ind?.threshold[part.level] ?? 1) * part.students) / (ind?.per ?? 100), 0);
}

/** Schools the plan may act on: those the evaluation includes in the base data. */
function includedIds(county: County, scenario: Scenario, standard: Standard): Set<string> {
  return new Set(plannedSchools(county, scenario, standard).map((p) => p.school.id));
}

/** Donors: included schools whose base amount / requirement is at or above the county's Σ amounts / Σ requirements; receivers: the other included schools. */
export function rotationRoles(county: County, standard: Standard): Record<RotationCategory, RotationRoles> {
  const included = county.schools.filter((s) => exclusionReason(s, standard) === undefined);
  const roles = {} as Record<RotationCategory, RotationRoles>;
  for (const cat of ROTATION_CATEGORIES) {
    const rows = included.map((s) => ({ id: s.id, amount: s.resources[ROLE_RESOURCE[cat]] ?? 0, need: requiredAmount(s, ROLE_RESOURCE[cat], standard) }));
    const countyRatio = rows.reduce((a, r) => a + r.amount, 0) / rows.reduce((a, r) => a + r.need, 0);
    roles[cat] = { donors: new Set(), receivers: new Set() };
    for (const r of rows) {
      const ratio = r.need > 0 ? r.amount / r.need : Infinity;
      (ratio >= countyRatio * (1 - 1e-12) ? roles[cat].donors : roles[cat].receivers).add(r.id);
    }
  }
  return roles;
}

/** Plan entries that cannot be replayed at all: unknown schools, years outside the horizon, unknown projects. */
function structuralProblems(county: County, scenario: Scenario, plan: Plan): PlanViolation[] {
  const ids = new Set(county.schools.map((s) => s.id));
  const out: PlanViolation[] = [];
  const bad = (rule: string, message: string, year?: number) => out.push({ rule, ...(year === undefined ? {} : { year }), amount: 1, limit: 0, message });
  const yearOk = (y: number, what: string) => scenario.years.includes(y) || bad('planYear', `${what}: year ${y} is not a plan year`, y);
  for (const a of plan.actions) {
    if (!ids.has(a.schoolId)) bad('unknownSchool', `${a.kind} at unknown school "${a.schoolId}"`, a.year);
    yearOk(a.year, `${a.kind} at ${a.schoolId}`);
    if (a.kind === 'project' && !scenario.construction.projects.some((p) => p.id === a.projectId)) bad('project', `unknown project "${a.projectId}"`, a.year);
  }
  for (const r of plan.rotations) {
    for (const id of [r.from, r.to]) if (!ids.has(id)) bad('unknownSchool', `rotation with unknown school "${id}"`, r.year);
    yearOk(r.year, `rotation ${r.from} → ${r.to}`);
  }
  return out;
}

/** Per plan year: whole-school additions that count in that year, and spend by category. */
function replay(county: County, scenario: Scenario, plan: Plan): { additions: Additions[]; spend: Spend[] } {
  const T = scenario.years.length;
  const additions: Additions[] = scenario.years.map(() => new Map());
  const spend = scenario.years.map(zeroSpend);
  const c = scenario.costs;
  const add = (id: string, key: ResourceKey, n: number, from: number, to = T - 1) => {
    for (let s = Math.max(0, from); s <= Math.min(to, T - 1); s++) {
      const a = additions[s]!.get(id) ?? {};
      a[key] = (a[key] ?? 0) + n;
      additions[s]!.set(id, a);
    }
  };
  const lead = scenario.construction.leadYears;
  for (const a of plan.actions) {
    const t = scenario.years.indexOf(a.year);
    const n = a.amount;
    if (a.kind === 'teachingArea' || a.kind === 'sportsArea') {
      add(a.schoolId, a.kind, n, t + lead);
      spend[t]!.construction += n * (a.kind === 'teachingArea' ? c.teachingAreaPerM2 : c.sportsAreaPerM2);
    } else if (a.kind === 'project') {
      const p = scenario.construction.projects.find((q) => q.id === a.projectId)!;
      add(a.schoolId, (a.projectKind ?? p.kind) === 'teaching' ? 'teachingArea' : 'sportsArea', n, t + lead);
      spend[t]!.construction += p.cost;
    } else if (a.kind === 'equipment') {
      add(a.schoolId, 'equipmentValue', n, t);
      spend[t]!.equipment += n;
    } else if (a.kind === 'multimediaRooms') {
      add(a.schoolId, 'multimediaRooms', n, t);
      spend[t]!.multimedia += n * c.multimediaRoom;
    } else if (a.kind === 'hire') {
      const cat = a.category ?? 'general';
      for (const key of HIRED[cat]) add(a.schoolId, key, n, t);
      for (let s = t; s < T; s++) spend[s]!.hiring += n * (cat === 'backbone' ? c.backboneTeacherPerYear : c.teacherPerYear);
    } else {
      add(a.schoolId, 'degreeTeachers', n, t);
      spend[t]!.upgrades += n * c.degreeUpgrade;
    }
  }
  const K = scenario.rotation.termYears;
  for (const r of plan.rotations) {
    const t = scenario.years.indexOf(r.year);
    for (let s = t; s <= Math.min(t + K - 1, T - 1); s++) spend[s]!.rotation += r.teachers * c.rotationSubsidyPerYear;
    if (!scenario.rotation.countsAtReceiver) continue;
    for (const key of ROTATED[r.category]) {
      add(r.to, key, r.teachers, t, t + K - 1);
      add(r.from, key, -r.teachers, t, t + K - 1);
    }
  }
  for (const s of spend) s.total = SPEND_CATEGORIES.reduce((sum, k) => sum + s[k], 0);
  return { additions, spend };
}

/** The county as it stands in plan year s: year-s enrollment, base resources plus what counts in s. */
function snapshot(county: County, enrollment: Map<string, SchoolEnrollment>, additions: Additions, s: number): County {
  const schools = county.schools.map((school): School => {
    const e = enrollment.get(school.id)!;
    const students = e.students[s]!;
    const junior = e.juniorStudents?.[s];
    const a = additions.get(school.id) ?? {};
    const resources = { ...school.resources };
    for (const [k, n] of Object.entries(a) as [ResourceKey, number][]) if (resources[k] !== undefined) resources[k] = resources[k]! + n;
    const out: School = { ...school, students, resources };
    if (junior !== undefined) out.juniorStudents = junior;
    if (school.juniorResources) {
      const jr = { ...school.juniorResources };
      for (const k of Object.keys(jr) as TeacherResourceKey[]) jr[k] = jr[k]! + ((a[k] ?? 0) * (junior ?? 0)) / students;
      out.juniorResources = jr;
    }
    return out;
  });
  return { ...county, schools };
}

/** `enrollment` replaces the scenario's projection (e.g. a sampled path); it must cover every school. */
export function simulatePlan(county: County, scenario: Scenario, plan: Plan, standard: Standard, enrollment: Map<string, SchoolEnrollment> = projectEnrollment(county, scenario)): Simulation {
  const problems = structuralProblems(county, scenario, plan);
  if (problems.length > 0) throw new PlanError(problems);
  const { additions, spend } = replay(county, scenario, plan);
  let carry = 0;
  const years = scenario.years.map((year, s): SimulatedYear => {
    const snap = snapshot(county, enrollment, additions[s]!, s);
    // A plan passes for real: value ≥ standard compared exactly, no float tolerance.
    const evaluation = evaluateCounty(snap, standard, { exact: true });
    const budget = scenario.budget.perYear[s] ?? 0;
    const available = budget + carry;
    const total = spend[s]!.total;
    carry = scenario.budget.carryOver ? Math.max(0, available - total) : 0;
    const values = evaluation.schools.filter((r) => !r.excluded).map((r) => ({ schoolId: r.id, level: r.level, values: r.values }));
    return { year, county: snap, evaluation, spend: spend[s]!, budget, available, overBudget: Math.max(0, total - available), values };
  });
  return { years };
}

const fmt = (x: number) => (Math.round(x * 1000) / 1000).toLocaleString('en-US');
const where = (year?: number, id?: string) => [year, id].filter((x) => x !== undefined).join(' ') + (year !== undefined || id !== undefined ? ': ' : '');
const tally = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);

export function checkPlan(county: County, scenario: Scenario, plan: Plan, standard: Standard): PlanViolation[] {
  const structural = structuralProblems(county, scenario, plan);
  if (structural.length > 0) return structural;
  const out: PlanViolation[] = [];
  const slack = (limit: number) => CHECK_TOLERANCE * Math.max(1, Math.abs(limit));
  const flag = (rule: string, amount: number, limit: number, message: string, year?: number, schoolId?: string) =>
    out.push({ rule, ...(year === undefined ? {} : { year }), ...(schoolId === undefined ? {} : { schoolId }), amount, limit, message });
  const atMost = (rule: string, amount: number, limit: number, what: string, year?: number, schoolId?: string) => {
    if (amount > limit + slack(limit)) flag(rule, amount, limit, `${where(year, schoolId)}${what} ${fmt(amount)} is over the limit ${fmt(limit)}`, year, schoolId);
  };
  const atLeast = (rule: string, amount: number, limit: number, what: string, year?: number, schoolId?: string) => {
    if (amount < limit - slack(limit)) flag(rule, amount, limit, `${where(year, schoolId)}${what} ${fmt(amount)} is under the minimum ${fmt(limit)}`, year, schoolId);
  };
  const byId = new Map(county.schools.map((s) => [s.id, s]));
  const included = includedIds(county, scenario, standard);
  const excluded = (id: string) => !included.has(id);
  const whole = (n: number) => Math.abs(n - Math.round(n)) <= 1e-6;
  const K = scenario.rotation.termYears;
  const sim = simulatePlan(county, scenario, plan, standard);
  const enrollment = projectEnrollment(county, scenario);
  const byYear = (c: County) => new Map(c.schools.map((x) => [x.id, x]));
  const planned = sim.years.map((y) => byYear(y.county));
  const unplanned = scenario.years.map((_, t) => byYear(snapshot(county, enrollment, new Map(), t)));

  const hires = scenario.years.map(() => 0);
  const upgrades = new Map<string, number>();
  const land = new Map<string, number>();
  const built = new Map<string, number>();
  for (const a of plan.actions) {
    const t = scenario.years.indexOf(a.year);
    const what = `${a.kind} at ${a.schoolId}`;
    if (excluded(a.schoolId)) flag('excludedSchool', a.amount, 0, `${a.year} ${what}: excluded schools get no decisions`, a.year, a.schoolId);
    atLeast('negative', a.amount, 0, what, a.year, a.schoolId);
    if (scenario.integer && (a.unit === 'teachers' || a.unit === 'rooms') && !whole(a.amount)) flag('integer', a.amount, Math.round(a.amount), `${a.year} ${what}: ${a.amount} is not a whole number`, a.year, a.schoolId);
    if (a.kind === 'hire') {
      hires[t]! += a.amount;
      if (a.category === 'backbone' && !scenario.hiring.allowBackboneRecruitment) atMost('backboneRecruitment', a.amount, 0, 'backbone teachers recruited', a.year, a.schoolId);
    }
    if (a.kind === 'degreeUpgrade') tally(upgrades, a.schoolId, a.amount);
    if ((a.kind === 'teachingArea' || a.kind === 'sportsArea') && !scenario.construction.allowExpansion) atMost('expansion', a.amount, 0, `${a.kind} m² built by the m²`, a.year, a.schoolId);
    const p = a.kind === 'project' ? scenario.construction.projects.find((q) => q.id === a.projectId)! : undefined;
    if (p) {
      tally(built, p.id, 1);
      if (p.school !== a.schoolId || Math.abs(p.area - a.amount) > slack(p.area) || a.year < p.earliestYear || (a.projectKind ?? p.kind) !== p.kind) {
        flag('project', a.amount, p.area, `${a.year} project ${p.id}: planned at ${a.schoolId} (${fmt(a.amount)} m², ${a.projectKind ?? p.kind}) but defined at ${p.school} (${fmt(p.area)} m², ${p.kind}, from ${p.earliestYear})`, a.year, a.schoolId);
      }
    }
    const kind = p ? ((a.projectKind ?? p.kind) === 'teaching' ? 'teachingArea' : 'sportsArea') : a.kind;
    if (kind === 'sportsArea') tally(land, a.schoolId, a.amount);
    if (kind === 'teachingArea') tally(land, a.schoolId, a.amount / scenario.construction.buildingFloors);
  }
  for (const [id, n] of built) atMost('project', n, 1, `project ${id} built times`);

  const baseTeachers = county.schools.reduce((sum, s) => sum + (s.resources.teachers ?? 0), 0);
  sim.years.forEach((y, t) => {
    atMost('budget', y.spend.total, y.available, 'spend (yuan)', y.year);
    atMost('hiringCap', hires[t]!, scenario.hiring.maxNewTeachers[t] ?? Infinity, 'new teachers', y.year);
    const hired = hires.slice(0, t + 1).reduce((a, b) => a + b, 0);
    if (scenario.hiring.quota !== null) atMost('hiringQuota', baseTeachers + hired, scenario.hiring.quota, 'teachers on the staffing quota', y.year);
    const target = scenario.objective.targets?.[t];
    const { schoolsPassing, schoolsTotal } = y.evaluation.county;
    if (target !== undefined && schoolsPassing !== null && schoolsTotal > 0) {
      atLeast('target', schoolsPassing / schoolsTotal, target, 'share of schools passing', y.year);
    }
  });
  for (const [id, n] of upgrades) {
    const s = byId.get(id)!;
    atMost('upgrades', n, s.resources.teachers === undefined ? 0 : Math.max(0, s.resources.teachers - s.resources.degreeTeachers), 'degree upgrades over the plan', undefined, id);
  }
  if (scenario.construction.useLandLimits) {
    for (const [id, m2] of land) {
      const limit = byId.get(id)!.landAvailable;
      if (limit !== undefined) atMost('land', m2, limit, 'land used (m², sports + teaching / floors)', undefined, id);
    }
  }

  const roles = rotationRoles(county, standard);
  const eligible = county.schools.reduce((sum, s) => sum + (included.has(s.id) ? s.eligibleTeachers ?? 0 : 0), 0);
  const leaving = scenario.years.map(() => ({ all: 0, backbone: 0, bySchool: new Map<string, number>() }));
  const sent = { general: new Map<string, number>(), backbone: new Map<string, number>() };
  const received = { general: new Map<string, number>(), backbone: new Map<string, number>() };
  for (const r of plan.rotations) {
    const t = scenario.years.indexOf(r.year);
    const what = `rotation ${r.from} → ${r.to} (${r.category})`;
    for (const id of new Set([r.from, r.to])) if (excluded(id)) flag('excludedSchool', r.teachers, 0, `${r.year} ${what}: excluded schools get no decisions`, r.year, id);
    if (r.from === r.to) flag('rotationSelf', r.teachers, 0, `${r.year} ${what}: a school cannot rotate teachers to itself`, r.year, r.from);
    atLeast('negative', r.teachers, 0, what, r.year, r.from);
    if (scenario.integer && !whole(r.teachers)) flag('integer', r.teachers, Math.round(r.teachers), `${r.year} ${what}: ${r.teachers} is not a whole number`, r.year, r.from);
    if (r.untilYear !== r.year + K - 1) flag('rotationTerm', r.untilYear, r.year + K - 1, `${r.year} ${what}: until ${r.untilYear}, but a ${K}-year term ends in ${r.year + K - 1}`, r.year, r.from);
    leaving[t]!.all += r.teachers;
    if (r.category === 'backbone') leaving[t]!.backbone += r.teachers;
    tally(leaving[t]!.bySchool, r.from, r.teachers);
    tally(sent[r.category], r.from, r.teachers);
    tally(received[r.category], r.to, r.teachers);
  }
  leaving.forEach((l, t) => {
    const year = scenario.years[t]!;
    atLeast('rotationMinShare', l.all, scenario.rotation.minShare * eligible, 'teachers rotating out', year);
    atLeast('backboneShare', l.backbone, scenario.rotation.backboneShare * l.all, 'backbone teachers rotating out', year);
    for (const [id, n] of l.bySchool) {
      const s = byId.get(id)!;
      atMost('maxOutShare', n, scenario.rotation.maxOutShare * (s.resources.teachers ?? s.eligibleTeachers ?? 0), 'teachers rotating out', year, id);
    }
  });
  for (const cat of ROTATION_CATEGORIES) {
    for (const [id, n] of sent[cat]) {
      const s = byId.get(id)!;
      const pool = cat === 'backbone' ? s.eligibleBackbone ?? 0 : (s.eligibleTeachers ?? 0) - (s.eligibleBackbone ?? 0);
      atMost('eligiblePool', n, pool, `eligible ${cat} teachers rotated out over the plan`, undefined, id);
      if (!roles[cat].donors.has(id)) atMost('rotationRole', n, 0, `${cat} teachers sent by a receiving school`, undefined, id);
    }
    for (const [id, n] of received[cat]) if (!roles[cat].receivers.has(id)) atMost('rotationRole', n, 0, `${cat} teachers received by a donor school`, undefined, id);
  }
  if (scenario.rotation.protectDonors) {
    // Indicators each donor must keep: its category's own, and degree teachers (every rotated teacher holds the degree).
    const guarded = new Map<string, Set<ResourceKey>>();
    for (const cat of ROTATION_CATEGORIES) {
      for (const id of roles[cat].donors) guarded.set(id, new Set([...(guarded.get(id) ?? []), ROLE_RESOURCE[cat], 'degreeTeachers']));
    }
    for (const [id, resources] of guarded) {
      for (const ind of standard.indicators.filter((i) => resources.has(i.resource))) {
        sim.years.forEach((y, t) => {
          const now = planned[t]!.get(id)!;
          for (const part of schoolParts(now)) {
            const threshold = ind.threshold[part.level];
            if (threshold === null) continue;
            const floor = Math.min((threshold * part.students) / ind.per, partAmount(unplanned[t]!.get(id)!, part, ind, standard).amount);
            atLeast('protectDonors', partAmount(now, part, ind, standard).amount, floor, `${ind.key} (${part.level}) at a donor school`, y.year, id);
          }
        });
      }
    }
  }
  return out;
}
