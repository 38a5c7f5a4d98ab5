/** Run & results: start a solve, follow it, list past runs, and show the chosen run's plan. */
import { useCallback, useEffect, useState } from 'react';
import { followEvents } from '../../api/client.ts';
import { useMessages } from '../../i18n/i18n.tsx';
import { useWorkspace } from '../../workspace.tsx';
import { useRunData } from '../../shared/run-data.ts';
import { isFinished } from '../../shared/run-status.ts';
import '../../shared/screens.css';
import { resultsMessages } from './messages.ts';
import { PlanView } from './PlanView.tsx';
import { RunPanel } from './RunPanel.tsx';
import './results.css';

export function ResultsScreen() {
  const m = useMessages(resultsMessages);
  const ws = useWorkspace();
  const [version, setVersion] = useState(0);
  const onFinished = useCallback(() => setVersion((v) => v + 1), []);
  const loaded = useRunData(ws.runId, version);
  const shownStatus = loaded.state === 'ready' ? loaded.value.run.status : null;
  // A past run picked while still queued or running: reload it when it ends.
  useEffect(() => {
    if (ws.runId === null || shownStatus === null || isFinished(shownStatus)) return;
    return followEvents('runs', ws.runId, (event) => { if (event.type === 'end') setVersion((v) => v + 1); });
  }, [ws.runId, shownStatus]);
  return (
    <section data-testid="results-screen" className="results-screen">
      <h2>{m('title')}</h2>
      <RunPanel onFinished={onFinished} />
      {loaded.state === 'loading' && <p role="status">…</p>}
      {loaded.state === 'error' && <p className="error" role="alert">{m('loadFailed', { error: loaded.message })}</p>}
      {loaded.state === 'ready' && <PlanView key={loaded.value.run.id} data={loaded.value} />}
    </section>
  );
}
