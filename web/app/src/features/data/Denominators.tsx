/**
 * What the Data screen's counts are out of: the evaluated schools (schools passing) are the schools in the data
 * less those not evaluated, each named with the reason; the school conditions count only the schools whose data
 * lets them be judged; the plan years judge again at the projected enrollment.
 */
import type { Evaluation } from '../../../../../engine/indicators/types.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { denominatorMessages } from '../../shared/denominator-messages.ts';

export function Denominators({ evaluation }: { evaluation: Evaluation }) {
  const m = useMessages(denominatorMessages);
  const { text, lang } = useI18n();
  const { county } = evaluation;
  const excluded = [...new Map(evaluation.schools.filter((s) => s.excluded).map((s) => [s.id, s])).values()];
  const hasConditions = (county.conditions ?? []).some((c) => c.meets !== null);
  return (
    <div className="data-denominators" data-testid="denominators">
      <p>{m('data.evaluated', { evaluated: county.schoolsTotal, all: county.schoolsTotal + county.schoolsExcluded, excluded: county.schoolsExcluded })}</p>
      {excluded.length > 0 && (
        <>
          <p>{m('data.excludedTitle')}</p>
          <ul data-testid="excluded-schools">
            {excluded.map((s) => (
              <li key={s.id} data-school={s.id}>{`${s.id} ${s.name}${lang === 'zh' ? '：' : ': '}${text(s.excludedReason)}`}</li>
            ))}
          </ul>
        </>
      )}
      {hasConditions && <p>{m('data.conditions', { evaluated: county.schoolsTotal })}</p>}
      <p className="data-hint">{m('data.planYears')}</p>
    </div>
  );
}
