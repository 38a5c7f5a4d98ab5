/** County summary: per-level difference coefficient of each indicator against its limit, composite, schools passing. */
import type { EvaluatedLevel } from '../../../../../engine/county/types.ts';
import type { Evaluation } from '../../../../../engine/indicators/types.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { denominatorMessages } from '../../shared/denominator-messages.ts';
import { ConditionsSummary } from './ConditionsSummary.tsx';
import { Denominators } from './Denominators.tsx';
import { LEVELS } from './evaluation-table.ts';
import { dataMessages } from './messages.ts';
import { PassMark } from './PassMark.tsx';

export function CountySummary({ evaluation }: { evaluation: Evaluation }) {
  const { text, fmt } = useI18n();
  const m = useMessages(dataMessages);
  const d = useMessages(denominatorMessages);
  const each = evaluation.standard.cvRule === 'each';
  const levels = LEVELS.filter((l) => evaluation.levels[l].schools > 0);
  const cvCell = (level: EvaluatedLevel, key: string) => {
    const lev = evaluation.levels[level];
    const cv = lev.cv[key];
    if (cv === undefined || !Number.isFinite(cv)) return <td key={level} className="data-num">—</td>;
    return (
      <td key={level} className="data-num" data-level={level} data-indicator={key}>
        {fmt.coef(cv)} {each ? <PassMark ok={!lev.failing.includes(key)} short /> : null}
      </td>
    );
  };
  const { county } = evaluation;
  return (
    <section className="data-summary" data-testid="county-summary" aria-labelledby="data-summary-title">
      <h3 id="data-summary-title">{m('summary.title')} · {text(evaluation.standard.name)}</h3>
      <dl className="data-summary-facts">
        <div>
          <dt>{m('summary.county')}</dt>
          <dd><PassMark ok={county.passes} /></dd>
        </div>
        <div>
          <dt>{m('summary.schoolsPassing')}</dt>
          <dd data-testid="schools-passing">
            {county.schoolsPassing === null ? m('summary.noRule') : m('summary.schoolsPassingValue', { passing: county.schoolsPassing, total: county.schoolsTotal })}
            {county.schoolsPassing !== null ? <span className="data-hint"> {d('counts.ofBase')}</span> : null}
          </dd>
        </div>
      </dl>
      <Denominators evaluation={evaluation} />
      <table className="data-table data-summary-table">
        <thead>
          <tr>
            <th scope="col">{m('summary.indicator')}</th>
            {levels.map((l) => <th key={l} scope="col">{m(`summary.level.${l}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {evaluation.indicators.map((ind) => (
            <tr key={ind.key}>
              <th scope="row">{text(ind.name)}</th>
              {levels.map((l) => cvCell(l, ind.key))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{m('summary.composite')}</th>
            {levels.map((l) => {
              const c = evaluation.levels[l].composite;
              return <td key={l} className="data-num">{c === null ? '—' : fmt.coef(c)} {!each && c !== null ? <PassMark ok={evaluation.levels[l].passes} short /> : null}</td>;
            })}
          </tr>
          <tr>
            <th scope="row">{m('summary.limit')}</th>
            {levels.map((l) => <td key={l} className="data-num">≤ {fmt.coef(evaluation.levels[l].cvLimit)}</td>)}
          </tr>
          <tr>
            <th scope="row">{m('summary.levelResult')}<span className="data-rule">{m(each ? 'summary.ruleEach' : 'summary.ruleComposite')}</span></th>
            {levels.map((l) => <td key={l} data-testid={`level-result-${l}`}><PassMark ok={evaluation.levels[l].passes} /></td>)}
          </tr>
        </tfoot>
      </table>
      <ConditionsSummary evaluation={evaluation} />
    </section>
  );
}
