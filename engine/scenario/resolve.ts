/** A scenario with every default filled in: what the model, simulator and reports work from. */
import { amountByYear, budgetPerYear, costAmountsByYear } from './amounts.ts';
import { DEFAULT_CONSTRUCTION, DEFAULT_COSTS, DEFAULT_HORIZON, DEFAULT_ROTATION, DEFAULT_SOLVER } from './defaults.ts';
import type { DonorRule } from '../standards/rotation-rules.ts';
import { OPERATING_FUNDS_2023, type OperatingFundsRule } from '../standards/operating-funds.ts';
import type { ObjectiveKind, ProjectSpec, ScenarioFile, TieBreak } from './schema.ts';
import { idKey } from '../county/clean-text.ts';
import { byIdKey, schoolIdProblems } from './school-ids.ts';

export type Costs = { -readonly [K in keyof typeof DEFAULT_COSTS]: number };

/**
 * What one unit of each decision costs in one plan year (yuan): the unit costs, and a standard classroom, a music
 * room and an art room. Costs written with `year` (scenario/amounts.ts) differ from year to year; a hire costs the
 * salary of each year it is paid, a rotation the subsidy of each year away.
 */
export type UnitPrices = Costs & { classroom: number; musicRoom: number; artRoom: number };

export interface Scenario {
  name: string;
  description: string;
  standard: string;
  years: number[];
  budget: { perYear: number[]; carryOver: boolean }; // yuan
  /** The first plan year's unit costs (for display and rough rankings); money is counted with `prices`. */
  costs: Costs;
  /** Unit prices per plan year, in scenario.years order: every cost in the model, simulator and ledger comes from here. */
  prices: UnitPrices[];
  enrollment: {
    growth: { default: number; urban?: number; town?: number; rural?: number };
    schools: Record<string, number>;
    table: Record<string, number[]>;
  };
  rotation: {
    minShare: number; backboneShare: number; countsAtReceiver: boolean; maxOutShare: number; protectDonors: boolean; termYears: number;
    donorRule: DonorRule; levelAware: boolean;
  };
  /** A project's `costByYear[t]`: yuan if it starts in plan year t; `cost` is the first year's. */
  construction: { leadYears: number; allowExpansion: boolean; useLandLimits: boolean; buildingFloors: number; projects: (Omit<Required<ProjectSpec>, 'cost'> & { cost: number; costByYear: number[] })[] };
  hiring: { maxNewTeachers: number[]; quota: number | null; allowBackboneRecruitment: boolean };
  /** `margin`: relative headroom above each standard the targets plan for (0 when not set). */
  objective: { kind: ObjectiveKind; targets: number[] | null; tieBreak: TieBreak; margin?: number };
  /** Decisions and targets for the school conditions (classrooms, music and art rooms); null when not planned. Costs: the first year's (see prices). */
  schoolConditions: {
    classrooms: { unitCost: number; area: number; noOverSizeFrom: number | null; everyPupilSeated: boolean } | null;
    artsRooms: { musicRoomCost: number; artRoomCost: number; meetFrom: number | null } | null;
  };
  /** Recurring commitments taken from each year's budget first (scenario/commitments.ts). */
  commitments: { operatingFunds: boolean; teacherTraining: boolean; rule: OperatingFundsRule };
  integer: boolean;
  solver: { timeLimitSeconds: number; mipRelGap: number };
  /** Present only when the file has an `uncertainty` block (or a `robust` one, which needs it). */
  uncertainty?: Uncertainty;
  robust?: Robust;
}

export interface Uncertainty {
  distribution: 'normal' | 'triangular';
  spread: { default: number; urban?: number; town?: number; rural?: number }; // yearly growth rate, sd or half-width
  schools: Record<string, number>;
  correlation: number; // 0..1 within a group
  groupBy: 'location' | 'level';
  seed: number;
}

export interface Robust {
  quantile: { growing: number; shrinking: number };
  paths: number;
  seed: number;
}

export const DEFAULT_UNCERTAINTY_SEED = 1;

