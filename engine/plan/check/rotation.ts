/**
 * Rotation: each rotation well formed, the yearly minimum and backbone shares, donors' out-share and
 * eligible pools, the donor/receiver roles, and donors kept at standard; mirrors model/rotation.ts.
 */
import type { County, ResourceKey } from '../../county/types.ts';
import { partAmount, schoolParts } from '../../indicators/parts.ts';
import { projectEnrollment } from '../../scenario/enrollment.ts';
import { juniorCapable, receivesAtJunior, ROLE_RESOURCE, rotationRoles, type RotationRoles } from '../rotation-roles.ts';
import { snapshot } from '../simulate.ts';
import { ROTATION_CATEGORIES, type RotationCategory } from '../types.ts';
import { isWhole, tally, type CheckContext } from './context.ts';

type ByCategory = Record<RotationCategory, Map<string, number>>;

export function checkRotation(c: CheckContext): void {
  const { scenario, plan } = c;
  const K = scenario.rotation.termYears;
  const leaving = scenario.years.map(() => ({ all: 0, backbone: 0, bySchool: new Map<string, number>() }));
  const sent: ByCategory = { general: new Map(), backbone: new Map() };
  const received: ByCategory = { general: new Map(), backbone: new Map() };
  for (const r of plan.rotations) {
    const t = scenario.years.indexOf(r.year);
    const what = `rotation ${r.from} → ${r.to} (${r.category})`;
    for (const id of new Set([r.from, r.to])) if (c.excluded(id)) c.flag('excludedSchool', r.teachers, 0, `${r.year} ${what}: excluded schools get no decisions`, r.year, id);
    if (r.from === r.to) c.flag('rotationSelf', r.teachers, 0, `${r.year} ${what}: a school cannot rotate teachers to itself`, r.year, r.from);
    c.atLeast('negative', r.teachers, 0, what, r.year, r.from);
    if (scenario.integer && !isWhole(r.teachers)) c.flag('integer', r.teachers, Math.round(r.teachers), `${r.year} ${what}: ${r.teachers} is not a whole number`, r.year, r.from);
    if (r.untilYear !== r.year + K - 1) c.flag('rotationTerm', r.untilYear, r.year + K - 1, `${r.year} ${what}: until ${r.untilYear}, but a ${K}-year term ends in ${r.year + K - 1}`, r.year, r.from);
    leaving[t]!.all += r.teachers;
    if (r.category === 'backbone') leaving[t]!.backbone += r.teachers;
    tally(leaving[t]!.bySchool, r.from, r.teachers);
    tally(sent[r.category], r.from, r.teachers);
    tally(received[r.category], r.to, r.teachers);
  }
  const roles = rotationRoles(c.county, c.standard, scenario.rotation);
  const senders = new Set(ROTATION_CATEGORIES.flatMap((cat) => [...roles[cat].donors]));
  const counted = (id: string) => scenario.rotation.donorRule === 'county-ratio' || senders.has(id);
  const eligible = c.county.schools.reduce((sum, s) => sum + (c.excluded(s.id) || !counted(s.id) ? 0 : s.eligibleTeachers ?? 0), 0);
  leaving.forEach((l, t) => {
    const year = scenario.years[t]!;
    c.atLeast('rotationMinShare', l.all, scenario.rotation.minShare * eligible, 'teachers rotating out', year);
    c.atLeast('backboneShare', l.backbone, scenario.rotation.backboneShare * l.all, 'backbone teachers rotating out', year);
    for (const [id, n] of l.bySchool) {
      const s = c.byId.get(id)!;
      c.atMost('maxOutShare', n, scenario.rotation.maxOutShare * (s.resources.teachers ?? s.eligibleTeachers ?? 0), 'teachers rotating out', year, id);
    }
  });
  if (scenario.rotation.levelAware) checkLevels(c);
  checkPoolsAndRoles(c, roles, sent, received);
  if (scenario.rotation.protectDonors) checkDonorProtection(c, roles);
}

/** Over the plan, a donor sends at most its eligible pool, and only donors send and receivers receive. */
function checkPoolsAndRoles(c: CheckContext, roles: Record<RotationCategory, RotationRoles>, sent: ByCategory, received: ByCategory): void {
  for (const cat of ROTATION_CATEGORIES) {
    for (const [id, n] of sent[cat]) {
      const s = c.byId.get(id)!;
      const pool = cat === 'backbone' ? s.eligibleBackbone ?? 0 : (s.eligibleTeachers ?? 0) - (s.eligibleBackbone ?? 0);
      c.atMost('eligiblePool', n, pool, `eligible ${cat} teachers rotated out over the plan`, undefined, id);
      if (!roles[cat].donors.has(id)) c.atMost('rotationRole', n, 0, `${cat} teachers sent by a receiving school`, undefined, id);
    }
    for (const [id, n] of received[cat]) if (!roles[cat].receivers.has(id)) c.atMost('rotationRole', n, 0, `${cat} teachers received by a donor school`, undefined, id);
  }
}

/** A donor keeps each guarded indicator at the standard, or at its level without the plan where that is lower. */
function checkDonorProtection(c: CheckContext, roles: Record<RotationCategory, RotationRoles>): void {
  const { county, scenario, standard } = c;
  const enrollment = projectEnrollment(county, scenario);
  const byYear = (x: County) => new Map(x.schools.map((s) => [s.id, s]));
  const planned = c.sim.years.map((y) => byYear(y.county));
  const unplanned = scenario.years.map((_, t) => byYear(snapshot(county, enrollment, new Map(), t)));
  // Indicators each donor must keep: its category's own, and degree teachers (every rotated teacher holds the degree).
  const guarded = new Map<string, Set<ResourceKey>>();
  for (const cat of ROTATION_CATEGORIES) {
    for (const id of roles[cat].donors) guarded.set(id, new Set([...(guarded.get(id) ?? []), ROLE_RESOURCE[cat], 'degreeTeachers']));
  }
  for (const [id, resources] of guarded) {
    for (const ind of standard.indicators.filter((i) => resources.has(i.resource))) {
      c.sim.years.forEach((y, t) => {
        const now = planned[t]!.get(id)!;
        for (const part of schoolParts(now)) {
          const threshold = ind.threshold[part.level];
          if (threshold === null) continue;
          const floor = Math.min((threshold * part.students) / ind.per, partAmount(unplanned[t]!.get(id)!, part, ind, standard).amount);
          c.atLeast('protectDonors', partAmount(now, part, ind, standard).amount, floor, `${ind.key} (${part.level}) at a donor school`, y.year, id);
        }
      });
    }
  }
}

/** Over the plan, a primary school sends at most its junior-certified eligible teachers to schools with a junior part. */
function checkLevels(c: CheckContext): void {
  const toJunior = new Map<string, number>();
  for (const r of c.plan.rotations) {
    const from = c.byId.get(r.from);
    const to = c.byId.get(r.to);
    if (from && to && receivesAtJunior(to)) tally(toJunior, r.from, r.teachers);
  }
  for (const [id, n] of toJunior) {
    const cap = juniorCapable(c.byId.get(id)!);
    if (Number.isFinite(cap)) c.atMost('rotationLevel', n, cap, 'primary teachers rotated to a school with a junior part (junior certificate needed)', undefined, id);
  }
}
