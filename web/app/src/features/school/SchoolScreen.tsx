/** A school's own page (?screen=school&school=S003&run=7): what the chosen run's plan does for it, printable. */
import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import { useLoaded } from '../../shared/loaded.ts';
import { CurrentEvaluation } from './CurrentEvaluation.tsx';
import { useMessages } from '../../i18n/i18n.tsx';
import { planMessages } from '../../shared/plan-messages.ts';
import { reportSchools, useReportSchools } from '../../shared/report-schools.ts';
import { useRunData } from '../../shared/run-data.ts';
import { schoolProfile } from '../../shared/school-profile.ts';
import { SchoolProfileView } from '../../shared/SchoolProfile.tsx';
import '../../shared/screens.css';
import '../../shared/school.css';
import { useWorkspace } from '../../workspace.tsx';

export function SchoolScreen() {
  const m = useMessages(planMessages);
  const ws = useWorkspace();
  const loaded = useRunData(ws.runId);
  // Without a run (e.g. opened from the data table), the dataset's evaluation says where the school stands now.
  const dataset = useLoaded(ws.runId === null && ws.datasetId !== null ? () => api.dataset(ws.datasetId!) : null, `${ws.runId}|${ws.datasetId}`);
  const data = loaded.state === 'ready' ? loaded.value : null;
  const report = data?.run.result;
  const profile = useMemo(() => (data && report && ws.schoolId ? schoolProfile(report, ws.schoolId, data.standard, data.names.get(ws.schoolId)) : null), [data, report, ws.schoolId]);
  const known = !!(data && ws.schoolId && data.names.has(ws.schoolId));
  const chosen = useReportSchools();
  const inReport = ws.schoolId !== null && chosen.includes(ws.schoolId);
  const name = (ws.schoolId && data?.names.get(ws.schoolId)) ?? ws.schoolId ?? '';
  return (
    <section data-testid="school-screen" className="school-screen">
      <div className="school-tools no-print">
        <button type="button" data-testid="school-back" onClick={() => ws.go('results')}>← {m('school.back')}</button>
        {data && (
          <label>{m('school.pick')}{' '}
            <select data-testid="school-select" value={ws.schoolId ?? ''} onChange={(e) => ws.openSchool(e.target.value)}>
              {!known && <option value={ws.schoolId ?? ''}>{ws.schoolId ?? '—'}</option>}
              {data.schools.map((s) => <option key={s.id} value={s.id}>{`${s.name} (${s.id})`}</option>)}
            </select>
          </label>
        )}
        <button type="button" data-testid="school-print" onClick={() => window.print()}>{m('school.print')}</button>
        {ws.schoolId && known && (
          <button type="button" data-testid="school-to-report" disabled={inReport} onClick={() => reportSchools.add(ws.schoolId!)}>{inReport ? m('school.inReport') : m('school.toReport')}</button>
        )}
      </div>
      <h2 data-testid="school-title">{m('school.title', { name })}</h2>
      {data && <p className="muted">#{data.run.id} · {data.scenarioName}</p>}
      {ws.runId === null && <p>{m('school.noRun')}</p>}
      {ws.runId === null && dataset.state === 'ready' && ws.schoolId && <CurrentEvaluation evaluation={dataset.value.evaluation} schoolId={ws.schoolId} />}
      {loaded.state === 'loading' && <p role="status">…</p>}
      {loaded.state === 'error' && <p className="error" role="alert">{loaded.message}</p>}
      {data && !known && <p>{m('school.unknown')}</p>}
      {profile && known && <SchoolProfileView profile={profile} names={data!.names} infeasibility={report?.infeasibility} />}
    </section>
  );
}
