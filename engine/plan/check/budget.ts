/** Budget: each year's spend within what is available (allotment plus carry-over); mirrors model/budget.ts. */
import type { CheckContext } from './context.ts';

export function checkBudget(c: CheckContext): void {
  for (const y of c.sim.years) c.atMost('budget', y.spend.total, y.available, 'spend (yuan)', y.year);
}