function resolveUncertainty(file: ScenarioFile): Pick<Scenario, 'uncertainty' | 'robust'> {
  const u = file.uncertainty;
  const r = file.robust;
  if (!u && !r) return {};
  const uncertainty: Uncertainty = {
    distribution: u?.distribution as Uncertainty['distribution'] | undefined ?? 'normal',
    spread: { default: 0, ...u?.spread },
    schools: byIdKey(u?.schools),
    correlation: u?.correlation ?? 0,
    groupBy: u?.groupBy as Uncertainty['groupBy'] | undefined ?? 'location',
    seed: u?.seed ?? DEFAULT_UNCERTAINTY_SEED,
  };
  if (!r) return { uncertainty };
  return { uncertainty, robust: { quantile: { growing: 0.8, shrinking: 0.2, ...r.quantile }, paths: r.paths ?? 200, seed: r.seed ?? uncertainty.seed } };
}

export class ScenarioError extends Error {
  /** `unbuildable`: the file is valid against the schema but cannot be resolved (lengths, years); else `invalid`. */
  constructor(readonly file: string, readonly problems: { path: string; message: string; line?: number }[], readonly kind: 'invalid' | 'unbuildable' = 'invalid') {
    super(`${file}: invalid scenario\n${problems.map((p) => `  ${p.path || '/'}${p.line ? ` (line ${p.line})` : ''}: ${p.message}`).join('\n')}`);
    this.name = 'ScenarioError';
  }
}

function perYear(value: number | number[], years: number, path: string, problems: ScenarioError['problems']): number[] {
  if (typeof value === 'number') return Array.from({ length: years }, () => value);
  if (value.length !== years) problems.push({ path, message: `has ${value.length} values for ${years} plan years` });
  return Array.from({ length: years }, (_, i) => value[i] ?? value[value.length - 1]!);
}

/** Fills defaults and checks what the schema cannot (lengths that depend on the horizon, mincost targets). */
export function resolveScenario(file: ScenarioFile, fileName: string): Scenario {
  const idProblems = schoolIdProblems(file); // invisible characters in a school id: refused like a schema error
  if (idProblems.length > 0) throw new ScenarioError(fileName, idProblems);
  const problems: ScenarioError['problems'] = [];
  const years = file.horizon ?? [...DEFAULT_HORIZON];
  if (years.some((y, i) => i > 0 && y !== years[i - 1]! + 1)) problems.push({ path: '/horizon', message: 'years must be increasing and consecutive, e.g. [2025, 2026, 2027]' });
  const T = years.length;
  const kind = file.objective?.kind as ObjectiveKind | undefined ?? 'floor';
  const targets = file.objective?.targets ?? null;
  if (targets && targets.length !== T) problems.push({ path: '/objective/targets', message: `has ${targets.length} values for ${T} plan years` });
  if (kind === 'mincost' && !targets) problems.push({ path: '/objective/targets', message: 'the mincost objective needs yearly targets' });
  for (const [id, row] of Object.entries(file.enrollment?.table ?? {})) {
    if (row.length !== T) problems.push({ path: `/enrollment/table/${id}`, message: `has ${row.length} values for ${T} plan years` });
  }
  const byYear = costAmountsByYear(file.costs ?? {}, '/costs', years, problems);
  const costsIn = (t: number) => Object.fromEntries(Object.entries(DEFAULT_COSTS).map(([k, d]) => [k, byYear[k as keyof Costs]?.[t] ?? d])) as Costs;
  const costsByYear = years.map((_, t) => costsIn(t));
  const lead = file.construction?.leadYears ?? DEFAULT_CONSTRUCTION.leadYears;
  const projects = (file.construction?.projects ?? []).map((p, i) => {
    const earliestYear = p.earliestYear ?? years[0]!;
    if (!years.includes(earliestYear)) problems.push({ path: `/construction/projects/${i}/earliestYear`, message: `${earliestYear} is outside the plan years ${years.join(', ')}` });
    const costByYear = p.cost !== undefined
      ? amountByYear(p.cost, `/construction/projects/${i}/cost`, years, problems)
      : costsByYear.map((c) => p.area * (p.kind === 'teaching' ? c.teachingAreaPerM2 : c.sportsAreaPerM2));
    return { ...p, school: idKey(p.school), cost: costByYear[0]!, costByYear, earliestYear };
  });
  const ids = new Set<string>();
  projects.forEach((p, i) => {
    if (ids.has(p.id)) problems.push({ path: `/construction/projects/${i}/id`, message: `duplicate project id "${p.id}"` });
    ids.add(p.id);
  });
  const { conditions, roomPrices } = resolveConditions(file, costsByYear, years, problems);
  const prices = costsByYear.map((c, t) => ({ ...c, ...roomPrices[t]! }));
  const budget = budgetPerYear(file.budget.perYear, years, '/budget/perYear', problems);
  const maxNew = perYear(file.hiring?.maxNewTeachers ?? 1e6, T, '/hiring/maxNewTeachers', problems);
  if (problems.length > 0) throw new ScenarioError(fileName, problems, 'unbuildable');
  return {
    name: file.name,
    description: file.description ?? '',
    standard: file.standard ?? 'quality-2017',
    years,
    budget: { perYear: budget, carryOver: file.budget.carryOver ?? true },
    costs: costsByYear[0]!,
    prices,
    enrollment: {
      growth: { default: 0, ...file.enrollment?.growth },
      schools: byIdKey(file.enrollment?.schools),
      table: byIdKey(file.enrollment?.table),
    },
    rotation: { ...DEFAULT_ROTATION, ...file.policy?.rotation },
    construction: {
      leadYears: lead,
      allowExpansion: file.construction?.allowExpansion ?? true,
      useLandLimits: file.construction?.useLandLimits ?? true,
      buildingFloors: file.construction?.buildingFloors ?? DEFAULT_CONSTRUCTION.buildingFloors,
      projects,
    },
    hiring: { maxNewTeachers: maxNew, quota: file.hiring?.quota ?? null, allowBackboneRecruitment: file.hiring?.allowBackboneRecruitment ?? true },
    objective: { kind, targets, tieBreak: file.objective?.tieBreak as TieBreak | undefined ?? (kind === 'mincost' ? 'shortfall' : 'cost'), ...(file.objective?.margin ? { margin: file.objective.margin } : {}) },
    schoolConditions: conditions,
    commitments: {
      operatingFunds: file.commitments?.operatingFunds ?? false,
      teacherTraining: file.commitments?.teacherTraining ?? false,
      rule: {
        ...OPERATING_FUNDS_2023,
        perPupil: { ...OPERATING_FUNDS_2023.perPupil, ...file.commitments?.perPupil },
        ...(file.commitments?.minPupils !== undefined ? { minPupils: file.commitments.minPupils } : {}),
        ...(file.commitments?.trainingShare !== undefined ? { trainingShare: file.commitments.trainingShare } : {}),
      },
    },
    integer: file.integer ?? true,
    solver: { ...DEFAULT_SOLVER, ...file.solver },
    ...resolveUncertainty(file),
  };
}

