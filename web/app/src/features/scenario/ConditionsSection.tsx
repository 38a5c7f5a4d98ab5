/**
 * School conditions as plan decisions (schoolConditions): standard classrooms (each adds a class after the
 * construction lead time) with the targets "no over-size classes from" and "every pupil has a seat", and music and
 * art rooms (fitted the same year). Each block is switched on or off as a whole.
 */
import { DEFAULT_CONSTRUCTION } from '../../../../../engine/scenario/defaults.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { AmountField } from './amount-field.tsx';
import { CheckField, Field, NumberField, Section } from './controls.tsx';
import { getIn, planYears } from './draft.ts';
import { fieldId, useEditor } from './editor-context.tsx';
import { scenarioMessages } from './messages.ts';

/** m² of a standard classroom, music room and art room (resolveScenario's defaults; 教督〔2017〕6号 for the rooms). */
const AREA = { classroom: 80, music: 96, art: 90 };

type Block = '/schoolConditions/classrooms' | '/schoolConditions/artsRooms';

function BlockSwitch({ path }: { path: Block }) {
  const m = useMessages(scenarioMessages);
  const { draft, set } = useEditor();
  const on = (path === '/schoolConditions/classrooms' ? draft.schoolConditions?.classrooms : draft.schoolConditions?.artsRooms) !== undefined;
  return (
    <Field path={path} exact>
      <label><input id={fieldId(path)} type="checkbox" checked={on} onChange={(e) => set(path, e.target.checked ? {} : undefined)} /> {m('on')}</label>
    </Field>
  );
}

/** A plan year from which a target holds, or none (the key left out). */
function YearField({ path }: { path: string }) {
  const m = useMessages(scenarioMessages);
  const { draft, set } = useEditor();
  const years = planYears(draft);
  const value = getIn(draft, path) as number | undefined;
  const options = [...new Set([...years, ...(value !== undefined ? [value] : [])])];
  return (
    <Field path={path}>
      <select id={fieldId(path)} value={value ?? ''} onChange={(e) => set(path, e.target.value === '' ? undefined : Number(e.target.value))}>
        <option value="">{m('conditions.noTarget')}</option>
        {options.map((y) => <option key={y} value={y}>{y}</option>)}
      </select>
    </Field>
  );
}

export function ConditionsSection() {
  const m = useMessages(scenarioMessages);
  const { lang } = useI18n();
  const { draft } = useEditor();
  const c = draft.schoolConditions;
  const lead = draft.construction?.leadYears ?? DEFAULT_CONSTRUCTION.leadYears;
  const yuanPerRoom = lang === 'zh' ? '元/间' : 'yuan/room';
  const defaultCost = (m2: number) => m('conditions.cost.default', { area: m2 });
  return (
    <Section id="conditions" title={m('section.conditions')}>
      <BlockSwitch path="/schoolConditions/classrooms" />
      {c?.classrooms !== undefined ? (
        <>
          <p className="scenario-hint scenario-wide" data-testid="classroom-lead">{lead === 0 ? m('conditions.lead.0') : m('conditions.lead', { n: lead })}</p>
          <AmountField path="/schoolConditions/classrooms/unitCost" unit={yuanPerRoom} defaultText={defaultCost(c.classrooms.area ?? AREA.classroom)} />
          <NumberField path="/schoolConditions/classrooms/area" min={1} max={1000} step={1} unit={lang === 'zh' ? '平方米' : 'm²'} defaultValue={AREA.classroom} />
          <YearField path="/schoolConditions/classrooms/noOverSizeFrom" />
          <CheckField path="/schoolConditions/classrooms/everyPupilSeated" defaultValue={false} />
        </>
      ) : null}
      <BlockSwitch path="/schoolConditions/artsRooms" />
      {c?.artsRooms !== undefined ? (
        <>
          <p className="scenario-hint scenario-wide">{m('conditions.artsRooms.lead')}</p>
          <AmountField path="/schoolConditions/artsRooms/musicRoomCost" unit={yuanPerRoom} defaultText={defaultCost(AREA.music)} />
          <AmountField path="/schoolConditions/artsRooms/artRoomCost" unit={yuanPerRoom} defaultText={defaultCost(AREA.art)} />
          <YearField path="/schoolConditions/artsRooms/meetFrom" />
        </>
      ) : null}
    </Section>
  );
}
