/**
 * The plan's one cost ledger: what every action and rotation costs in each plan year (yuan), and the
 * yearly spend and available money that follow from it. The CLI table, the report, the web actions
 * table and the workbook export all read these figures, so they add up the same way everywhere:
 * for every plan year, Σ costByYear over actions and rotations = years[].spend.total.
 *
 * Cost rules (docs/planning-model.md, the same as the simulator's replay in engine/plan/simulate.ts):
 * - a building (m² or candidate project), equipment, multimedia rooms, a degree upgrade: its cost in its
 *   start year;
 * - a hire: its yearly salary in every plan year from its start to the end of the horizon;
 * - a rotation: teachers × the yearly subsidy in every plan year they are away (year … untilYear).
 * Every amount is priced at the unit price of the year it is paid (scenario.prices: costs written with `year`
 * grow or shrink year by year), so a hire's salary in its third year is the third year's salary.
 */
import type { Scenario } from '../scenario/resolve.ts';
import { SPEND_CATEGORIES, type PlanAction, type Rotation, type SpendCategory } from '../plan/types.ts';

/** yuan by calendar year (keys are years as strings in JSON). */
export type CostByYear = Record<number, number>;
export type YearSpend = Record<SpendCategory, number> & { total: number };

/** Which spend category an action's money falls under. */
export function spendCategory(a: Pick<PlanAction, 'kind'>): SpendCategory {
  switch (a.kind) {
    case 'teachingArea': case 'sportsArea': case 'project': return 'construction';
    // Standard classrooms, music and art rooms are built or fitted out: the model books them as construction (model/amounts.ts).
    case 'classrooms': case 'musicRooms': case 'artRooms': return 'construction';
    case 'equipment': return 'equipment';
    case 'multimediaRooms': return 'multimedia';
    case 'hire': return 'hiring';
    case 'degreeUpgrade': return 'upgrades';
  }
}

/** yuan per unit in plan year t: for a hire its salary that year; once for the other kinds (a project: priced whole in actionCostByYear). */
function unitCost(a: PlanAction, scenario: Scenario, t: number): number {
  const c = scenario.prices[t]!;
  switch (a.kind) {
    case 'teachingArea': return c.teachingAreaPerM2;
    case 'sportsArea': return c.sportsAreaPerM2;
    case 'project': return a.cost / Math.max(a.amount, 1e-12);
    case 'equipment': return 1;
    case 'multimediaRooms': return c.multimediaRoom;
    case 'hire': return a.category === 'backbone' ? c.backboneTeacherPerYear : c.teacherPerYear;
    case 'degreeUpgrade': return c.degreeUpgrade;
    case 'classrooms': return c.classroom;
    case 'musicRooms': return c.musicRoom;
    case 'artRooms': return c.artRoom;
  }
}

/** Plan years from `from` to `to` (both calendar years, inclusive) that lie in the horizon. */
const yearsBetween = (scenario: Scenario, from: number, to: number) => scenario.years.filter((y) => y >= from && y <= to);

export function actionCostByYear(a: PlanAction, scenario: Scenario): CostByYear {
  if (a.kind === 'project') {
    const p = scenario.construction.projects.find((q) => q.id === a.projectId);
    const t = scenario.years.indexOf(a.year);
    return { [a.year]: p && t >= 0 ? p.costByYear[t]! : a.cost };
  }
  const last = a.kind === 'hire' ? scenario.years[scenario.years.length - 1]! : a.year;
  return Object.fromEntries(yearsBetween(scenario, a.year, last).map((y) => [y, a.amount * unitCost(a, scenario, scenario.years.indexOf(y))]));
}

export function rotationCostByYear(r: Rotation, scenario: Scenario): CostByYear {
  const subsidy = (y: number) => scenario.prices[scenario.years.indexOf(y)]!.rotationSubsidyPerYear;
  return Object.fromEntries(yearsBetween(scenario, r.year, r.untilYear).map((y) => [y, r.teachers * subsidy(y)]));
}

export interface Ledger {
  actions: (PlanAction & { costByYear: CostByYear })[];
  rotations: (Rotation & { costByYear: CostByYear })[];
  /** Per plan year, in scenario.years order: spend by category (yuan) and what was available. */
  years: { year: number; budget: number; committed: number; available: number; spend: YearSpend }[];
}

const zeroSpend = (): YearSpend => ({ construction: 0, equipment: 0, multimedia: 0, hiring: 0, upgrades: 0, rotation: 0, total: 0 });

/**
 * The ledger of a plan. `available` is the year's budget, less the recurring commitments taken from it
 * first (`committed`, yuan per plan year: scenario/commitments.ts), plus the carry-over actually
 * available: what the earlier years left unspent (when the scenario allows carry-over), never less than
 * zero. The same rule as the simulator's replay (plan/simulate.ts).
 */
export function planLedger(actions: readonly PlanAction[], rotations: readonly Rotation[], scenario: Scenario, committed: readonly number[] = []): Ledger {
  const costed = actions.map((a) => ({ ...a, costByYear: actionCostByYear(a, scenario) }));
  const rotated = rotations.map((r) => ({ ...r, costByYear: rotationCostByYear(r, scenario) }));
  const spend = new Map(scenario.years.map((y) => [y, zeroSpend()]));
  const book = (category: SpendCategory, byYear: CostByYear) => {
    for (const [y, yuan] of Object.entries(byYear)) spend.get(Number(y))![category] += yuan;
  };
  for (const a of costed) book(spendCategory(a), a.costByYear);
  for (const r of rotated) book('rotation', r.costByYear);
  let carry = 0;
  const years = scenario.years.map((year, t) => {
    const s = spend.get(year)!;
    s.total = SPEND_CATEGORIES.reduce((sum, k) => sum + s[k], 0);
    const budget = scenario.budget.perYear[t] ?? 0;
    const taken = committed[t] ?? 0;
    const available = budget - taken + carry;
    carry = scenario.budget.carryOver ? Math.max(0, available - s.total) : 0;
    return { year, budget, committed: taken, available, spend: s };
  });
  return { actions: costed, rotations: rotated, years };
}

/** Σ costByYear of the given entries in `year` (yuan). */
export function ledgerTotal(entries: readonly { costByYear?: CostByYear }[], year?: number): number {
  let sum = 0;
  for (const e of entries) {
    for (const [y, yuan] of Object.entries(e.costByYear ?? {})) if (year === undefined || Number(y) === year) sum += yuan;
  }
  return sum;
}
