/** The province summary's county table: schools, passing before and after, spend, least money, cost per pupil, notes. */
import type { CountyRow, ProvinceSummary } from '../../../../../engine/compare/province/summary.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { provinceMessages } from './messages.ts';

function notes(c: CountyRow, text: (v: { zh: string; en: string }) => string): string {
  if (c.error) return c.error.message;
  const error = [c.plan, c.least].find((o): o is { error: string } => 'error' in o);
  if (error) return error.error;
  return c.infeasibility[0] ? text(c.infeasibility[0]) : '';
}

export function ProvinceTable({ summary }: { summary: ProvinceSummary }) {
  const m = useMessages(provinceMessages);
  const { fmt, text } = useI18n();
  const money = (v: number | null | undefined) => (v === null || v === undefined ? '—' : fmt.money(v));
  const t = summary.totals;
  return (
    <>
      <table className="data-table" data-testid="province-table">
        <thead>
          <tr>
            <th>{m('county')}</th><th>{m('schools')}</th><th>{m('passing')}</th><th>{m('spend')}</th>
            <th>{m('least')}</th><th>{m('perPupil')}</th><th>{m('notes')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.counties.map((c) => (
            <tr key={c.county} data-county={c.county} data-status={c.status}>
              <td>{c.county}</td>
              <td>{fmt.int(c.schools)}</td>
              <td>{c.passingBefore === null ? '—' : `${c.passingBefore} → ${'passingAfter' in c.plan && c.plan.passingAfter !== null ? c.plan.passingAfter : '—'} / ${c.schoolsTotal}`}</td>
              <td>{money('spend' in c.plan ? c.plan.spend : null)}</td>
              <td>{money('total' in c.least ? c.least.total : null)}</td>
              <td>{c.costPerPupil === null ? '—' : fmt.int(c.costPerPupil)}</td>
              <td>{notes(c, text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="province-totals">{m('totals', { counties: t.counties, failed: t.failed, before: t.passingBefore, after: t.passingAfter, least: fmt.money(t.least) })}</p>
      <p>{m('byYear', { years: t.leastByYear.map((y) => `${y.year}: ${fmt.money(y.yuan)}`).join('; ') })}</p>
    </>
  );
}
