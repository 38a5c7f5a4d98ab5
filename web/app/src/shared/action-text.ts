/** A plan action and a rotation as people read them: kind with category, amount in natural units, years. */
import type { PlanAction, Rotation } from '../../../../engine/plan/types.ts';
import type { Formats } from '../i18n/format.ts';
import type { PlanMessageKey } from './plan-messages.ts';

type Msg = (key: PlanMessageKey, params?: Record<string, string | number>) => string;

/** Whole people, rooms, m² and yuan; LP plans may carry fractions of people or rooms, shown to one decimal. */
export function roundedAmount(action: Pick<PlanAction, 'amount' | 'unit'>): number {
  const a = action.amount;
  if (action.unit === 'yuan' || action.unit === 'm2') return Math.round(a);
  return Math.abs(a - Math.round(a)) < 1e-6 ? Math.round(a) : Math.round(a * 10) / 10;
}

export function actionKindText(a: PlanAction, m: Msg): string {
  return `${m(`kind.${a.kind}`)}${a.category ? m('punct.paren', { text: m(`category.${a.category}`) }) : ''}${a.projectId ? ` ${a.projectId}` : ''}`;
}

export function actionAmountText(a: PlanAction, m: Msg, fmt: Formats): string {
  return a.unit === 'yuan' ? fmt.money(a.amount) : `${fmt.num(roundedAmount(a), 1)} ${m(`unit.${a.unit}`)}`;
}

/** "2026–2028", or "2026" for one year. */
export function rotationYears(x: Pick<Rotation, 'year' | 'untilYear'>): string {
  return x.untilYear > x.year ? `${x.year}–${x.untilYear}` : String(x.year);
}
