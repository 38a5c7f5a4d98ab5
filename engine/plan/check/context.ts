/**
 * What every plan check shares: the replayed plan, the schools it may act on, and how a violation is
 * recorded (with a relative tolerance, so solver round-off is not a violation).
 */
import type { County, School } from '../../county/types.ts';
import type { Scenario } from '../../scenario/resolve.ts';
import type { Standard } from '../../standards/types.ts';
import { plannedSchools } from '../planned-schools.ts';
import { CHECK_TOLERANCE, simulatePlan, type PlanViolation, type Simulation } from '../simulate.ts';
import type { Plan } from '../types.ts';

export interface CheckContext {
  county: County;
  scenario: Scenario;
  plan: Plan;
  standard: Standard;
  sim: Simulation;
  byId: Map<string, School>;
  /** The school is not among those the plan may act on (planned-schools.ts: included in the base data or some plan year). */
  excluded: (id: string) => boolean;
  /** Allowed excess over a limit: CHECK_TOLERANCE relative, at least CHECK_TOLERANCE absolute. */
  slack: (limit: number) => number;
  flag: (rule: string, amount: number, limit: number, message: string, year?: number, schoolId?: string) => void;
  atMost: (rule: string, amount: number, limit: number, what: string, year?: number, schoolId?: string) => void;
  atLeast: (rule: string, amount: number, limit: number, what: string, year?: number, schoolId?: string) => void;
  violations: PlanViolation[];
}

/** A number in a message: at most three decimals, thousands separated. */
export const fmt = (x: number) => (Math.round(x * 1000) / 1000).toLocaleString('en-US');
const where = (year?: number, id?: string) => [year, id].filter((x) => x !== undefined).join(' ') + (year !== undefined || id !== undefined ? ': ' : '');

/** Adds `n` to `m[k]`. */
export const tally = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
/** Whole within solver round-off. */
export const isWhole = (n: number) => Math.abs(n - Math.round(n)) <= 1e-6;

/** The plan must be structurally sound (see structuralProblems) before a context is made: it is replayed here. */
export function checkContext(county: County, scenario: Scenario, plan: Plan, standard: Standard): CheckContext {
  const violations: PlanViolation[] = [];
  const slack = (limit: number) => CHECK_TOLERANCE * Math.max(1, Math.abs(limit));
  const flag: CheckContext['flag'] = (rule, amount, limit, message, year, schoolId) =>
    violations.push({ rule, ...(year === undefined ? {} : { year }), ...(schoolId === undefined ? {} : { schoolId }), amount, limit, message });
  const included = new Set(plannedSchools(county, scenario, standard).map((p) => p.school.id));
  return {
    county, scenario, plan, standard, violations, slack, flag,
    sim: simulatePlan(county, scenario, plan, standard),
    byId: new Map(county.schools.map((s) => [s.id, s])),
    excluded: (id) => !included.has(id),
    atMost: (rule, amount, limit, what, year, schoolId) => {
      if (amount > limit + slack(limit)) flag(rule, amount, limit, `${where(year, schoolId)}${what} ${fmt(amount)} is over the limit ${fmt(limit)}`, year, schoolId);
    },
    atLeast: (rule, amount, limit, what, year, schoolId) => {
      if (amount < limit - slack(limit)) flag(rule, amount, limit, `${where(year, schoolId)}${what} ${fmt(amount)} is under the minimum ${fmt(limit)}`, year, schoolId);
    },
  };
}
