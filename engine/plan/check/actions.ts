/** Checks every action and rotation shares: no decisions at excluded schools, no negative amounts, whole numbers where the scenario asks. */
import { isWhole, type CheckContext } from './context.ts';

export function checkActionAmounts(c: CheckContext): void {
  for (const a of c.plan.actions) {
    const what = `${a.kind} at ${a.schoolId}`;
    if (c.excluded(a.schoolId)) c.flag('excludedSchool', a.amount, 0, `${a.year} ${what}: excluded schools get no decisions`, a.year, a.schoolId);
    c.atLeast('negative', a.amount, 0, what, a.year, a.schoolId);
    if (c.scenario.integer && (a.unit === 'teachers' || a.unit === 'rooms') && !isWhole(a.amount)) {
      c.flag('integer', a.amount, Math.round(a.amount), `${a.year} ${what}: ${a.amount} is not a whole number`, a.year, a.schoolId);
    }
  }
}
