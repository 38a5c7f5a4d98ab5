/** Choose dataset and scenario, start a solve, follow its events; the list of past runs. */
import { useCallback, useEffect, useState } from 'react';
import { api, followEvents, type DatasetSummary, type Run, type RunOutcome, type RunStatus, type ScenarioSummary } from '../../api/client.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { isFinished, runOutcome } from '../../shared/run-status.ts';
import { RunStatusBadge } from '../../shared/RunStatusBadge.tsx';
import { CancelButton } from '../../shared/CancelButton.tsx';
import { Elapsed } from '../../shared/Elapsed.tsx';
import { liveMessages } from '../../shared/live-messages.ts';
import { estimateSeconds, useRuns } from '../../shared/use-runs.ts';
import { useWorkspace } from '../../workspace.tsx';
import { resultsMessages } from './messages.ts';

export interface LiveStatus {
  runId: number;
  status: RunStatus;
  stage: string | null;
  error: string | null;
  /** The finished run's result status and whether it holds a plan: an infeasible run is shown as such, not as done. */
  outcome?: RunOutcome;
  hasPlan?: boolean;
  /** ms since the epoch when the solve started (elapsed-time counter). */
  since?: number;
}

/** A solver stage in the interface's language (stages the app does not know stay as sent). */
export function stageName(m: (key: never) => string, stage: string): string {
  const text = (m as (key: string) => string)(`stage.${stage}`);
  return text === `stage.${stage}` ? stage : text;
}

/** Past runs, newest first; reloads when `reload` changes and when a run still going ends (shared/use-runs.ts). */
export function usePastRuns(reload: number): Run[] {
  return useRuns(reload);
}

