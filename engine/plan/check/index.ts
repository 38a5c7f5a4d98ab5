/**
 * The plan check: replays a plan and lists every budget and policy bound it breaks, one check per
 * constraint family as engine/model/ builds them. Violations come grouped by family in the order below.
 */
import type { County } from '../../county/types.ts';
import type { Scenario } from '../../scenario/resolve.ts';
import type { Standard } from '../../standards/types.ts';
import { structuralProblems, type PlanViolation } from '../simulate.ts';
import type { Plan } from '../types.ts';
import { checkActionAmounts } from './actions.ts';
import { checkBudget } from './budget.ts';
import { checkConstruction } from './construction.ts';
import { checkContext } from './context.ts';
import { checkHiring } from './hiring.ts';
import { checkRotation } from './rotation.ts';
import { checkTargets } from './targets.ts';

/** Entries that cannot be replayed (unknown schools, years, projects) are reported alone: nothing else is checked. */
export function checkPlan(county: County, scenario: Scenario, plan: Plan, standard: Standard): PlanViolation[] {
  const structural = structuralProblems(county, scenario, plan);
  if (structural.length > 0) return structural;
  const c = checkContext(county, scenario, plan, standard);
  checkActionAmounts(c);
  checkHiring(c);
  checkConstruction(c);
  checkBudget(c);
  checkTargets(c);
  checkRotation(c);
  return c.violations;
}
