/**
 * Replays a decoded plan year by year as docs/planning-model.md defines it, independently of the LP
 * model. Years in plans are calendar years (scenario.years). The policy bounds are checked in ./check/.
 */
import type { County, ResourceKey, School, TeacherResourceKey } from '../county/types.ts';
import { evaluateCounty } from '../indicators/evaluate.ts';
import type { Evaluation } from '../indicators/types.ts';
import { yearlyCommitments } from '../scenario/commitments.ts';
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
  /** yuan taken first for recurring commitments (operating funds or their training share); 0 when none. */
  committed: number;
  available: number; // yuan, with carry-over, after the commitments
  overBudget: number; // yuan over what was available, 0 if within
  /** Parts of the schools the planning model includes (base data), even where year-s enrollment would leave a teaching point out. */
  values: { schoolId: string; level: 'primary' | 'junior'; values: Record<string, number> }[];
}

export interface Simulation { years: SimulatedYear[] }

export interface PlanViolation { rule: string; year?: number; schoolId?: string; amount: number; limit: number; message: string }

export class PlanError extends Error {
  constructor(readonly violations: PlanViolation[]) {
    super(`plan does not fit the data or scenario:\n${violations.map((v) => `  ${v.message}`).join('\n')}`);
    this.name = 'PlanError';
  }
}

export const CHECK_TOLERANCE = 1e-6;
/** Resources a rotated or hired teacher adds to (every one holds the required degree). */
const ROTATED: Record<RotationCategory, ResourceKey[]> = { general: ['degreeTeachers', 'teachers'], backbone: ['backboneTeachers', 'degreeTeachers', 'teachers'] };
const HIRED: Record<TeacherCategory, ResourceKey[]> = { ...ROTATED, peArt: ['peArtTeachers', 'degreeTeachers', 'teachers'] };

/** Whole-school additions per school; `classes` from standard classrooms. */
export type Additions = Map<string, Partial<Record<ResourceKey | 'classes', number>>>;
const zeroSpend = (): Spend => ({ construction: 0, equipment: 0, multimedia: 0, hiring: 0, upgrades: 0, rotation: 0, total: 0 });

/** Plan entries that cannot be replayed at all: unknown schools, years outside the horizon, unknown projects. */
export function structuralProblems(county: County, scenario: Scenario, plan: Plan): PlanViolation[] {
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
  const price = (t: number) => scenario.prices[t]!; // unit prices of plan year t
  const add = (id: string, key: ResourceKey | 'classes', n: number, from: number, to = T - 1) => {
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
    const c = price(t);
    if (a.kind === 'teachingArea' || a.kind === 'sportsArea') {
      add(a.schoolId, a.kind, n, t + lead);
      spend[t]!.construction += n * (a.kind === 'teachingArea' ? c.teachingAreaPerM2 : c.sportsAreaPerM2);
    } else if (a.kind === 'project') {
      const p = scenario.construction.projects.find((q) => q.id === a.projectId)!;
      add(a.schoolId, (a.projectKind ?? p.kind) === 'teaching' ? 'teachingArea' : 'sportsArea', n, t + lead);
      spend[t]!.construction += p.costByYear[t]!;
    } else if (a.kind === 'equipment') {
      add(a.schoolId, 'equipmentValue', n, t);
      spend[t]!.equipment += n;
    } else if (a.kind === 'multimediaRooms') {
      add(a.schoolId, 'multimediaRooms', n, t);
      spend[t]!.multimedia += n * c.multimediaRoom;
    } else if (a.kind === 'classrooms') {
      const sc = scenario.schoolConditions.classrooms;
      add(a.schoolId, 'classes', n, t + lead);
      add(a.schoolId, 'teachingArea', n * (sc?.area ?? 0), t + lead);
      spend[t]!.construction += n * c.classroom;
    } else if (a.kind === 'musicRooms' || a.kind === 'artRooms') {
      add(a.schoolId, a.kind, n, t);
      spend[t]!.construction += n * (a.kind === 'musicRooms' ? c.musicRoom : c.artRoom);
    } else if (a.kind === 'hire') {
      const cat = a.category ?? 'general';
      for (const key of HIRED[cat]) add(a.schoolId, key, n, t);
      for (let s = t; s < T; s++) spend[s]!.hiring += n * (cat === 'backbone' ? price(s).backboneTeacherPerYear : price(s).teacherPerYear);
    } else {
      add(a.schoolId, 'degreeTeachers', n, t);
      spend[t]!.upgrades += n * c.degreeUpgrade;
    }
  }
  const K = scenario.rotation.termYears;
  for (const r of plan.rotations) {
    const t = scenario.years.indexOf(r.year);
    for (let s = t; s <= Math.min(t + K - 1, T - 1); s++) spend[s]!.rotation += r.teachers * price(s).rotationSubsidyPerYear;
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
export function snapshot(county: County, enrollment: Map<string, SchoolEnrollment>, additions: Additions, s: number): County {
  const schools = county.schools.map((school): School => {
    const e = enrollment.get(school.id)!;
    const students = e.students[s]!;
    const junior = e.juniorStudents?.[s];
    const a = additions.get(school.id) ?? {};
    const resources = { ...school.resources };
    for (const [k, n] of Object.entries(a) as [ResourceKey | 'classes', number][]) {
      if (k !== 'classes' && resources[k] !== undefined) resources[k] = resources[k]! + n;
    }
    const out: School = { ...school, students, resources, classes: school.classes + (a.classes ?? 0) };
    if (junior !== undefined) out.juniorStudents = junior;
    if (e.seniorStudents) out.seniorStudents = e.seniorStudents[s]!;
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
  const commitments = yearlyCommitments(county, scenario, enrollment);
  const years = scenario.years.map((year, s): SimulatedYear => {
    const snap = snapshot(county, enrollment, additions[s]!, s);
    // A plan passes for real: value ≥ standard compared exactly, no float tolerance.
    const evaluation = evaluateCounty(snap, standard, { exact: true });
    const budget = scenario.budget.perYear[s] ?? 0;
    const committed = commitments[s]!.committed;
    const available = budget - committed + carry;
    const total = spend[s]!.total;
    carry = scenario.budget.carryOver ? Math.max(0, available - total) : 0;
    const values = evaluation.schools.filter((r) => !r.excluded).map((r) => ({ schoolId: r.id, level: r.level, values: r.values }));
    return { year, county: snap, evaluation, spend: spend[s]!, budget, committed, available, overBudget: Math.max(0, total - available), values };
  });
  return { years };
}