export function RunPanel({ onFinished }: { onFinished(runId: number): void }) {
  const m = useMessages(resultsMessages);
  const { fmt } = useI18n();
  const lm = useMessages(liveMessages);
  const ws = useWorkspace();
  const [datasets, setDatasets] = useState<DatasetSummary[]>([]);
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [live, setLive] = useState<LiveStatus | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const runs = usePastRuns(reload);
  const scenarioNames = new Map(scenarios.map((s) => [s.id, s.name]));
  const estimate = estimateSeconds(runs, (r) => r.scenarioId === ws.scenarioId && r.datasetId === ws.datasetId);

  useEffect(() => {
    api.datasets().then(setDatasets, (e: Error) => setError(e.message));
    api.scenarios().then(setScenarios, (e: Error) => setError(e.message));
  }, []);

  const follow = useCallback((runId: number) => {
    const since = Date.now();
    setLive({ runId, status: 'queued', stage: null, error: null, since });
    return followEvents('runs', runId, (event) => {
      if (event.type === 'status') setLive((s) => ({ runId, status: event.status, stage: event.stage, error: s?.error ?? null, since }));
      else if (event.type === 'progress') setLive((s) => ({ runId, status: s?.status ?? 'running', stage: event.stage, error: null, since }));
      else {
        setLive({ runId, status: event.status, stage: null, error: event.error });
        if (event.status === 'done' || event.status === 'timeout') {
          api.run(runId).then((run) => {
            const outcome = run.outcome ?? run.result?.status;
            const hasPlan = run.hasPlan ?? (run.result ? run.result.years.length > 0 : undefined);
            if (outcome) setLive((s) => (s && s.runId === runId ? { ...s, outcome, ...(hasPlan !== undefined ? { hasPlan } : {}) } : s));
          }, () => undefined);
        }
        setReload((n) => n + 1);
        onFinished(runId);
      }
    });
  }, [onFinished]);

  /** The live run as the server now has it (after a cancel, or a 409 when it had already ended). */
  const refreshLive = (runId: number) => {
    setReload((n) => n + 1);
    api.run(runId).then((run) => {
      const outcome = run.outcome ?? run.result?.status;
      setLive((s) => (s && s.runId === runId ? { runId, status: run.status, stage: null, error: run.error, ...(outcome ? { outcome } : {}), ...(run.hasPlan !== undefined ? { hasPlan: run.hasPlan } : {}) } : s));
    }, () => undefined);
  };
  const cancelledLive = (runId: number, status: RunStatus) => {
    setLive((s) => (s && s.runId === runId ? { runId, status, stage: null, error: null } : s));
    setReload((n) => n + 1);
  };

  const start = async () => {
    if (ws.datasetId === null || ws.scenarioId === null) return;
    setSubmitting(true);
    setError(null);
    try {
      const { id } = await api.startRun(ws.datasetId, ws.scenarioId);
      ws.setRunId(id);
      setReload((n) => n + 1);
      follow(id);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSubmitting(false);
    }
  };

  const toggleCompare = (id: number) => {
    const ids = ws.compareRunIds.includes(id) ? ws.compareRunIds.filter((x) => x !== id) : [...ws.compareRunIds, id].slice(-4);
    ws.setCompareRunIds(ids);
  };

  return (
    <div className="run-panel">
      <div className="run-start">
        <label>{m('dataset')}{' '}
          <select data-testid="run-dataset" value={ws.datasetId ?? ''} onChange={(e) => ws.setDatasetId(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">{m('choose')}</option>
            {datasets.map((d) => <option key={d.id} value={d.id}>{`#${d.id} ${d.name}`}</option>)}
          </select>
        </label>
        <label>{m('scenario')}{' '}
          <select data-testid="run-scenario" value={ws.scenarioId ?? ''} onChange={(e) => ws.setScenarioId(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">{m('choose')}</option>
            {scenarios.map((s) => <option key={s.id} value={s.id}>{`#${s.id} ${s.name}`}</option>)}
          </select>
        </label>
        <button type="button" data-testid="run-start" disabled={submitting || ws.datasetId === null || ws.scenarioId === null} onClick={() => void start()}>
          {submitting ? m('starting') : m('start')}
        </button>
        {live && (
          <span className={`run-live tone-${runOutcome(live).tone}`} data-testid="run-live" data-status={live.status} data-outcome={runOutcome(live).key} role="status" aria-live="polite">
            {m('runLabel', { id: live.runId })}: <RunStatusBadge run={live} />
            {live.stage && ` · ${m('stage', { stage: stageName(m as never, live.stage) })}`}
            {live.error && ` · ${m('runFailed', { error: live.error })}`}
            {!isFinished(live.status) && live.since !== undefined && <> · <Elapsed since={live.since} estimate={estimate} /></>}
          </span>
        )}
        {live && <CancelButton kind="run" id={live.runId} status={live.status} onCancelled={(status) => cancelledLive(live.runId, status)} onAlreadyEnded={() => refreshLive(live.runId)} />}
        {error && <span className="error" role="alert">{error}</span>}
      </div>
      <details className="run-list" open>
        <summary>{m('pastRuns')} ({runs.length})</summary>
        {runs.length === 0 ? <p>{m('noRuns')}</p> : (
          <table data-testid="run-list">
            <tbody>
              {runs.map((r) => (
                <tr key={r.id} data-run-id={r.id} data-status={r.status} className={r.id === ws.runId ? 'selected' : ''}>
                  <td>{m('runLabel', { id: r.id })}</td>
                  <td>{scenarioNames.get(r.scenarioId) ?? `#${r.scenarioId}`} v{r.scenarioVersion}{r.purpose === 'min-budget' && <span className="muted"> · {lm('minBudget')}</span>}</td>
                  <td><RunStatusBadge run={r} />{!isFinished(r.status) && <> · <Elapsed since={r.startedAt ?? r.createdAt} /></>}</td>
                  <td>{fmt.date(r.createdAt)}</td>
                  <td><button type="button" onClick={() => ws.setRunId(r.id)}>{m('show')}</button>
                    {r.id !== live?.runId && <> <CancelButton kind="run" id={r.id} status={r.status} onCancelled={() => setReload((n) => n + 1)} onAlreadyEnded={() => setReload((n) => n + 1)} /></>}</td>
                  <td>
                    <label><input type="checkbox" data-testid={`compare-pick-${r.id}`} checked={ws.compareRunIds.includes(r.id)} disabled={!isFinished(r.status)}
                      onChange={() => toggleCompare(r.id)} /> {m('compareAdd')}</label>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </div>
  );
}
