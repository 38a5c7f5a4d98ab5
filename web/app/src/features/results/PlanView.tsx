/** One run's plan: key figures, charts, shadow prices, infeasibility, uncertainty and the action list. */
import { useMemo, useState } from 'react';
import type { MonteCarloResult } from '../../../../../engine/uncertainty/monte-carlo.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { heatGrid, shareAtStandard, valueYears } from '../../shared/heatmap.ts';
import { runCharts } from '../../shared/run-charts.tsx';
import type { RunData } from '../../shared/run-data.ts';
import { isFinished } from '../../shared/run-status.ts';
import { Elapsed } from '../../shared/Elapsed.tsx';
import { RunStatusBadge } from '../../shared/RunStatusBadge.tsx';
import { denominatorMessages } from '../../shared/denominator-messages.ts';
import { EvaluatedCounts } from '../../shared/EvaluatedCounts.tsx';
import { ActionTable } from './ActionTable.tsx';
import { InfeasibilityPanel, RunNotes, ShadowPrices } from './explanations.tsx';
import { resultsMessages } from './messages.ts';
import { SimulatePanel } from './SimulatePanel.tsx';
import { runFigures } from '../../../../../engine/compare/compare.ts';

export function KeyFigures({ data }: { data: RunData }) {
  const m = useMessages(resultsMessages);
  const d = useMessages(denominatorMessages);
  const { fmt, text } = useI18n();
  const report = data.run.result;
  if (!report) return null;
  const totals = runFigures(report).totals;
  const finalYear = report.years[report.years.length - 1]?.year;
  return (
    <>
    <dl className="key-figures" data-testid="key-figures">
      <div><dt>{m('totalSpend')}</dt><dd>{totals.spend.total === null ? '—' : fmt.money(totals.spend.total)}</dd></div>
      <div><dt>{m('finalPassing')}</dt><dd>{totals.schoolsPassing === null ? '—' : `${fmt.int(totals.schoolsPassing)} / ${fmt.int(totals.schoolsTotal ?? 0)}`}
        {finalYear !== undefined && <span className="muted" data-testid="final-passing-denominator"> {d('counts.ofYear', { year: finalYear })}</span>}</dd></div>
      <div><dt>{m('maxCv')}</dt><dd>{totals.maxCv === null ? '—' : fmt.coef(totals.maxCv)}</dd></div>
      <div><dt>{m('method')}</dt><dd>{m(`solve.${report.status}`)} · {m(`method.${report.method}`)}{report.optimality ? ` · ${text(report.optimality)}` : ''}</dd></div>
    </dl>
    <EvaluatedCounts report={report} minStudents={data.standard.exclusions.teachingPointMinStudents} />
    </>
  );
}

/** Download links for the run's workbook and actions CSV, headers in the interface's language. */
export function ExportLinks({ runId }: { runId: number }) {
  const m = useMessages(resultsMessages);
  const { lang } = useI18n();
  const q = `lang=${lang === 'en' ? 'en' : 'zh-CN'}`;
  return (
    <p className="exports" data-testid="exports">
      <a className="button" href={`/api/runs/${runId}/plan.xlsx?${q}`} download>{m('exportXlsx')}</a>{' '}
      <a className="button" href={`/api/runs/${runId}/actions.csv?${q}`} download>{m('exportCsv')}</a>
    </p>
  );
}

export function PlanView({ data }: { data: RunData }) {
  const m = useMessages(resultsMessages);
  const { fmt } = useI18n();
  const { run } = data;
  const report = run.result;
  const years = useMemo(() => valueYears(report?.values ?? []), [report]);
  const [heatYear, setHeatYear] = useState<number | null>(null);
  const [simulation, setSimulation] = useState<MonteCarloResult | null>(null);
  const year = heatYear ?? years[years.length - 1] ?? 0;
  const charts = runCharts(data, { simulation, heatYear: year, onHeatYear: setHeatYear });
  const share = report ? shareAtStandard(heatGrid(report.values, year, data.standard)) : null;

  return (
    <div className="plan-view" data-testid="plan-view" data-run-id={run.id} data-status={run.status}>
      <h3>{m('runLabel', { id: run.id })} · {data.scenarioName}</h3>
      <p role="status" data-testid="plan-outcome"><RunStatusBadge run={run} />{!isFinished(run.status) && <> · <Elapsed since={run.startedAt ?? run.createdAt} /></>}</p>
      {run.error && <p className="error" role="alert">{m('runFailed', { error: run.error })}</p>}
      {report?.status === 'infeasible' && <p className="plan-status infeasible" role="alert" data-testid="plan-status">{m('infeasibleStatus')}</p>}
      {report?.infeasibility && <InfeasibilityPanel infeasibility={report.infeasibility} />}
      {report && <KeyFigures data={data} />}
      {report && report.years.length > 0 && <ExportLinks runId={run.id} />}
      {isFinished(run.status) && (!report || report.actions.length === 0) && !report?.infeasibility && <p>{m('noPlan')}</p>}
      <div className="chart-grid">
        {charts.map((c) => (
          <div key={c.id} className={c.wide ? 'chart-cell wide' : 'chart-cell'}>
            {c.node}
            {c.id.endsWith('-heat') && share !== null && <p className="muted" data-testid="heat-share">{m('heatShare', { share: fmt.percent(share) })}</p>}
          </div>
        ))}
      </div>
      {report && report.status !== 'infeasible' && <ShadowPrices prices={report.shadowPrices} />}
      {report && <RunNotes report={report} />}
      {report && report.actions.length > 0 && <SimulatePanel runId={run.id} result={simulation} onResult={setSimulation} standard={data.standard} />}
      {report && report.actions.length > 0 && (
        <section>
          <h3>{m('actionsTitle')}</h3>
          <ActionTable actions={report.actions} report={report} />
        </section>
      )}
    </div>
  );
}
