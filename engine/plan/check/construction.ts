/** Construction: expansion allowed, projects as defined and built once, land per school; mirrors model/construction.ts. */
import { fmt, tally, type CheckContext } from './context.ts';

export function checkConstruction(c: CheckContext): void {
  const { scenario } = c;
  const land = new Map<string, number>();
  const built = new Map<string, number>();
  for (const a of c.plan.actions) {
    if ((a.kind === 'teachingArea' || a.kind === 'sportsArea') && !scenario.construction.allowExpansion) c.atMost('expansion', a.amount, 0, `${a.kind} m² built by the m²`, a.year, a.schoolId);
    const p = a.kind === 'project' ? scenario.construction.projects.find((q) => q.id === a.projectId)! : undefined;
    if (p) {
      tally(built, p.id, 1);
      if (p.school !== a.schoolId || Math.abs(p.area - a.amount) > c.slack(p.area) || a.year < p.earliestYear || (a.projectKind ?? p.kind) !== p.kind) {
        c.flag('project', a.amount, p.area, `${a.year} project ${p.id}: planned at ${a.schoolId} (${fmt(a.amount)} m², ${a.projectKind ?? p.kind}) but defined at ${p.school} (${fmt(p.area)} m², ${p.kind}, from ${p.earliestYear})`, a.year, a.schoolId);
      }
    }
    const kind = p ? ((a.projectKind ?? p.kind) === 'teaching' ? 'teachingArea' : 'sportsArea') : a.kind;
    if (kind === 'sportsArea') tally(land, a.schoolId, a.amount);
    if (kind === 'teachingArea') tally(land, a.schoolId, a.amount / scenario.construction.buildingFloors);
  }
  for (const [id, n] of built) c.atMost('project', n, 1, `project ${id} built times`);
  if (scenario.construction.useLandLimits) {
    for (const [id, m2] of land) {
      const limit = c.byId.get(id)!.landAvailable;
      if (limit !== undefined) c.atMost('land', m2, limit, 'land used (m², sports + teaching / floors)', undefined, id);
    }
  }
}
