/** Screen 1: import a county file or pick a stored dataset, then see its evaluation by school and for the county. */
import { useEffect, useState } from 'react';
import { api, ApiError, type DatasetDetail, type DatasetSummary, type Problem } from '../../api/client.ts';
import type { Evaluation } from '../../../../../engine/indicators/types.ts';
import { useMessages } from '../../i18n/i18n.tsx';
import { useWorkspace } from '../../workspace.tsx';
import { CountySummary } from './CountySummary.tsx';
import { DatasetPicker, type StandardId } from './DatasetPicker.tsx';
import { EvaluationTable } from './EvaluationTable.tsx';
import { ImportErrors } from './ImportErrors.tsx';
import { dataMessages } from './messages.ts';
import { UploadForm, type UploadRequest } from './UploadForm.tsx';
import './data.css';

export type DataClient = Pick<typeof api, 'datasets' | 'dataset' | 'evaluation' | 'uploadDataset'>;

interface UploadFailure { message: string; problems: Problem[]; error?: string }

export function DataScreen({ client = api }: { client?: DataClient }) {
  const m = useMessages(dataMessages);
  const ws = useWorkspace();
  const [datasets, setDatasets] = useState<DatasetSummary[]>([]);
  const [detail, setDetail] = useState<DatasetDetail | null>(null);
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [standard, setStandard] = useState<StandardId>('quality-2017');
  const [failure, setFailure] = useState<UploadFailure | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refreshList = () => client.datasets().then(setDatasets, (e: unknown) => setLoadError((e as Error).message));
  useEffect(() => { void refreshList(); }, [client]);

  useEffect(() => {
    if (ws.datasetId === null) { setDetail(null); return; }
    if (detail?.id === ws.datasetId) return;
    let cancelled = false;
    client.dataset(ws.datasetId).then((d) => { if (!cancelled) { setDetail(d); setLoadError(null); } },
      (e: unknown) => { if (!cancelled) setLoadError((e as Error).message); });
    return () => { cancelled = true; };
  }, [ws.datasetId, client]);

  useEffect(() => {
    if (!detail) { setEvaluation(null); return; }
    if (detail.evaluation.standard.id === standard) { setEvaluation(detail.evaluation); return; }
    let cancelled = false;
    client.evaluation(detail.id, standard).then((e) => { if (!cancelled) setEvaluation(e); },
      (e: unknown) => { if (!cancelled) setLoadError((e as Error).message); });
    return () => { cancelled = true; };
  }, [detail, standard, client]);

  const upload = async ({ file, name, sheet }: UploadRequest) => {
    setBusy(true);
    setFailure(null);
    try {
      const stored = await client.uploadDataset(file, file.name, name, sheet);
      setDetail(stored);
      ws.setDatasetId(stored.id);
      void refreshList();
    } catch (e) {
      if (e instanceof ApiError) setFailure({ message: e.body.message, problems: e.body.problems ?? [], error: e.body.error });
      else setFailure({ message: (e as Error).message, problems: [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid="data-screen" className="data-screen">
      <h2>{m('title')}</h2>
      <div className="data-inputs">
        <UploadForm busy={busy} onUpload={(r) => void upload(r)} />
        <DatasetPicker datasets={datasets} datasetId={ws.datasetId} onPick={(id) => { setFailure(null); ws.setDatasetId(id); }}
          standard={standard} onStandard={setStandard} />
      </div>
      {failure ? <ImportErrors problems={failure.problems} message={failure.message} error={failure.error} /> : null}
      {loadError ? <p role="alert" className="data-load-error">✗ {m('load.failed', { message: loadError })}</p> : null}
      {detail && detail.warnings.length > 0 ? <ImportErrors kind="warning" problems={detail.warnings} /> : null}
      {evaluation ? (
        <>
          <CountySummary evaluation={evaluation} />
          <EvaluationTable evaluation={evaluation} />
        </>
      ) : (!failure ? <p className="data-hint">{m('none')}</p> : null)}
    </section>
  );
}
