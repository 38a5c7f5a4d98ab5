/** The plan's rotation pairings as a table: from, to, category, teachers, years, km; sortable by any column. */
import { useState } from 'react';
import type { Rotation } from '../../../../engine/plan/types.ts';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { rotationYears } from './action-text.ts';
import { pairingMessages } from './pairing-messages.ts';
import { SchoolLink } from './SchoolLink.tsx';

export type PairingSortKey = 'from' | 'to' | 'category' | 'teachers' | 'years' | 'km';
const KEYS: PairingSortKey[] = ['from', 'to', 'category', 'teachers', 'years', 'km'];

/** Sorted copy; names compare in Chinese collation, unknown distances last. */
export function sortPairings(rotations: readonly Rotation[], names: ReadonlyMap<string, string>, key: PairingSortKey, descending: boolean): Rotation[] {
  const name = (id: string) => names.get(id) ?? id;
  const cmp = (a: Rotation, b: Rotation): number => {
    switch (key) {
      case 'from': return name(a.from).localeCompare(name(b.from), 'zh-CN');
      case 'to': return name(a.to).localeCompare(name(b.to), 'zh-CN');
      case 'category': return a.category.localeCompare(b.category);
      case 'teachers': return a.teachers - b.teachers;
      case 'years': return a.year - b.year || a.untilYear - b.untilYear;
      case 'km': return (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity);
    }
  };
  const sign = descending ? -1 : 1;
  return [...rotations].sort((a, b) => sign * cmp(a, b) || a.year - b.year || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

export function PairingTable({ rotations, names }: { rotations: readonly Rotation[]; names: ReadonlyMap<string, string> }) {
  const m = useMessages(pairingMessages);
  const { fmt } = useI18n();
  const [sort, setSort] = useState<{ key: PairingSortKey; descending: boolean }>({ key: 'teachers', descending: true });
  const rows = sortPairings(rotations, names, sort.key, sort.descending);
  const total = rotations.reduce((s, x) => s + x.teachers, 0);
  const head = (key: PairingSortKey) => {
    const active = sort.key === key;
    return (
      <th key={key} className={key === 'teachers' || key === 'km' ? 'num' : undefined} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="sort-head" data-testid={`pairing-sort-${key}`} onClick={() => setSort({ key, descending: active ? !sort.descending : key === 'teachers' })}>
          {m(`col.${key}`)}{active ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };
  return (
    <section className="pairing-table panel" data-testid="pairing-table">
      <h3>{m('title')}</h3>
      <p className="muted">{m('summary', { n: rotations.length, teachers: fmt.num(total, 1) })}</p>
      <div className="table-scroll">
        <table>
          <thead><tr>{KEYS.map(head)}</tr></thead>
          <tbody>
            {rows.map((x, i) => (
              <tr key={i} data-from={x.from} data-to={x.to} data-teachers={x.teachers} data-km={x.distanceKm ?? ''}>
                <td><SchoolLink id={x.from} name={names.get(x.from) ?? x.from} /></td>
                <td><SchoolLink id={x.to} name={names.get(x.to) ?? x.to} /></td>
                <td>{m(`category.${x.category}`)}</td>
                <td className="num">{fmt.num(x.teachers, 1)}</td>
                <td>{rotationYears(x)}</td>
                <td className="num">{x.distanceKm === null ? '—' : fmt.num(x.distanceKm, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
