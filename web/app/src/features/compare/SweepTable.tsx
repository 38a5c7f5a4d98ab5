/** The sweep's points as a table: budget, spent, largest coefficient, schools passing, efficient or not. */
import type { FrontierPoint } from '../../../../../engine/compare/frontier.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import type { ComparedMark } from '../../shared/deltas.ts';
import { runFigureMessages } from '../../shared/messages.ts';
import { compareMessages } from './messages.ts';

export function SweepTable({ points, marks }: { points: readonly FrontierPoint[]; marks: readonly ComparedMark[] }) {
  const { fmt } = useI18n();
  const m = useMessages(compareMessages);
  const rm = useMessages(runFigureMessages);
  const h = [m('sweep.budget'), m('sweep.spent'), m('sweep.maxCv'), m('sweep.passing'), m('sweep.status'), m('sweep.efficient')];
  const rows = [
    ...points.map((p) => ({ key: `p${p.budget}`, name: '', budget: p.totalBudget, spent: p.spent, maxCv: p.maxCv, passing: p.schoolsPassing, total: p.schoolsTotal, status: p.status, efficient: p.efficient })),
    ...marks.map((k) => ({ key: `m${k.name}`, name: k.name, budget: k.budget, spent: null, maxCv: k.maxCv, passing: k.schoolsPassing, total: null, status: null, efficient: false })),
  ].sort((a, b) => a.budget - b.budget);
  return (
    <table className="sweep-table" data-testid="sweep-table">
      <thead><tr>{h.map((x) => <th key={x}>{x}</th>)}</tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.name ? 'compared' : ''}>
            <td className="num">{fmt.money(r.budget)}{r.name && <div className="muted">{r.name}</div>}</td>
            <td className="num">{r.spent === null ? '—' : fmt.money(r.spent)}</td>
            <td className="num">{r.maxCv === null ? '—' : fmt.coef(r.maxCv)}</td>
            <td className="num">{r.passing === null ? '—' : `${fmt.int(r.passing)}${r.total ? ` / ${fmt.int(r.total)}` : ''}`}</td>
            <td>{r.status ? rm(`solve.${r.status}`) : ''}</td>
            <td>{r.efficient ? '✓' : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
