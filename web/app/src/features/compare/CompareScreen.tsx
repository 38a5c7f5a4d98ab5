/** Compare: pick 2 to 4 finished runs (first = baseline), the differences, the charts side by side, the budget sweep. */
import { useEffect, useState } from 'react';
import { api, type Run, type ScenarioSummary, type Sweep } from '../../api/client.ts';
import { useMessages } from '../../i18n/i18n.tsx';
import { useWorkspace } from '../../workspace.tsx';
import { compareChartRows } from '../../shared/compare-charts.tsx';
import { DeltaTable } from '../../shared/DeltaTable.tsx';
import { isFinished } from '../../shared/run-status.ts';
import { RunStatusBadge } from '../../shared/RunStatusBadge.tsx';
import '../../shared/screens.css';
import { useComparison } from '../../shared/use-comparison.ts';
import { useRuns } from '../../shared/use-runs.ts';
import { pageMessages } from '../../shared/page-messages.ts';
import { useRunsData } from '../../shared/run-data.ts';
import { compareMessages } from './messages.ts';
import { SweepPanel } from './SweepPanel.tsx';
import { sweepCharts } from './sweep-charts.tsx';

export const MAX_COMPARED = 4;

export function CompareScreen() {
  const m = useMessages(compareMessages);
  const ws = useWorkspace();
  const allRuns = useRuns();
  const runs = allRuns.filter((x) => isFinished(x.status));
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [chosen, setChosen] = useState<number[]>(ws.compareRunIds);
  const [, setSweep] = useState<Sweep | null>(null);
  const loaded = useComparison(ws.compareRunIds);
  const p = useMessages(pageMessages);
  const runsData = useRunsData(ws.compareRunIds);
  const chartOptions = {
    runIds: ws.compareRunIds,
    targets: runsData.state === 'ready' ? runsData.value.map((d) => d.targets) : undefined,
    bases: runsData.state === 'ready' ? runsData.value.map((d) => d.run.result?.base) : undefined,
    kindTitle: (kind: 'spend' | 'cv' | 'passing', level?: string) => p(`kind.${kind}`, { level: level ?? '' }),
  };

  useEffect(() => {
    api.scenarios().then(setScenarios, () => undefined);
  }, []);
  const names = new Map(scenarios.map((s) => [s.id, s.name]));
  const toggle = (id: number) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : c.length < MAX_COMPARED ? [...c, id] : c));
  const comparedRuns = ws.compareRunIds.map((id) => runs.find((r) => r.id === id)).filter((r): r is Run => r !== undefined);
  const baselineRun = comparedRuns[0];
  const dataDate = comparedRuns.map((r) => r.finishedAt ?? r.createdAt).sort().pop();

  return (
    <section data-testid="compare-screen" className="compare-screen">
      <h2>{m('title')}</h2>
      <fieldset className="panel compare-pick">
        <legend>{m('pick')}</legend>
        {runs.length === 0 ? <p>{m('noRuns')}</p> : (
          <div className="filters">
            {runs.map((r) => (
              <label key={r.id}>
                <input type="checkbox" data-testid={`compare-choose-${r.id}`} checked={chosen.includes(r.id)} onChange={() => toggle(r.id)} disabled={r.status !== 'done'} />
                {' '}{m('runLabel', { id: r.id })} {names.get(r.scenarioId) ?? ''}{chosen[0] === r.id ? ` (${m('baseline')})` : ''} · <RunStatusBadge run={r} />
              </label>
            ))}
          </div>
        )}
        <button type="button" className="primary" data-testid="compare-run" disabled={chosen.length < 2} onClick={() => ws.setCompareRunIds([...chosen])}>
          {loaded.state === 'loading' ? m('comparing') : m('compare')}
        </button>
        {chosen.length < 2 && <span className="muted"> {m('needTwo')}</span>}
      </fieldset>
      {loaded.state === 'error' && <p className="error" role="alert">{loaded.message}</p>}
      {loaded.state === 'ready' && (
        <>
          <DeltaTable comparison={loaded.value} />
          <h3>{m('chartsTitle')}</h3>
          {compareChartRows(loaded.value, (level) => m(`level.${level}`), dataDate, chartOptions).map((row) => (
            <div key={row.kind} className={`chart-grid runs-${row.charts.length}`} data-kind={row.kind}>
              {row.charts.map((c) => <div key={c.id} className="chart-cell">{c.node}</div>)}
            </div>
          ))}
        </>
      )}
      <SweepPanel scenarioId={baselineRun?.scenarioId ?? ws.scenarioId} datasetId={baselineRun?.datasetId ?? ws.datasetId} onSweep={setSweep}
        renderResult={(sweep) => (
          <div className="chart-grid">
            {sweepCharts(sweep, loaded.state === 'ready' ? loaded.value : null).map((c) => <div key={c.id} className={c.wide ? 'chart-cell wide' : 'chart-cell'}>{c.node}</div>)}
          </div>
        )} />
    </section>
  );
}
