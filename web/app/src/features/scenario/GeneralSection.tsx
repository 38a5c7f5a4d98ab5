/** Name, description, standard, plan years and whole-number planning. */
import { useMessages } from '../../i18n/i18n.tsx';
import { CheckField, Field, NumberInput, SelectField, Section, TextField } from './controls.tsx';
import { planYears, withHorizon } from './draft.ts';
import { fieldId, useEditor } from './editor-context.tsx';
import { scenarioMessages } from './messages.ts';

export function GeneralSection() {
  const m = useMessages(scenarioMessages);
  const { draft, update } = useEditor();
  const years = planYears(draft);
  const first = years[0] ?? new Date().getFullYear();
  return (
    <Section id="general" title={m('section.general')}>
      <TextField path="/name" />
      <SelectField path="/standard" defaultValue="quality-2017"
        options={(['quality-2017', 'basic-2012'] as const).map((id) => ({ value: id, label: m(`standard.${id}`) }))} />
      <Field path="/horizon">
        <span className="scenario-inline">
          <NumberInput id={fieldId('/horizon')} value={first} step={1} min={2000} max={2100} label={m('horizon.first')}
            onChange={(v) => { if (v !== undefined && Number.isInteger(v)) update((f) => withHorizon(f, v, years.length)); }} />
          <label>{m('horizon.length')}{' '}
            <select value={years.length} onChange={(e) => update((f) => withHorizon(f, first, Number(e.target.value)))}>
              {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </label>
          <span className="scenario-hint">{years.join(', ')}</span>
        </span>
      </Field>
      <CheckField path="/integer" defaultValue />
      <TextField path="/description" multiline />
    </Section>
  );
}
