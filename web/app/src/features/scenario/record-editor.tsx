/** Values by school id (growth or spread per school, students per year per school): add, edit, remove rows. */
import { useState } from 'react';
import { useMessages } from '../../i18n/i18n.tsx';
import { Field, NumberInput, PercentInput } from './controls.tsx';
import { escapePointer } from '../../../../../engine/compare/scenario-diff.ts';
import { getIn, planYears } from './draft.ts';
import { useEditor } from './editor-context.tsx';
import { scenarioMessages } from './messages.ts';

function AddRow({ onAdd, existing }: { onAdd(id: string): void; existing: string[] }) {
  const m = useMessages(scenarioMessages);
  const [id, setId] = useState('');
  const ok = id.trim() !== '' && !existing.includes(id.trim());
  return (
    <span className="scenario-inline">
      <input type="text" value={id} placeholder={m('record.school')} aria-label={m('record.school')} onChange={(e) => setId(e.target.value)} />
      <button type="button" disabled={!ok} onClick={() => { onAdd(id.trim()); setId(''); }}>{m('record.add')}</button>
    </span>
  );
}

/** A share per school, e.g. /enrollment/schools (yearly growth) or /uncertainty/schools (spread). */
export function ShareRecordField({ path, min, max }: { path: string; min: number; max: number }) {
  const m = useMessages(scenarioMessages);
  const { draft, set } = useEditor();
  const record = (getIn(draft, path) as Record<string, number> | undefined) ?? {};
  const ids = Object.keys(record);
  return (
    <Field path={path} wide>
      <table className="scenario-record">
        <tbody>
          {ids.map((id) => (
            <tr key={id}>
              <th scope="row">{id}</th>
              <td><PercentInput value={record[id]} min={min} max={max} label={id} fallback={0} onChange={(v) => set(`${path}/${escapePointer(id)}`, v ?? 0)} /></td>
              <td><button type="button" onClick={() => set(`${path}/${escapePointer(id)}`, undefined)}>{m('record.remove')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddRow existing={ids} onAdd={(id) => set(`${path}/${escapePointer(id)}`, 0)} />
    </Field>
  );
}

/** /enrollment/table: students in each plan year by school id (whole numbers ≥ 1). */
export function EnrollmentTableField() {
  const path = '/enrollment/table';
  const m = useMessages(scenarioMessages);
  const { draft, set } = useEditor();
  const years = planYears(draft);
  const table = (getIn(draft, path) as Record<string, number[]> | undefined) ?? {};
  const ids = Object.keys(table);
  return (
    <Field path={path} wide>
      <table className="scenario-record">
        {ids.length > 0 ? (
          <thead><tr><th scope="col">{m('record.school')}</th>{years.map((y) => <th key={y} scope="col">{y}</th>)}<th /></tr></thead>
        ) : null}
        <tbody>
          {ids.map((id) => (
            <tr key={id}>
              <th scope="row">{id}</th>
              {years.map((y, i) => (
                <td key={y}><NumberInput value={table[id]![i]} min={1} step={1} label={`${id} ${y}`}
                  onChange={(v) => set(`${path}/${escapePointer(id)}/${i}`, v ?? 0)} /></td>
              ))}
              <td><button type="button" onClick={() => set(`${path}/${escapePointer(id)}`, undefined)}>{m('record.remove')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddRow existing={ids} onAdd={(id) => set(`${path}/${escapePointer(id)}`, years.map(() => 0))} />
    </Field>
  );
}
