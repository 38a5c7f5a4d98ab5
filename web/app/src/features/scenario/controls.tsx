/** Field controls bound to a scenario path: label, changed-from-baseline mark, inline problems with the field path. */
import { useEffect, useState, type ReactNode } from 'react';
import type { Text } from '../../../../../engine/standards/types.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { getIn, isChanged } from './draft.ts';
import { fieldId, useEditor } from './editor-context.tsx';
import { fieldLabel } from './field-labels.ts';
import { scenarioMessages } from './messages.ts';
import { problemsAt } from './validation.ts';
import { formatValue } from './format-value.ts';

/** Removes float noise: 0.1 / 0.01 → 10, not 10.000000000000002. */
const clean = (x: number) => Number(x.toPrecision(12));

export function Field({ path, label, children, exact = false, wide = false }: { path: string; label?: Text; children: ReactNode; exact?: boolean; wide?: boolean }) {
  const { text, lang, fmt } = useI18n();
  const m = useMessages(scenarioMessages);
  const { problems, diff } = useEditor();
  const mine = problemsAt(problems, path, exact);
  const changed = isChanged(diff, path);
  const entry = diff.find((e) => e.path === path);
  return (
    <div className={`scenario-field${changed ? ' scenario-changed' : ''}${mine.length ? ' scenario-invalid' : ''}${wide ? ' scenario-wide' : ''}`}
      data-field={path} data-changed={changed ? 'yes' : 'no'}>
      <label htmlFor={fieldId(path)} className="scenario-label">
        {text(label ?? fieldLabel(path) ?? { zh: path, en: path })}
        {changed ? <span className="scenario-changed-mark" title={m('changed.title', { value: entry ? formatValue(entry.baseline, path, lang, fmt) : '…' })}>{m('changed')}</span> : null}
      </label>
      <div className="scenario-control">{children}</div>
      {mine.length > 0 ? (
        <ul className="scenario-field-errors" role="alert">
          {mine.map((p, i) => <li key={i}>✗ {text(fieldLabel(p.path) ?? { zh: p.path, en: p.path })}: {text(p.message)} <code>{p.path}</code></li>)}
        </ul>
      ) : null}
    </div>
  );
}

interface NumberInputProps {
  id?: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  /** Size of one displayed unit in stored units: 1e4 shows yuan as 万元, 0.01 shows a share as percent. */
  unitSize?: number;
  min?: number;
  max?: number;
  step?: number;
  placeholder?: string;
  label?: string;
  testId?: string;
}

export function NumberInput({ id, value, onChange, unitSize = 1, min, max, step, placeholder, label, testId }: NumberInputProps) {
  const shown = value === undefined ? '' : String(clean(value / unitSize));
  const [textValue, setTextValue] = useState(shown);
  useEffect(() => {
    const parsed = textValue.trim() === '' ? undefined : Number(textValue);
    if (parsed === undefined ? value !== undefined : clean(parsed * unitSize) !== value) setTextValue(shown);
  }, [shown]);
  return (
    <input id={id} type="number" className="scenario-number" value={textValue} min={min} max={max} step={step ?? 'any'} placeholder={placeholder}
      aria-label={label} data-testid={testId}
      onChange={(e) => {
        setTextValue(e.target.value);
        if (e.target.value.trim() === '') { onChange(undefined); return; }
        const n = Number(e.target.value);
        if (Number.isFinite(n)) onChange(clean(n * unitSize));
      }} />
  );
}

export function NumberField({ path, unit, unitSize = 1, min, max, step, defaultValue, label }: {
  path: string; unit?: string; unitSize?: number; min?: number; max?: number; step?: number; defaultValue?: number; label?: Text;
}) {
  const { draft, set } = useEditor();
  const { fmt } = useI18n();
  const m = useMessages(scenarioMessages);
  const value = getIn(draft, path) as number | undefined;
  return (
    <Field path={path} label={label}>
      <NumberInput id={fieldId(path)} value={value} onChange={(v) => set(path, v)} unitSize={unitSize} min={min} max={max} step={step}
        placeholder={defaultValue === undefined ? undefined : m('default', { value: fmt.num(clean(defaultValue / unitSize), 4) })} />
      {unit ? <span className="scenario-unit">{unit}</span> : null}
    </Field>
  );
}

/** A share 0..1 shown as a percent slider with a number beside it. */
export function PercentField({ path, min = 0, max = 1, defaultValue, label }: { path: string; min?: number; max?: number; defaultValue?: number; label?: Text }) {
  const { draft, set } = useEditor();
  const { fmt } = useI18n();
  const m = useMessages(scenarioMessages);
  const value = getIn(draft, path) as number | undefined;
  return (
    <Field path={path} label={label}>
      <PercentInput id={fieldId(path)} value={value} onChange={(v) => set(path, v)} min={min} max={max}
        placeholder={defaultValue === undefined ? undefined : m('default', { value: fmt.percent(defaultValue, Number.isInteger(clean(defaultValue * 100)) ? 0 : 1) })} fallback={defaultValue} />
    </Field>
  );
}

export function PercentInput({ id, value, onChange, min = 0, max = 1, placeholder, fallback, label }: {
  id?: string; value: number | undefined; onChange(v: number | undefined): void; min?: number; max?: number; placeholder?: string; fallback?: number; label?: string;
}) {
  return (
    <span className="scenario-percent">
      <input type="range" min={min * 100} max={max * 100} step={1} value={clean((value ?? fallback ?? min) * 100)} aria-label={label}
        onChange={(e) => onChange(clean(Number(e.target.value) / 100))} />
      <NumberInput id={id} value={value} onChange={onChange} unitSize={0.01} step={1} placeholder={placeholder} label={label} />
      <span className="scenario-unit">%</span>
    </span>
  );
}

export function CheckField({ path, defaultValue, label }: { path: string; defaultValue: boolean; label?: Text }) {
  const { draft, set } = useEditor();
  const value = getIn(draft, path) as boolean | undefined;
  return (
    <Field path={path} label={label}>
      <input id={fieldId(path)} type="checkbox" checked={value ?? defaultValue} onChange={(e) => set(path, e.target.checked)} />
    </Field>
  );
}

export function SelectField<V extends string | number>({ path, options, defaultValue, label }: {
  path: string; options: { value: V; label: string }[]; defaultValue?: V; label?: Text;
}) {
  const { draft, set } = useEditor();
  const value = getIn(draft, path) as V | undefined;
  const numeric = typeof (options[0]?.value) === 'number';
  return (
    <Field path={path} label={label}>
      <select id={fieldId(path)} value={String(value ?? defaultValue ?? '')}
        onChange={(e) => set(path, numeric ? Number(e.target.value) : e.target.value)}>
        {value === undefined && defaultValue === undefined ? <option value="">—</option> : null}
        {options.map((o) => <option key={String(o.value)} value={String(o.value)}>{o.label}</option>)}
      </select>
    </Field>
  );
}

export function TextField({ path, multiline = false, label }: { path: string; multiline?: boolean; label?: Text }) {
  const { draft, set } = useEditor();
  const value = (getIn(draft, path) as string | undefined) ?? '';
  const onChange = (v: string) => set(path, path === '/name' || v !== '' ? v : undefined);
  return (
    <Field path={path} label={label} wide={multiline}>
      {multiline
        ? <textarea id={fieldId(path)} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
        : <input id={fieldId(path)} type="text" value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <fieldset className="scenario-section" data-section={id}>
      <legend>{title}</legend>
      <div className="scenario-grid">{children}</div>
    </fieldset>
  );
}
