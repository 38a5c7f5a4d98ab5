/** Start a budget sweep for a scenario (from/to over the plan in the money unit: 万元 or million yuan; steps), follow its events, draw the frontier. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { api, followEvents, type ScenarioSummary, type Sweep } from '../../api/client.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { useWorkspace } from '../../workspace.tsx';
import { runFigureMessages } from '../../shared/messages.ts';
import { CancelButton } from '../../shared/CancelButton.tsx';
import { compareMessages } from './messages.ts';
import { MinBudget } from './MinBudget.tsx';

export interface SweepPanelProps {
  scenarioId: number | null;
  datasetId: number | null;
  /** Draws the finished sweep (frontier charts with the compared runs marked). */
  renderResult(sweep: Sweep): ReactNode;
  onSweep?(sweep: Sweep | null): void;
}

export function SweepPanel({ scenarioId: initialScenario, datasetId, renderResult, onSweep }: SweepPanelProps) {
  const m = useMessages(compareMessages);
  const rm = useMessages(runFigureMessages); // job statuses, in the interface's language
  const ws = useWorkspace();
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [scenarioId, setScenarioId] = useState<number | null>(initialScenario);
  const { fmt } = useI18n();
  const [from, setFrom] = useState(10_000_000); // yuan over the plan
  const [to, setTo] = useState(60_000_000); // yuan over the plan
  const [steps, setSteps] = useState(9);
  const [progress, setProgress] = useState<{ id: number; status: string; done: number } | null>(null);
  const [sweep, setSweep] = useState<Sweep | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stop = useRef<(() => void) | null>(null);

  useEffect(() => { api.scenarios().then(setScenarios, () => undefined); }, []);
  useEffect(() => { if (initialScenario !== null) setScenarioId(initialScenario); }, [initialScenario]);
  useEffect(() => () => stop.current?.(), []);

  /** The sweep as stored: after its end event, or a 409 when a cancel came too late. */
  const load = (id: number) => {
    api.sweep(id).then((s) => { setSweep(s); onSweep?.(s); setProgress({ id, status: s.status, done: s.pointsDone }); }, (e: Error) => setError(e.message));
  };

  const start = async () => {
    const dataset = datasetId ?? ws.datasetId;
    if (scenarioId === null || dataset === null) return;
    setError(null);
    setSweep(null);
    onSweep?.(null);
    try {
      const { id } = await api.startSweep({ datasetId: dataset, scenarioId, from: Math.round(from), to: Math.round(to), steps });
      setProgress({ id, status: 'queued', done: 0 });
      stop.current?.();
      stop.current = followEvents('sweeps', id, (event) => {
        if (event.type === 'status') setProgress((p) => ({ id, status: event.status, done: p?.done ?? 0 }));
        else if (event.type === 'progress') {
          const detail = event as { pointsDone?: number };
          setProgress((p) => ({ id, status: 'running', done: detail.pointsDone ?? p?.done ?? 0 }));
        } else {
          setProgress((p) => ({ id, status: event.status, done: p?.done ?? 0 }));
          if (event.error) setError(m('sweepFailed', { error: event.error }));
          load(id);
        }
      });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="panel sweep" data-testid="sweep-panel">
      <h3>{m('sweepTitle')}</h3>
      <MinBudget datasetId={datasetId ?? ws.datasetId} scenarioId={scenarioId} onAnswer={(range) => { setFrom(range.from); setTo(range.to); setSteps(range.steps); }} />
      <div className="filters">
        <label>{m('sweepScenario')}{' '}
          <select data-testid="sweep-scenario" value={scenarioId ?? ''} onChange={(e) => setScenarioId(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">—</option>
            {scenarios.map((s) => <option key={s.id} value={s.id}>{`#${s.id} ${s.name}`}</option>)}
          </select>
        </label>
        <label>{m('sweepFrom', { unit: fmt.moneyUnit })} <input type="number" min={0} value={Number(fmt.moneyValue(from).toPrecision(12))} style={{ width: '7em' }} onChange={(e) => setFrom(Number(e.target.value) / fmt.moneyValue(1))} /></label>
        <label>{m('sweepTo', { unit: fmt.moneyUnit })} <input type="number" min={0} value={Number(fmt.moneyValue(to).toPrecision(12))} style={{ width: '7em' }} onChange={(e) => setTo(Number(e.target.value) / fmt.moneyValue(1))} /></label>
        <label>{m('sweepSteps')} <input type="number" min={2} max={50} step={1} value={steps} style={{ width: '4em' }} onChange={(e) => setSteps(Math.round(Number(e.target.value)))} /></label>
        <button type="button" data-testid="sweep-start" disabled={scenarioId === null} onClick={() => void start()}>{m('sweepStart')}</button>
      </div>
      {progress && <p role="status" data-testid="sweep-progress" data-status={progress.status}>{m('sweepProgress', { id: progress.id, status: rm(`job.${progress.status}` as 'job.running'), done: progress.done, steps })}</p>}
      {progress && <CancelButton kind="sweep" id={progress.id} status={progress.status}
        onCancelled={(status) => setProgress((p) => (p && p.id === progress.id ? { ...p, status } : p))} onAlreadyEnded={() => load(progress.id)} />}
      {error && <p className="error" role="alert">{error}</p>}
      {sweep?.result && renderResult(sweep)}
    </section>
  );
}
