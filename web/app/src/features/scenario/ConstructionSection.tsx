/** Construction: lead time, building by the m², land limits, floors, and the list of candidate projects. */
import { DEFAULT_CONSTRUCTION } from '../../../../../engine/scenario/defaults.ts';
import type { ProjectSpec } from '../../../../../engine/scenario/schema.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { AmountInput } from './amount-field.tsx';
import { CheckField, Field, NumberInput, NumberField, SelectField, Section } from './controls.tsx';
import { planYears } from './draft.ts';
import { fieldId, useEditor } from './editor-context.tsx';
import { scenarioMessages } from './messages.ts';

export function ConstructionSection() {
  const m = useMessages(scenarioMessages);
  return (
    <Section id="construction" title={m('section.construction')}>
      <SelectField path="/construction/leadYears" defaultValue={DEFAULT_CONSTRUCTION.leadYears}
        options={[0, 1, 2, 3, 4, 5].map((n) => ({ value: n, label: n === 0 ? m('lead.0') : m('lead.years', { n }) }))} />
      <CheckField path="/construction/allowExpansion" defaultValue />
      <CheckField path="/construction/useLandLimits" defaultValue />
      <NumberField path="/construction/buildingFloors" min={1} step={1} defaultValue={DEFAULT_CONSTRUCTION.buildingFloors} />
      <ProjectsField />
    </Section>
  );
}

function ProjectsField() {
  const m = useMessages(scenarioMessages);
  const { lang } = useI18n();
  const { draft, set } = useEditor();
  const projects = draft.construction?.projects ?? [];
  const years = planYears(draft);
  const path = '/construction/projects';
  const at = (i: number, key: keyof ProjectSpec) => `${path}/${i}/${key}`;
  const add = () => set(path, [...projects, { id: `P${projects.length + 1}`, school: '', kind: 'teaching', area: 0, earliestYear: years[0] }]);
  return (
    <Field path={path} wide>
      <table className="scenario-record" id={fieldId(path)}>
        {projects.length > 0 ? (
          <thead>
            <tr>
              {(['id', 'school', 'kind', 'area', 'cost', 'earliestYear'] as const).map((k) => <th key={k} scope="col">{fieldLabelShort(k, lang)}</th>)}
              <th />
            </tr>
          </thead>
        ) : null}
        <tbody>
          {projects.map((p, i) => (
            <tr key={i} data-project={i}>
              <td><input type="text" value={p.id} aria-label={`${fieldLabelShort('id', lang)} ${i + 1}`} onChange={(e) => set(at(i, 'id'), e.target.value)} /></td>
              <td><input type="text" value={p.school} size={6} aria-label={`${fieldLabelShort('school', lang)} ${i + 1}`} onChange={(e) => set(at(i, 'school'), e.target.value)} /></td>
              <td>
                <select value={p.kind} aria-label={`${fieldLabelShort('kind', lang)} ${i + 1}`} onChange={(e) => set(at(i, 'kind'), e.target.value)}>
                  <option value="teaching">{m('kind.teaching')}</option>
                  <option value="sports">{m('kind.sports')}</option>
                </select>
              </td>
              <td><NumberInput value={p.area} min={0} step={10} label={`${fieldLabelShort('area', lang)} ${i + 1}`} onChange={(v) => set(at(i, 'area'), v ?? 0)} /></td>
              <td><AmountInput value={p.cost} placeholder={m('project.cost.default')} label={`${fieldLabelShort('cost', lang)} ${i + 1}`} onChange={(v) => set(at(i, 'cost'), v)} /></td>
              <td>
                <select value={p.earliestYear ?? ''} aria-label={`${fieldLabelShort('earliestYear', lang)} ${i + 1}`}
                  onChange={(e) => set(at(i, 'earliestYear'), e.target.value === '' ? undefined : Number(e.target.value))}>
                  <option value="">—</option>
                  {[...new Set([...years, ...(p.earliestYear !== undefined ? [p.earliestYear] : [])])].map((y) => <option key={y} value={y}>{y}</option>)}
                </select>
              </td>
              <td><button type="button" onClick={() => set(path, projects.filter((_, j) => j !== i))}>{m('project.remove')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={add}>{m('project.add')}</button>
    </Field>
  );
}

const SHORT: Record<keyof ProjectSpec, [string, string]> = {
  id: ['编号', 'Id'], school: ['学校', 'School'], kind: ['类型', 'Kind'], area: ['面积（平方米）', 'Area (m²)'],
  cost: ['造价（元）', 'Cost (yuan)'], earliestYear: ['最早开工', 'Earliest start'],
};

function fieldLabelShort(key: keyof ProjectSpec, lang: 'zh' | 'en'): string {
  return SHORT[key][lang === 'zh' ? 0 : 1];
}
