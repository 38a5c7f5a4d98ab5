/**
 * School × indicator table: value with ✓/✗ against the standard, the school conditions (class size, school size,
 * music and art rooms) as value / limit with ✓/✗, gaps in natural units; sortable, filterable.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { Evaluation, SchoolEvaluation } from '../../../../../engine/indicators/types.ts';
import { getStandard } from '../../../../../engine/standards/index.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { LEVELS, LOCATIONS, nextSort, rowKey, tableRows, type ConditionFilter, type LevelFilter, type LocationFilter, type SortKey, type SortState } from './evaluation-table.ts';
import { dataMessages } from './messages.ts';
import { PassMark } from './PassMark.tsx';
import { SchoolLink } from '../../shared/SchoolLink.tsx';
import { conditionKeys, ConditionValue, useConditionText } from '../../shared/conditions.tsx';

export function EvaluationTable({ evaluation }: { evaluation: Evaluation }) {
  const { text, fmt } = useI18n();
  const m = useMessages(dataMessages);
  const [level, setLevel] = useState<LevelFilter>('all');
  const [location, setLocation] = useState<LocationFilter>('all');
  const [sort, setSort] = useState<SortState>({ key: 'name', direction: 'asc' });
  const [conditions, setConditions] = useState<ConditionFilter>('all');
  const rows = useMemo(() => tableRows(evaluation.schools, level, location, sort, conditions), [evaluation, level, location, sort, conditions]);
  const keys = useMemo(() => conditionKeys(evaluation.schools), [evaluation]);
  const ct = useConditionText();
  const standard = getStandard(evaluation.standard.id);
  const shortName = (key: string) => standard?.indicators.find((i) => i.key === key)?.short;
  const value = (v: number | undefined) => (v === undefined ? '—' : fmt.num(v, Math.abs(v) >= 100 ? 0 : 2));
  const levels = level === 'all' ? LEVELS : [level];

  const header = (key: SortKey, label: string, extra?: ReactNode, title?: string) => {
    const active = sort.key === key;
    return (
      <th key={key} scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} title={title}>
        <button type="button" className="data-sort" data-sort={key} onClick={() => setSort(nextSort(sort, key))}>
          {label}{active ? <span aria-label={m(sort.direction === 'asc' ? 'sort.asc' : 'sort.desc')}>{sort.direction === 'asc' ? ' ▲' : ' ▼'}</span> : null}
        </button>
        {extra}
      </th>
    );
  };

  return (
    <section className="data-table-section" aria-labelledby="data-table-title">
      <div className="data-table-bar">
        <h3 id="data-table-title">{m('table.title')}</h3>
        <label>{m('filter.level')}{' '}
          <select data-testid="filter-level" value={level} onChange={(e) => setLevel(e.target.value as LevelFilter)}>
            <option value="all">{m('filter.all')}</option>
            {LEVELS.map((l) => <option key={l} value={l}>{m(`level.${l}`)}</option>)}
          </select>
        </label>
        <label>{m('filter.location')}{' '}
          <select data-testid="filter-location" value={location} onChange={(e) => setLocation(e.target.value as LocationFilter)}>
            <option value="all">{m('filter.all')}</option>
            {LOCATIONS.map((l) => <option key={l} value={l}>{m(`location.${l}`)}</option>)}
          </select>
        </label>
        {keys.length > 0 ? (
          <label>{ct.m('title')}{' '}
            <select data-testid="filter-conditions" value={conditions} onChange={(e) => setConditions(e.target.value as ConditionFilter)}>
              <option value="all">{m('filter.all')}</option>
              <option value="failing">{ct.m('filter.failing')}</option>
              {keys.map((k) => <option key={k} value={`failing:${k}`}>{ct.m('filter.failingOne', { name: ct.short(k) })}</option>)}
            </select>
          </label>
        ) : null}
        <span className="data-count">{m('table.rows', { shown: rows.length, total: evaluation.schools.length })}</span>
      </div>
      <div className="data-table-scroll">
        <table className="data-table" data-testid="evaluation-table">
          <thead>
            <tr>
              {header('name', m('table.school'))}
              {header('level', m('table.level'))}
              {header('location', m('table.location'))}
              {header('students', m('table.students'))}
              {evaluation.indicators.map((ind) => header(`indicator:${ind.key}`, text(shortName(ind.key) ?? ind.name),
                <span className="data-th-standard">
                  {levels.map((l) => ind.threshold[l] === null ? null : <span key={l}>{levels.length > 1 ? `${m(`level.${l}`)} ` : ''}≥{value(ind.threshold[l] ?? undefined)}</span>)}
                </span>,
                `${text(ind.name)} (${text(ind.unit)})`))}
              {keys.map((k) => header(`condition:${k}`, ct.short(k), undefined, ct.name(k)))}
              {header('metCount', m('table.met'))}
              {header('passes', m('table.passes'))}
              {header('gaps', m('table.gaps'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => <SchoolRow key={rowKey(row)} row={row} evaluation={evaluation} value={value} conditionKeys={keys} />)}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SchoolRow({ row, evaluation, value, conditionKeys: keys }: {
  row: SchoolEvaluation; evaluation: Evaluation; value: (v: number | undefined) => string; conditionKeys: readonly string[];
}) {
  const { text } = useI18n();
  const m = useMessages(dataMessages);
  const gaps = evaluation.indicators.flatMap((ind) => (row.gaps[ind.key] ? [{ key: ind.key, gap: row.gaps[ind.key]! }] : []));
  return (
    <tr data-school={row.id} data-level={row.level} className={row.excluded ? 'data-row-excluded' : undefined}>
      <th scope="row" className="data-school"><SchoolLink id={row.id} name={row.name} /><span className="data-id">{row.id}</span></th>
      <td className="data-nowrap">{m(`level.${row.level}`)}</td>
      <td className="data-nowrap">{row.location ? m(`location.${row.location}`) : m('location.unknown')}</td>
      <td className="data-num">{value(row.students)}</td>
      {evaluation.indicators.map((ind) => {
        const threshold = ind.threshold[row.level];
        return (
          <td key={ind.key} className="data-num" data-indicator={ind.key}
            title={threshold === null ? undefined : `${m('table.standard')} ≥ ${value(threshold)} ${text(ind.unit)}`}>
            {value(row.values[ind.key])}{' '}
            {row.excluded ? null : <PassMark ok={row.meets[ind.key] ?? null} short />}
          </td>
        );
      })}
      {keys.map((k) => {
        const c = row.excluded ? undefined : row.conditions?.find((x) => x.key === k);
        return <td key={k} className="data-num" data-condition={k}>{c ? <ConditionValue condition={c} /> : '—'}</td>;
      })}
      <td className="data-num">{row.excluded ? '—' : row.metCount}</td>
      <td>{row.excluded ? <span className="data-excluded" title={text(row.excludedReason)}>{m('table.excluded')}: {text(row.excludedReason)}</span> : <PassMark ok={row.passes} />}</td>
      <td className="data-gaps">
        {gaps.length === 0 ? m('table.noGap') : (
          <ul>{gaps.map(({ key, gap }) => <li key={key} data-gap={key}>{text(gap.message)}</li>)}</ul>
        )}
      </td>
    </tr>
  );
}