/** Standard classroom 80 m² and music / art rooms at their standard sizes (96 / 90 m², 教督〔2017〕6号 第六条), priced as teaching building [U]. */
function resolveConditions(file: ScenarioFile, costsByYear: Costs[], years: number[], problems: ScenarioError['problems']): {
  conditions: Scenario['schoolConditions']; roomPrices: Pick<UnitPrices, 'classroom' | 'musicRoom' | 'artRoom'>[];
} {
  const c = file.schoolConditions?.classrooms;
  const r = file.schoolConditions?.artsRooms;
  const yearIn = (y: number | undefined, path: string) => {
    if (y !== undefined && !years.includes(y)) problems.push({ path, message: `${y} is outside the plan years ${years.join(', ')}` });
    return y ?? null;
  };
  const area = c?.area ?? 80;
  /** yuan per room and plan year: the scenario's amount, else `m2` of teaching building at that year's price. */
  const priced = (value: number | string | undefined, path: string, m2: number) => value !== undefined
    ? amountByYear(value, path, years, problems)
    : costsByYear.map((k) => m2 * k.teachingAreaPerM2);
  const classroom = priced(c?.unitCost, '/schoolConditions/classrooms/unitCost', area);
  const musicRoom = priced(r?.musicRoomCost, '/schoolConditions/artsRooms/musicRoomCost', 96);
  const artRoom = priced(r?.artRoomCost, '/schoolConditions/artsRooms/artRoomCost', 90);
  return {
    conditions: {
      classrooms: c ? {
        area,
        unitCost: classroom[0]!,
        noOverSizeFrom: yearIn(c.noOverSizeFrom, '/schoolConditions/classrooms/noOverSizeFrom'),
        everyPupilSeated: c.everyPupilSeated ?? false,
      } : null,
      artsRooms: r ? { musicRoomCost: musicRoom[0]!, artRoomCost: artRoom[0]!, meetFrom: yearIn(r.meetFrom, '/schoolConditions/artsRooms/meetFrom') } : null,
    },
    roomPrices: years.map((_, t) => ({ classroom: classroom[t]!, musicRoom: musicRoom[t]!, artRoom: artRoom[t]! })),
  };
}
