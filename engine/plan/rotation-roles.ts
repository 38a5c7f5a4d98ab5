/**
 * Who may send and who may receive rotated teachers, per rotation category. The planning model gives
 * donors out-columns and receivers in-columns; the plan check rejects rotations against these roles.
 */
import type { County, ResourceKey, School } from '../county/types.ts';
import { exclusionReason } from '../indicators/evaluate.ts';
import { schoolParts } from '../indicators/parts.ts';
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
