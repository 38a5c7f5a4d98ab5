/** Land per school: sports grounds take their area, buildings area / floors; projects once at most. */
import type { ModelContext } from './context.ts';
import { LinExpr } from './linear.ts';
import { addRow } from './rows.ts';

export function addConstructionConstraints(ctx: ModelContext): void {
  const { cols, scenario } = ctx;
  const floors = scenario.construction.buildingFloors;
  scenario.construction.projects.forEach((p, pi) => {
    const e = new LinExpr();
    for (const j of cols.project[pi]!) e.add(j, 1);
    if (e.terms.size > 0) addRow(ctx, `projectOnce[${p.id}]`, e, { ub: 1 });
  });
  if (!scenario.construction.useLandLimits) return;
  let missing = 0;
  ctx.schools.forEach((s, si) => {
    if (s.landAvailable === undefined) {
      missing++;
      return;
    }
    const e = new LinExpr();
    for (let t = 0; t < ctx.T; t++) e.add(cols.sportsArea[si]![t]!, 1).add(cols.teachingArea[si]![t]!, 1 / floors);
    scenario.construction.projects.forEach((p, pi) => {
      if (p.school !== s.id) return;
      for (const j of cols.project[pi]!) e.add(j, p.kind === 'sports' ? p.area : p.area / floors);
    });
    if (e.terms.size > 0) addRow(ctx, `land[${s.id}]`, e, { ub: s.landAvailable }, { family: 'land', schoolId: s.id, unit: 'm2', side: 'ub' });
  });
  if (missing > 0) {
    ctx.notes.push({
      zh: `${missing} 所学校没有可用土地面积（land_available_m2）：这些学校的建设不受土地限制。`,
      en: `${missing} school(s) have no land_available_m2: construction there is not limited by land.`,
    });
  }
}
