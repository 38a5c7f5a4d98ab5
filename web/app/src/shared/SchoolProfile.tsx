/** A school's page: pass verdict, indicators against the standard per year, the plan's actions, rotations. Printable. */
import type { Infeasibility } from '../../../../engine/optimize/solve-report.ts';
import type { Rotation } from '../../../../engine/plan/types.ts';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { actionAmountText, actionKindText, rotationYears } from './action-text.ts';
import { planMessages } from './plan-messages.ts';
import type { SchoolProfile as Profile } from './school-profile.ts';

function Verdict({ profile, infeasibility }: { profile: Profile; infeasibility?: Infeasibility }) {
  const m = useMessages(planMessages);
  const { fmt, text } = useI18n();
  if (profile.passesFrom !== null) {
    return <p className="school-verdict pass" data-testid="school-verdict" data-passes-from={profile.passesFrom}>
      ✓ {profile.passesThroughout ? m('school.passesThroughout') : m('school.passesFrom', { year: profile.passesFrom })}
    </p>;
  }
  return (
    <div className="school-verdict fail" data-testid="school-verdict" data-passes-from="">
      <p>✗ {m('school.never')}</p>
      {profile.stillShort.length > 0 && (
        <ul data-testid="school-why">
          <li className="muted">{m('school.neverWhy')}</li>
          {profile.stillShort.map((s) => (
            <li key={`${s.level}-${s.key}`}>{text(s.short)}{m('punct.paren', { text: m(`level.${s.level}`) })}{m('punct.colon')}{fmt.num(s.value ?? 0, 2)} / {fmt.num(s.threshold ?? 0, 2)} {text(s.unit)}{m('punct.comma')}{m('school.shortBy', { n: fmt.num(s.shortBy ?? 0, 2) })}</li>
          ))}
        </ul>
      )}
      {infeasibility && infeasibility.messages.length > 0 && (
        <ul><li className="muted">{m('school.neverInfeasible')}</li>{infeasibility.messages.map((x, i) => <li key={i}>{text(x)}</li>)}</ul>
      )}
    </div>
  );
}

function IndicatorTable({ profile }: { profile: Profile }) {
  const m = useMessages(planMessages);
  const { fmt, text } = useI18n();
  const levels = [...new Set(profile.years.flatMap((y) => y.parts.map((p) => p.level)))];
  const leaves = profile.years.find((y, i) => !y.evaluated && profile.years.slice(0, i).some((p) => p.evaluated));
  return (
    <section className="school-indicators">
      <h3>{m('school.indicators')}</h3>
      {leaves && <p className="muted" data-testid="school-leaves">{m('school.leaves', { year: leaves.year })}</p>}
      <div className="table-scroll">
        <table data-testid="school-indicator-table">
          <thead>
            <tr><th>{m('school.indicator')}</th><th className="num">{m('school.standard')}</th>{profile.years.map((y) => <th key={y.year} className="num">{y.year}</th>)}</tr>
          </thead>
          <tbody>
            {levels.flatMap((level) => {
              const keys = profile.years.flatMap((y) => y.parts.filter((p) => p.level === level).flatMap((p) => p.indicators)).filter((s, i, all) => all.findIndex((o) => o.key === s.key) === i);
              return keys.map((ind) => (
                <tr key={`${level}-${ind.key}`} data-indicator={ind.key}>
                  <th scope="row">{text(ind.short)}{levels.length > 1 ? m('punct.paren', { text: m(`level.${level}`) }) : ''}<div className="muted">{text(ind.unit)}</div></th>
                  <td className="num">{ind.threshold === null ? '—' : fmt.num(ind.threshold, 2)}</td>
                  {profile.years.map((y) => {
                    const s = y.parts.find((p) => p.level === level)?.indicators.find((x) => x.key === ind.key);
                    if (!s) return <td key={y.year} className="num muted">{m('school.notEvaluated')}</td>;
                    return (
                      <td key={y.year} className={`num ${s.meets === false ? 'school-below' : ''}`} data-meets={String(s.meets)}>
                        {s.value === null ? '—' : fmt.num(s.value, 2)}
                        {s.meets === false && <div className="school-short">▼ {m('school.shortBy', { n: fmt.num(s.shortBy ?? 0, 2) })}</div>}
                      </td>
                    );
                  })}
                </tr>
              ));
            })}
            <tr className="school-pass-row">
              <th scope="row">{m('school.passRow')}</th><td />
              {profile.years.map((y) => (
                <td key={y.year} className="num" data-year={y.year} data-pass={y.evaluated ? String(y.passes) : 'absent'}>
                  {!y.evaluated ? m('school.notEvaluated') : y.passes ? `✓ ${m('school.meets')}` : `✗ ${m('school.fails')}`}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RotationRows({ rotations, partner, label }: { rotations: readonly Rotation[]; partner: (x: Rotation) => string; label: string }) {
  const m = useMessages(planMessages);
  const { fmt } = useI18n();
  return <>{rotations.map((x, i) => (
    <tr key={`${label}-${i}`}>
      <td>{label}</td><td>{partner(x)}</td><td>{m(`category.${x.category}`)}</td><td className="num">{fmt.num(x.teachers, 1)}</td>
      <td>{rotationYears(x)}</td><td className="num">{x.distanceKm === null ? '—' : fmt.num(x.distanceKm, 1)}</td>
    </tr>
  ))}</>;
}

export function SchoolProfileView({ profile, names, infeasibility }: { profile: Profile; names: ReadonlyMap<string, string>; infeasibility?: Infeasibility }) {
  const m = useMessages(planMessages);
  const { fmt } = useI18n();
  const name = (id: string) => names.get(id) ?? id;
  return (
    <article className="school-profile" data-testid="school-profile" data-school={profile.schoolId}>
      <Verdict profile={profile} infeasibility={infeasibility} />
      <IndicatorTable profile={profile} />
      <section className="school-actions">
        <h3>{m('school.actions')}</h3>
        {profile.actions.length === 0 ? <p>{m('school.noActions')}</p> : (
          <table data-testid="school-action-table">
            <thead><tr><th>{m('year')}</th><th>{m('action')}</th><th className="num">{m('amount')}</th><th className="num">{m('cost')}</th><th>{m('servesFrom')}</th></tr></thead>
            <tbody>
              {profile.actions.map((a, i) => (
                <tr key={i}><td>{a.year}</td><td>{actionKindText(a, m)}</td><td className="num">{actionAmountText(a, m, fmt)}</td><td className="num">{fmt.money(a.cost)}</td><td>{a.servesFrom}</td></tr>
              ))}
              <tr className="total-row"><th colSpan={3}>{m('total')}</th><td className="num" data-testid="school-action-total">{fmt.money(profile.actionCost)}</td><td /></tr>
            </tbody>
          </table>
        )}
      </section>
      <section className="school-rotation">
        <h3>{m('school.teachers')}</h3>
        {profile.sent.length + profile.received.length === 0 ? <p>{m('school.noRotation')}</p> : (
          <table data-testid="school-rotation-table">
            <thead><tr><th /><th>{m('school.partner')}</th><th>{m('category.general')}/{m('category.backbone')}</th><th className="num">{m('unit.teachers')}</th><th>{m('school.years')}</th><th className="num">{m('school.km')}</th></tr></thead>
            <tbody>
              <RotationRows rotations={profile.sent} partner={(x) => name(x.to)} label={m('school.sent')} />
              <RotationRows rotations={profile.received} partner={(x) => name(x.from)} label={m('school.received')} />
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
