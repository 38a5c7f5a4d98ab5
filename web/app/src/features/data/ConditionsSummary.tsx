/** County totals of the school conditions (class size and seats, school size, music and art rooms, basic standard). */
import type { Evaluation } from '../../../../../engine/indicators/types.ts';
import { useMessages } from '../../i18n/i18n.tsx';
import { denominatorMessages } from '../../shared/denominator-messages.ts';
import { dataMessages } from './messages.ts';
import { PassMark } from './PassMark.tsx';

export function ConditionsSummary({ evaluation }: { evaluation: Evaluation }) {
  const m = useMessages(dataMessages);
  const d = useMessages(denominatorMessages);
  const evaluated = evaluation.county.schoolsTotal;
  const conditions = evaluation.county.conditions ?? [];
  if (conditions.length === 0) return null;
  return (
    <table className="data-table data-summary-table" data-testid="county-conditions">
      <caption>{m('conditions.title')}</caption>
      <tbody>
        {conditions.map((c) => (
          <tr key={c.key} data-condition={c.key}>
            <th scope="row">{m(`conditions.${c.key}`)}</th>
            <td>{c.meets === null ? m('conditions.notJudged') : m('conditions.value', { meeting: c.schoolsMeeting, judged: c.schoolsJudged })}
              {c.meets !== null && c.schoolsJudged < evaluated ? <span className="data-hint" data-testid="unjudged"> · {d('conditions.unjudged', { n: evaluated - c.schoolsJudged })}</span> : null}</td>
            <td>{c.meets === null ? null : <PassMark ok={c.meets} short />}{c.failing.length > 0 ? ` ${c.failing.join(', ')}` : ''}</td>
            <td className="data-num">{c.seatsShort !== undefined ? m('conditions.seatsShort', { n: c.seatsShort }) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
