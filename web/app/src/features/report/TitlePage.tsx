/** The report's first page: title, county and data date, plan years, scenarios with budget and targets, key figures. */
import { runFigures } from '../../../../../engine/compare/compare.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { runFigureMessages } from '../../shared/messages.ts';
import { pageMessages } from '../../shared/page-messages.ts';
import { denominatorMessages } from '../../shared/denominator-messages.ts';
import type { RunData } from '../../shared/run-data.ts';
import { reportMessages } from './messages.ts';

/** Yearly budget as the scenario gives it: one number for every year, or one per year. */
function budgetYears(d: RunData): number[] {
  const perYear = d.scenario?.budget?.perYear;
  // A scenario may write its budgets as expressions ("1000万"); the solved run knows them in yuan.
  const written = Array.isArray(perYear) ? perYear : [perYear];
  if (written.some((v) => typeof v === 'string') && d.run.result) return d.run.result.years.map((y) => y.budget);
  const years = d.run.result?.years.map((y) => y.year) ?? d.scenario?.horizon ?? [];
  if (perYear === undefined) return d.run.result?.years.map((y) => y.budget) ?? [];
  const given = Array.isArray(perYear) ? perYear : years.map(() => perYear);
  return given.map((v) => (typeof v === 'number' ? v : Number.NaN));
}

export function TitlePage({ runs }: { runs: readonly RunData[] }) {
  const m = useMessages(reportMessages);
  const r = useMessages(runFigureMessages);
  const p = useMessages(pageMessages);
  const dm = useMessages(denominatorMessages);
  const { fmt, lang } = useI18n();
  const datasets = [...new Map(runs.filter((d) => d.dataset).map((d) => [d.dataset!.name, d.dataset!])).values()];
  const years = [...new Set(runs.flatMap((d) => d.run.result?.years.map((y) => y.year) ?? []))].sort((a, b) => a - b);
  const sep = lang === 'zh' ? '、' : ', ';
  return (
    <section className="report-page report-title" data-testid="report-title-page">
      <h1>{m('title')}</h1>
      <p className="report-subtitle">{m('subtitle', { date: fmt.date(new Date()) })}</p>
      <dl className="report-facts">
        {datasets.length > 0 && (
          <div data-testid="report-county"><dt>{p('county')}</dt><dd>{datasets.map((d) => {
            const about = [d.fileName, d.createdAt ? p('dataDate', { date: fmt.date(d.createdAt) }) : ''].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
            return lang === 'zh' ? `${d.name}（${about}）` : `${d.name} (${about})`;
          }).join(sep)}</dd></div>
        )}
        {years.length > 0 && <div><dt>{p('planYears')}</dt><dd>{years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years[0]}</dd></div>}
      </dl>
      <h2>{m('scenarios')}</h2>
      <ol className="report-scenarios">{runs.map((d) => <li key={d.run.id}>{d.scenarioName}</li>)}</ol>
      <h2>{p('scenarioTable')}</h2>
      <table className="report-figures" data-testid="report-settings">
        <thead><tr><th>{r('scenario')}</th><th className="num">{p('budget')}</th><th className="num">{p('budgetTotal')}</th><th>{p('carryOver')}</th><th>{p('targets')}</th></tr></thead>
        <tbody>
          {runs.map((d) => {
            const budget = budgetYears(d);
            return (
              <tr key={d.run.id}>
                <td>{d.scenarioName}</td>
                <td className="num">{budget.map((b) => fmt.money(b)).join(' / ')}</td>
                <td className="num">{budget.length ? fmt.money(budget.reduce((a, b) => a + b, 0)) : '—'}</td>
                <td>{d.scenario?.budget?.carryOver ? p('yes') : p('no')}</td>
                <td>{d.targets?.length ? d.targets.map((t) => fmt.percent(t)).join(' / ') : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
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
      <p className="muted" data-testid="report-denominator">{dm('counts.finalNote')}</p>
    </section>
  );
}
