/** Province screen: pick county datasets and a scenario, start a batch, follow counties finishing, show table and chart. */
import { useEffect, useRef, useState } from 'react';
import { api, followEvents, type Batch, type DatasetSummary, type ScenarioSummary } from '../../api/client.ts';
import { CountyBarChart } from '../../charts/CountyBarChart.tsx';
import { useMessages } from '../../i18n/i18n.tsx';
import { runFigureMessages } from '../../shared/messages.ts';
import { CancelButton } from '../../shared/CancelButton.tsx';
import { provinceMessages } from './messages.ts';
import { ProvinceTable } from './ProvinceTable.tsx';

export function ProvinceScreen() {
  const m = useMessages(provinceMessages);
  const rm = useMessages(runFigureMessages); // job statuses in the interface's language
  const [datasets, setDatasets] = useState<DatasetSummary[]>([]);
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [scenarioId, setScenarioId] = useState<number | null>(null);
  const [scale, setScale] = useState(false);
  const [progress, setProgress] = useState<{ id: number; status: string; done: number; total: number } | null>(null);
  const [batch, setBatch] = useState<Batch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stop = useRef<(() => void) | null>(null);

  useEffect(() => {
    api.datasets().then(setDatasets, () => undefined);
    api.scenarios().then(setScenarios, () => undefined);
    return () => stop.current?.();
  }, []);

  const toggle = (id: number) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));

  /** The batch as stored: after its end event, or a 409 when a cancel came too late. */
  const load = (id: number, total: number) => {
    api.batch(id).then((b) => { setBatch(b); setProgress({ id, total, status: b.status, done: b.countiesDone }); }, (e: Error) => setError(e.message));
  };

  const start = async () => {
    if (chosen.length === 0 || scenarioId === null) return setError(m('needDatasets'));
    setError(null);
    setBatch(null);
    try {
      const { id } = await api.startBatch({ datasetIds: chosen, scenarioId, scaleBy: scale ? 'students' : 'none' });
      const total = chosen.length;
      setProgress({ id, status: 'queued', done: 0, total });
      stop.current?.();
      stop.current = followEvents('batches', id, (event) => {
        if (event.type === 'status') setProgress((p) => ({ id, total, done: p?.done ?? 0, status: event.status }));
        else if (event.type === 'progress') setProgress({ id, total, status: 'running', done: event.pointsDone ?? 0 });
        else {
          if (event.error) setError(m('failed', { error: event.error }));
          load(id, total);
        }
      });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const summary = batch?.result;
  return (
    <section className="panel province" data-testid="province-screen">
      <h2>{m('title')}</h2>
      <p>{m('intro')}</p>
      <fieldset>
        <legend>{m('datasets')}</legend>
        {datasets.map((d) => (
          <label key={d.id} style={{ marginRight: '1em' }}>
            <input type="checkbox" data-testid={`province-dataset-${d.id}`} checked={chosen.includes(d.id)} onChange={() => toggle(d.id)} /> {`#${d.id} ${d.name}`}
          </label>
        ))}
      </fieldset>
      <div className="filters">
        <label>{m('scenario')}{' '}
          <select data-testid="province-scenario" value={scenarioId ?? ''} onChange={(e) => setScenarioId(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">—</option>
            {scenarios.map((s) => <option key={s.id} value={s.id}>{`#${s.id} ${s.name}`}</option>)}
          </select>
        </label>
        <label><input type="checkbox" checked={scale} onChange={(e) => setScale(e.target.checked)} /> {m('scale')}</label>
        <button type="button" data-testid="province-start" onClick={() => void start()}>{m('start')}</button>
      </div>
      {progress && <p role="status" data-testid="province-progress" data-status={progress.status}>{m('progress', { ...progress, status: rm(`job.${progress.status}` as 'job.running') })}</p>}
      {progress && <CancelButton kind="batch" id={progress.id} status={progress.status}
        onCancelled={(status) => setProgress((p) => (p && p.id === progress.id ? { ...p, status } : p))} onAlreadyEnded={() => load(progress.id, progress.total)} />}
      {error && <p className="error" role="alert">{error}</p>}
      {summary && (
        <>
          <ProvinceTable summary={summary} />
          <CountyBarChart id="province-cost" bars={summary.ranking} {...(batch?.finishedAt ? { dataDate: batch.finishedAt } : {})} />
        </>
      )}
    </section>
  );
}
