/** A school's standing in its dataset before any plan: values against the standard, what it must add, and its school conditions. */
import type { Evaluation } from '../../../../../engine/indicators/types.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { planMessages } from '../../shared/plan-messages.ts';
import { ConditionsTable } from '../../shared/conditions.tsx';

export function CurrentEvaluation({ evaluation, schoolId }: { evaluation: Evaluation; schoolId: string }) {
  const m = useMessages(planMessages);
  const { fmt, text } = useI18n();
  const parts = evaluation.schools.filter((s) => s.id === schoolId);
  if (parts.length === 0) return <p>{m('school.unknown')}</p>;
  return (
    <section className="school-profile" data-testid="school-current">
      <h3>{m('school.current')}</h3>
      {parts.map((s) => (
        <div key={s.level}>
          {parts.length > 1 && <h4>{m(`level.${s.level}`)}</h4>}
          {s.excluded
            ? <p className="muted">{m('school.notEvaluated')}{s.excludedReason ? `：${text(s.excludedReason)}` : ''}</p>
            : <p className={`school-verdict ${s.passes ? 'pass' : 'fail'}`}>{s.passes ? `✓ ${m('school.meets')}` : `✗ ${m('school.fails')}`}</p>}
          <table>
            <thead><tr><th>{m('school.indicator')}</th><th className="num">{m('school.standard')}</th><th className="num">{m('school.now')}</th><th>{m('school.needs')}</th></tr></thead>
            <tbody>
              {evaluation.indicators.filter((d) => d.threshold[s.level] !== null).map((d) => (
                <tr key={d.key} data-meets={String(s.meets[d.key])}>
                  <th scope="row">{text(d.name)}<div className="muted">{text(d.unit)}</div></th>
                  <td className="num">{fmt.num(d.threshold[s.level]!, 2)}</td>
                  <td className={`num ${s.meets[d.key] === false ? 'school-below' : ''}`}>{s.values[d.key] === undefined ? '—' : fmt.num(s.values[d.key]!, 2)}</td>
                  <td>{s.gaps[d.key] ? text(s.gaps[d.key]!.message) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!s.excluded && <ConditionsTable conditions={s.conditions ?? []} />}
        </div>
      ))}
    </section>
  );
}
