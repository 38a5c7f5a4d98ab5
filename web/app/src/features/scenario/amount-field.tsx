/**
 * Money written as a number or as an expression with money units and `year` (engine/scenario/amounts.ts:
 * "2.5万", "2800 * 1.05^year", year = 1 in the first plan year). A plain number is read in the displayed unit;
 * anything else is kept as the expression, in yuan, and previewed year by year when it can be worked out.
 */
import { useEffect, useState } from 'react';
import { amountByYear } from '../../../../../engine/scenario/amounts.ts';
import type { Text } from '../../../../../engine/standards/types.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { Field } from './controls.tsx';
import { getIn, planYears } from './draft.ts';
import { fieldId, useEditor } from './editor-context.tsx';
import { scenarioMessages } from './messages.ts';

export type Amount = number | string;

/** Removes float noise: 0.1 / 0.01 → 10, not 10.000000000000002. */
const clean = (x: number) => Number(x.toPrecision(12));
const PLAIN_NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i;

/** The stored value of what was typed: undefined when empty, a number when it is one, else the expression. */
export function readAmount(typed: string, unitSize: number): Amount | undefined {
  if (typed.trim() === '') return undefined;
  return PLAIN_NUMBER.test(typed) ? clean(Number(typed) * unitSize) : typed.trim();
}

function shownAmount(value: Amount | undefined, unitSize: number): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : String(clean(value / unitSize));
}

export function AmountInput({ id, value, onChange, unitSize = 1, placeholder, label, testId }: {
  id?: string; value: Amount | undefined; onChange(value: Amount | undefined): void; unitSize?: number; placeholder?: string; label?: string; testId?: string;
}) {
  const shown = shownAmount(value, unitSize);
  const [typed, setTyped] = useState(shown);
  useEffect(() => {
    if (readAmount(typed, unitSize) !== value) setTyped(shown);
  }, [shown]);
  return (
    <input id={id} type="text" inputMode="decimal" className="scenario-number scenario-amount" value={typed} placeholder={placeholder}
      aria-label={label} data-testid={testId} spellCheck={false}
      onChange={(e) => {
        setTyped(e.target.value);
        onChange(readAmount(e.target.value, unitSize));
      }} />
  );
}

/** Year-by-year values of an expression, e.g. "2026: 2,940 · 2027: 3,087"; nothing for a number or a bad expression. */
export function AmountPreview({ value, years }: { value: Amount | undefined; years: readonly number[] }) {
  const { fmt } = useI18n();
  if (typeof value !== 'string') return null;
  const problems: { path: string; message: string }[] = [];
  const perYear = amountByYear(value, '', years, problems);
  if (problems.length > 0) return null;
  return <span className="scenario-hint" data-testid="amount-preview">{years.map((y, t) => `${y}: ${fmt.num(perYear[t]!, 2)}`).join(' · ')}</span>;
}

/** A cost field in yuan: number or expression, with its default as placeholder and the yearly preview. */
export function AmountField({ path, unit, defaultValue, defaultText, label }: {
  path: string; unit: string; defaultValue?: number; defaultText?: string; label?: Text;
}) {
  const { draft, set } = useEditor();
  const { fmt } = useI18n();
  const m = useMessages(scenarioMessages);
  const value = getIn(draft, path) as Amount | undefined;
  const placeholder = defaultText ?? (defaultValue === undefined ? undefined : m('default', { value: fmt.num(defaultValue, 4) }));
  return (
    <Field path={path} label={label}>
      <AmountInput id={fieldId(path)} value={value} onChange={(v) => set(path, v)} placeholder={placeholder} />
      <span className="scenario-unit">{unit}</span>
      <AmountPreview value={value} years={planYears(draft)} />
    </Field>
  );
}
