/** The report's first page: title, date, scenario names and each run's key figures. */
import { runFigures } from '../../../../../engine/compare/compare.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { runFigureMessages } from '../../shared/messages.ts';
import type { RunData } from '../../shared/run-data.ts';
import { reportMessages } from './messages.ts';

export function TitlePage({ runs }: { runs: readonly RunData[] }) {
  const m = useMessages(reportMessages);
  const r = useMessages(runFigureMessages);
  const { fmt } = useI18n();
  return (
    <section className="report-page report-title" data-testid="report-title-page">
      <h1>{m('title')}</h1>
      <p className="report-subtitle">{m('subtitle', { date: fmt.date(new Date()) })}</p>
      <h2>{m('scenarios')}</h2>
      <ol className="report-scenarios">{runs.map((d) => <li key={d.run.id}>{d.scenarioName}</li>)}</ol>
      <h2>{m('keyFigures')}</h2>
      <table className="report-figures">
        <thead>
          <tr><th>{m('run')}</th><th>{r('scenario')}</th><th className="num">{r('totalSpend')}</th><th className="num">{r('finalPassing')}</th><th className="num">{r('maxCv')}</th></tr>
        </thead>
        <tbody>
          {runs.map((d) => {
            const t = d.run.result ? runFigures(d.run.result).totals : null;
            return (
              <tr key={d.run.id}>
                <td>#{d.run.id}</td>
                <td>{d.scenarioName}</td>
                <td className="num">{t?.spend.total == null ? '—' : fmt.money(t.spend.total)}</td>
                <td className="num">{t?.schoolsPassing == null ? '—' : `${fmt.int(t.schoolsPassing)} / ${fmt.int(t.schoolsTotal ?? 0)}`}</td>
                <td className="num">{t?.maxCv == null ? '—' : fmt.coef(t.maxCv)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
