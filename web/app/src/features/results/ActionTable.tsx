/** The plan's actions per school, filterable by school and year, amounts in natural units. */
import { useMemo, useState } from 'react';
import type { SolveReport } from '../../../../../engine/optimize/solve-report.ts';
import type { PlanAction } from '../../../../../engine/plan/types.ts';
import { ledgerYears } from '../../../../../engine/report/ledger-rows.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { actionYears, groupActions, naturalAmount, yearCost } from './actions.ts';
import { resultsMessages } from './messages.ts';
import { SchoolLink } from '../../shared/SchoolLink.tsx';

/**
 * `report` (rotations and years) adds the cost ledger's total rows: per year (= the year's total spend,
 * rotation subsidies included) and over the plan.
 */
export function ActionTable({ actions, report }: { actions: readonly PlanAction[]; report?: Pick<SolveReport, 'actions' | 'rotations' | 'years'> }) {
  const m = useMessages(resultsMessages);
  const { fmt, lang } = useI18n();
  const [school, setSchool] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const groups = useMemo(() => groupActions(actions, { school, year }), [actions, school, year]);
  // Every plan year with a cost: a year without new actions may still pay earlier hires.
  const years = useMemo(() => (report ? report.years.map((y) => y.year) : actionYears(actions)), [actions, report]);
  const count = groups.reduce((n, g) => n + g.actions.length, 0);
  const totals = useMemo(() => (report ? ledgerYears(report) : []), [report]);
  const shownTotals = totals.filter((t) => year === null || t.year === year);

  const amountText = (a: PlanAction) => (a.unit === 'yuan' ? fmt.money(a.amount) : `${fmt.num(naturalAmount(a), 1)} ${m(`unit.${a.unit}`)}`);
  const kindText = (a: PlanAction) => `${m(`kind.${a.kind}`)}${a.category ? (lang === 'en' ? ` (${m(`category.${a.category}`)})` : `（${m(`category.${a.category}`)}）`) : ''}${a.projectId ? ` ${a.projectId}` : ''}`;

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
              <tr><th>{m('school')}</th><th>{m('year')}</th><th>{m('action')}</th><th className="num">{m('amount')}</th><th className="num">{m(year === null ? 'costPlan' : 'cost')}</th><th>{m('servesFrom')}</th></tr>
            </thead>
            <tbody>
              {groups.flatMap((g) => g.actions.map((a, i) => (
                <tr key={`${g.schoolId}-${i}`} data-school-id={g.schoolId}>
                  {i === 0 && <th scope="rowgroup" rowSpan={g.actions.length}><SchoolLink id={g.schoolId} name={g.schoolName} /><div className="muted">{fmt.money(g.cost)}</div></th>}
                  <td>{a.year}</td>
                  <td>{kindText(a)}{year !== null && a.year !== year && <span className="muted"> {m('continuing', { year: a.year })}</span>}</td>
                  <td className="num">{amountText(a)}</td>
                  <td className="num">{fmt.money(yearCost(a, year))}</td>
                  <td>{a.servesFrom}</td>
                </tr>
              )))}
            </tbody>
            {shownTotals.length > 0 && (
              <tfoot data-testid="action-totals">
                {shownTotals.map((t) => (
                  <tr key={t.year} data-year={t.year}>
                    <th scope="row" colSpan={4}>{m('yearTotal', { year: t.year })}<div className="muted">{m('yearTotalParts', { started: fmt.money(t.newActions), salaries: fmt.money(t.continuing), subsidies: fmt.money(t.rotations) })}</div></th>
                    <td className="num">{fmt.money(t.total)}</td><td />
                  </tr>
                ))}
                {year === null && (
                  <tr data-year="all"><th scope="row" colSpan={4}>{m('planTotal')}</th><td className="num">{fmt.money(totals.reduce((sum, t) => sum + t.total, 0))}</td><td /></tr>
                )}
              </tfoot>
            )}
          </table>
        </div>
      )}
    </section>
  );
}
