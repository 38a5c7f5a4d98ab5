/** Objective, yearly targets (share of schools passing, one per plan year), tie-break and the margin above each standard. */
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { Field, PercentField, PercentInput, SelectField, Section } from './controls.tsx';
import { planYears } from './draft.ts';
import { fieldId, useEditor } from './editor-context.tsx';
import { scenarioMessages } from './messages.ts';

const KINDS = ['floor', 'shortfall', 'mincost', 'cv'] as const;
const TIE_BREAKS = ['cost', 'shortfall', 'none'] as const;
/** Schema bound of objective.margin (a share above each standard). */
const MARGIN_MAX = 0.5;

export function ObjectiveSection() {
  const m = useMessages(scenarioMessages);
  const { lang } = useI18n();
  const { draft, set } = useEditor();
  const years = planYears(draft);
  const targets = draft.objective?.targets;
  const kind = draft.objective?.kind ?? 'floor';
  return (
    <Section id="objective" title={m('section.objective')}>
      <SelectField path="/objective/kind" defaultValue="floor" options={KINDS.map((k) => ({ value: k, label: m(`objective.${k}`) }))} />
      <SelectField path="/objective/tieBreak" defaultValue={kind === 'mincost' ? 'shortfall' : 'cost'}
        options={TIE_BREAKS.map((k) => ({ value: k, label: m(`tieBreak.${k}`) }))} />
      <PercentField path="/objective/margin" max={MARGIN_MAX} defaultValue={0} />
      <Field path="/objective/targets" wide>
        <label>
          <input id={fieldId('/objective/targets')} type="checkbox" checked={targets !== undefined}
            onChange={(e) => set('/objective/targets', e.target.checked ? years.map((_, i) => (i + 1) / years.length) : undefined)} /> {m('targets.on')}
        </label>
        {targets?.map((t, i) => (
          <div className="scenario-year-row" key={i}>
            <span className="scenario-year-label">{years[i] ?? `#${i + 1}`}</span>
            <PercentInput value={t} fallback={0} label={`${lang === 'zh' ? '达标比例' : 'Target'} ${years[i] ?? i + 1}`}
              onChange={(v) => set(`/objective/targets/${i}`, v ?? 0)} />
          </div>
        ))}
      </Field>
    </Section>
  );
}
