/** Hiring: backbone recruitment allowed, yearly caps, the staffing quota, degree-upgrade room; mirrors model/hiring.ts. */
import { tally, type CheckContext } from './context.ts';

export function checkHiring(c: CheckContext): void {
  const { scenario, plan } = c;
  const hires = scenario.years.map(() => 0);
  const upgrades = new Map<string, number>();
  for (const a of plan.actions) {
    if (a.kind === 'hire') {
      hires[scenario.years.indexOf(a.year)]! += a.amount;
      if (a.category === 'backbone' && !scenario.hiring.allowBackboneRecruitment) c.atMost('backboneRecruitment', a.amount, 0, 'backbone teachers recruited', a.year, a.schoolId);
    }
    if (a.kind === 'degreeUpgrade') tally(upgrades, a.schoolId, a.amount);
  }
  const baseTeachers = c.county.schools.reduce((sum, s) => sum + (s.resources.teachers ?? 0), 0);
  c.sim.years.forEach((y, t) => {
    c.atMost('hiringCap', hires[t]!, scenario.hiring.maxNewTeachers[t] ?? Infinity, 'new teachers', y.year);
    const hired = hires.slice(0, t + 1).reduce((a, b) => a + b, 0);
    if (scenario.hiring.quota !== null) c.atMost('hiringQuota', baseTeachers + hired, scenario.hiring.quota, 'teachers on the staffing quota', y.year);
  });
  for (const [id, n] of upgrades) {
    const s = c.byId.get(id)!;
    c.atMost('upgrades', n, s.resources.teachers === undefined ? 0 : Math.max(0, s.resources.teachers - s.resources.degreeTeachers), 'degree upgrades over the plan', undefined, id);
  }
}
