/**
 * A per-year amount (schema PerYear): one number for every plan year, or one per year; slider + number for each.
 * With `expressions` (the budget) a value may also be a formula in `year` (amount-field.tsx), shown as typed.
 */
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { AmountInput, type Amount } from './amount-field.tsx';
import { NumberInput } from './controls.tsx';
import { getIn, planYears } from './draft.ts';
import { fieldId, useEditor } from './editor-context.tsx';
import { scenarioMessages } from './messages.ts';

interface Props {
  path: string;
  /** Stored units per displayed unit (1e4: yuan shown in 万元). */
  unitSize: number;
  unit: string;
  /** Slider end in stored units; the slider widens to twice the largest value. */
  sliderMax: number;
  step: number;
  /** The field may be left out (no limit). */
  optional?: boolean;
  testId: string;
  /** Values may be expressions with money units and `year` (budget.perYear). */
  expressions?: boolean;
}

export function PerYearInput({ path, unitSize, unit, sliderMax, step, optional = false, testId, expressions = false }: Props) {
  const { draft, set } = useEditor();
  const { fmt } = useI18n();
  const m = useMessages(scenarioMessages);
  const years = planYears(draft);
  const value = getIn(draft, path) as Amount | Amount[] | undefined;
  const same = !Array.isArray(value);
  const values = Array.isArray(value) ? value : years.map(() => value ?? 0);
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const top = Math.max(sliderMax, ...numbers.map((v) => v * 2)) / unitSize;
  const row = (label: string, v: Amount | undefined, onChange: (v: Amount | undefined) => void, id: string, key: string) => {
    const inputTestId = id === fieldId(path) ? `${testId}-all` : id;
    return (
      <div className="scenario-year-row" key={key}>
        <span className="scenario-year-label">{label}</span>
        <input type="range" min={0} max={top} step={step} value={typeof v === 'number' ? v / unitSize : 0} aria-label={`${label} (${unit})`}
          disabled={typeof v === 'string'} onChange={(e) => onChange(Number(e.target.value) * unitSize)} />
        {expressions
          ? <AmountInput id={id} value={v} onChange={onChange} unitSize={unitSize} label={`${label} (${unit})`} testId={inputTestId} />
          : <NumberInput id={id} value={v as number | undefined} onChange={onChange} unitSize={unitSize} min={0} step={step} label={`${label} (${unit})`} testId={inputTestId} />}
        <span className="scenario-unit">{unit}</span>
      </div>
    );
  };
  if (optional && value === undefined) {
    return (
      <div className="scenario-per-year">
        <label><input type="checkbox" checked onChange={() => set(path, 0)} /> {m('perYear.unlimited')}</label>
      </div>
    );
  }
  return (
    <div className="scenario-per-year">
      <div className="scenario-per-year-options">
        <label>
          <input type="checkbox" checked={same} data-testid={`${testId}-same`}
            onChange={(e) => set(path, e.target.checked ? values[0] ?? 0 : years.map((_, i) => values[i] ?? values[values.length - 1] ?? 0))} /> {m('perYear.same')}
        </label>
        {optional ? <label><input type="checkbox" checked={false} onChange={() => set(path, undefined)} /> {m('perYear.unlimited')}</label> : null}
      </div>
      {same
        ? row(years.map(String).join('–').replace(/–.*–/, '–'), value as number | undefined, (v) => set(path, v), fieldId(path), 'all')
        : years.map((year, i) => row(m('budget.year', { year }), values[i], (v) => set(`${path}/${i}`, v ?? 0), `${testId}-${i}`, String(year)))}
      {!same && values.length !== years.length ? <p className="scenario-hint">{fmt.int(values.length)} / {fmt.int(years.length)}</p> : null}
    </div>
  );
}
