/** Targets: each year's share of schools passing at least the scenario's target; mirrors model/targets.ts. */
import type { CheckContext } from './context.ts';

export function checkTargets(c: CheckContext): void {
  c.sim.years.forEach((y, t) => {
    const target = c.scenario.objective.targets?.[t];
    const { schoolsPassing, schoolsTotal } = y.evaluation.county;
    if (target !== undefined && schoolsPassing !== null && schoolsTotal > 0) {
      c.atLeast('target', schoolsPassing / schoolsTotal, target, 'share of schools passing', y.year);
    }
  });
}
