/**
 * Who may send and who may receive rotated teachers, per rotation category. The planning model gives
 * donors out-columns and receivers in-columns; the plan check rejects rotations against these roles.
 */
import type { County, ResourceKey, School } from '../county/types.ts';
import { exclusionReason } from '../indicators/evaluate.ts';
import { schoolParts } from '../indicators/parts.ts';
import { DEFAULT_DONOR_RULE, type DonorRule } from '../standards/rotation-rules.ts';
import type { Standard } from '../standards/types.ts';
import { ROTATION_CATEGORIES, type RotationCategory } from './types.ts';

/** School ids by role in one rotation category. */
export interface RotationRoles { donors: Set<string>; receivers: Set<string> }

/** The indicator resource whose level decides who may send a rotation category. */
export const ROLE_RESOURCE: Record<RotationCategory, ResourceKey> = { general: 'degreeTeachers', backbone: 'backboneTeachers' };

/** Whole-school amount the standard requires of `resource` at base enrollment: Σ parts threshold × students / per (threshold 1 where the standard has none). */
function requiredAmount(school: School, resource: ResourceKey, standard: Standard): number {
  const ind = standard.indicators.find((i) => i.resource === resource);
  return schoolParts(school).reduce((sum, part) => sum + ((ind?.threshold[part.level] ?? 1) * part.students) / (ind?.per ?? 100), 0);
}

/** Base amount over requirement per included school, and the county's Σ amounts / Σ requirements, for one category. */
function ratios(included: School[], cat: RotationCategory, standard: Standard): { rows: { id: string; ratio: number }[]; county: number } {
  const rows = included.map((s) => ({ id: s.id, amount: s.resources[ROLE_RESOURCE[cat]] ?? 0, need: requiredAmount(s, ROLE_RESOURCE[cat], standard) }));
  const county = rows.reduce((a, r) => a + r.amount, 0) / rows.reduce((a, r) => a + r.need, 0);
  return { rows: rows.map((r) => ({ id: r.id, ratio: r.need > 0 ? r.amount / r.need : Infinity })), county };
}

const atOrAbove = (ratio: number, county: number) => ratio >= county * (1 - 1e-12);

/**
 * Donors and receivers per category (standards/rotation-rules.ts). 'county-ratio': per category, included schools
 * at or above the county ratio send, the others receive. 'national' (default): only 城镇学校 (urban or town) and
 * 优质学校 (at or above the county ratio in every category) send, each in the categories where it is at or above the
 * county ratio; every other included school receives (a rural school that is not a quality school never sends).
 */
export function rotationRoles(county: County, standard: Standard, policy: { donorRule?: DonorRule } = {}): Record<RotationCategory, RotationRoles> {
  const included = county.schools.filter((s) => exclusionReason(s, standard) === undefined);
  const byCategory = Object.fromEntries(ROTATION_CATEGORIES.map((c) => [c, ratios(included, c, standard)])) as Record<RotationCategory, ReturnType<typeof ratios>>;
  const roles = {} as Record<RotationCategory, RotationRoles>;
  const rule = policy.donorRule ?? DEFAULT_DONOR_RULE;
  const senders = new Set(included.filter((s) => isSender(s, byCategory)).map((s) => s.id));
  for (const cat of ROTATION_CATEGORIES) {
    roles[cat] = { donors: new Set(), receivers: new Set() };
    for (const r of byCategory[cat].rows) {
      const sends = atOrAbove(r.ratio, byCategory[cat].county) && (rule === 'county-ratio' || senders.has(r.id));
      (sends ? roles[cat].donors : roles[cat].receivers).add(r.id);
    }
  }
  return roles;
}

/** 城镇学校 or 优质学校 (at or above the county ratio in every rotation category). */
function isSender(s: School, byCategory: Record<RotationCategory, ReturnType<typeof ratios>>): boolean {
  if (s.location === 'urban' || s.location === 'town') return true;
  return ROTATION_CATEGORIES.every((c) => atOrAbove(byCategory[c].rows.find((r) => r.id === s.id)!.ratio, byCategory[c].county));
}

/** Eligible teachers the yearly minimum share applies to: at the senders under the national rule, else at every included school. */
export function minimumBase(county: County, standard: Standard, roles: Record<RotationCategory, RotationRoles>, policy: { donorRule?: DonorRule } = {}): number {
  const rule = policy.donorRule ?? DEFAULT_DONOR_RULE;
  const senders = new Set(ROTATION_CATEGORIES.flatMap((c) => [...roles[c].donors]));
  return county.schools.reduce((sum, s) => {
    const counted = exclusionReason(s, standard) === undefined && (rule === 'county-ratio' || senders.has(s.id));
    return sum + (counted ? s.eligibleTeachers ?? 0 : 0);
  }, 0);
}

/** A school receives junior-level teachers when it has a junior part (junior, nine-year, complete secondary, twelve-year). */
export function receivesAtJunior(school: School): boolean {
  return school.level !== 'primary';
}

/**
 * Rotated teachers of a donor who may go to a school with a junior part, over the whole plan: all of a school that has
 * a junior part, the junior-certified eligible teachers of a primary school (0 where the column is empty).
 */
export function juniorCapable(school: School): number {
  return school.level === 'primary' ? school.eligibleJuniorCertified ?? 0 : Infinity;
}
