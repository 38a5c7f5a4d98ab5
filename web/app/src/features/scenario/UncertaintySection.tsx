/** Enrollment uncertainty (Monte Carlo) and the robust plan; each block is switched on or off as a whole. */
import { useMessages } from '../../i18n/i18n.tsx';
import { Field, NumberField, PercentField, SelectField, Section } from './controls.tsx';
import { fieldId, useEditor } from './editor-context.tsx';
import { scenarioMessages } from './messages.ts';
import { ShareRecordField } from './record-editor.tsx';
import { DEFAULT_UNCERTAINTY_SEED } from '../../../../../engine/scenario/resolve.ts';

/** Schema bound of a spread (sd or half-width of the yearly growth rate). */
const SPREAD_MAX = 0.5;
/** Defaults of resolveScenario for the robust block. */
const ROBUST_DEFAULTS = { growing: 0.8, shrinking: 0.2, paths: 200 };

function BlockSwitch({ path }: { path: '/uncertainty' | '/robust' }) {
  const m = useMessages(scenarioMessages);
  const { draft, set } = useEditor();
  const on = (path === '/uncertainty' ? draft.uncertainty : draft.robust) !== undefined;
  return (
    <Field path={path} exact>
      <label><input id={fieldId(path)} type="checkbox" checked={on} onChange={(e) => set(path, e.target.checked ? {} : undefined)} /> {m('on')}</label>
    </Field>
  );
}

export function UncertaintySection() {
  const m = useMessages(scenarioMessages);
  const { draft } = useEditor();
  return (
    <Section id="uncertainty" title={m('section.uncertainty')}>
      <BlockSwitch path="/uncertainty" />
      {draft.uncertainty !== undefined ? (
        <>
          <SelectField path="/uncertainty/distribution" defaultValue="normal"
            options={(['normal', 'triangular'] as const).map((d) => ({ value: d, label: m(`distribution.${d}`) }))} />
          {(['default', 'urban', 'town', 'rural'] as const).map((k) => (
            <PercentField key={k} path={`/uncertainty/spread/${k}`} max={SPREAD_MAX} defaultValue={k === 'default' ? 0 : undefined} />
          ))}
          <PercentField path="/uncertainty/correlation" defaultValue={0} />
          <SelectField path="/uncertainty/groupBy" defaultValue="location"
            options={(['location', 'level'] as const).map((g) => ({ value: g, label: m(`groupBy.${g}`) }))} />
          <NumberField path="/uncertainty/seed" min={0} step={1} defaultValue={DEFAULT_UNCERTAINTY_SEED} />
          <ShareRecordField path="/uncertainty/schools" min={0} max={SPREAD_MAX} />
        </>
      ) : null}
      <BlockSwitch path="/robust" />
      {draft.robust !== undefined ? (
        <>
          <PercentField path="/robust/quantile/growing" defaultValue={ROBUST_DEFAULTS.growing} />
          <PercentField path="/robust/quantile/shrinking" defaultValue={ROBUST_DEFAULTS.shrinking} />
          <NumberField path="/robust/paths" min={1} max={10000} step={1} defaultValue={ROBUST_DEFAULTS.paths} />
          <NumberField path="/robust/seed" min={0} step={1} />
        </>
      ) : null}
    </Section>
  );
}
