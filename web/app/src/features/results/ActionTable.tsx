/** The plan's actions per school, filterable by school and year, amounts in natural units. */
import { useMemo, useState } from 'react';
import type { PlanAction } from '../../../../../engine/plan/types.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { actionYears, groupActions, naturalAmount } from './actions.ts';
import { resultsMessages } from './messages.ts';
import { SchoolLink } from '../../shared/SchoolLink.tsx';

export function ActionTable({ actions }: { actions: readonly PlanAction[] }) {
  const m = useMessages(resultsMessages);
  const { fmt } = useI18n();
  const [school, setSchool] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const groups = useMemo(() => groupActions(actions, { school, year }), [actions, school, year]);
  const years = useMemo(() => actionYears(actions), [actions]);
  const count = groups.reduce((n, g) => n + g.actions.length, 0);

  const amountText = (a: PlanAction) => (a.unit === 'yuan' ? fmt.money(a.amount) : `${fmt.num(naturalAmount(a), 1)} ${m(`unit.${a.unit}`)}`);
  const kindText = (a: PlanAction) => `${m(`kind.${a.kind}`)}${a.category ? `（${m(`category.${a.category}`)}）` : ''}${a.projectId ? ` ${a.projectId}` : ''}`;

  return (
    <section className="action-table" data-testid="action-table">
      <div className="filters">
        <label>{m('filterSchool')}{' '}
          <input type="search" data-testid="action-filter" value={school} onChange={(e) => setSchool(e.target.value)} />
        </label>
        <label>{m('filterYear')}{' '}
          <select value={year ?? ''} onChange={(e) => setYear(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">{m('allYears')}</option>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <span data-testid="action-count">{m('schoolsShown', { n: groups.length, m: count })}</span>
      </div>
      {groups.length === 0 ? <p>{m('noActions')}</p> : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr><th>{m('school')}</th><th>{m('year')}</th><th>{m('action')}</th><th className="num">{m('amount')}</th><th className="num">{m('cost')}</th><th>{m('servesFrom')}</th></tr>
            </thead>
            <tbody>
              {groups.flatMap((g) => g.actions.map((a, i) => (
                <tr key={`${g.schoolId}-${i}`} data-school-id={g.schoolId}>
                  {i === 0 && <th scope="rowgroup" rowSpan={g.actions.length}><SchoolLink id={g.schoolId} name={g.schoolName} /><div className="muted">{fmt.money(g.cost)}</div></th>}
                  <td>{a.year}</td>
                  <td>{kindText(a)}</td>
                  <td className="num">{amountText(a)}</td>
                  <td className="num">{fmt.money(a.cost)}</td>
                  <td>{a.servesFrom}</td>
                </tr>
              )))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
