/** A report that prints cleanly to PDF: A4 landscape, a title page, the narrative, one chart per page, the tables. */
import { useState } from 'react';
import { useMessages } from '../../i18n/i18n.tsx';
import { pageMessages } from '../../shared/page-messages.ts';
import { reportSchools, useReportSchools } from '../../shared/report-schools.ts';
import '../../shared/screens.css';
import { useDeck } from './deck.tsx';
import { reportMessages } from './messages.ts';
import './report.css';
import { TitlePage } from './TitlePage.tsx';

function SchoolChooser({ schools }: { schools: readonly { id: string; name: string }[] }) {
  const p = useMessages(pageMessages);
  const chosen = useReportSchools();
  const [pick, setPick] = useState('');
  const name = (id: string) => schools.find((s) => s.id === id)?.name ?? id;
  return (
    <span className="report-schools">
      <label>{p('addSchool')}{' '}
        <select data-testid="report-school-pick" value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">—</option>
          {schools.filter((s) => !chosen.includes(s.id)).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </label>
      <button type="button" data-testid="report-school-add" disabled={pick === ''} onClick={() => { reportSchools.add(pick); setPick(''); }}>{p('add')}</button>
      {chosen.map((id) => <button key={id} type="button" className="chip" onClick={() => reportSchools.remove(id)} title={p('remove')}>{name(id)} ✕</button>)}
    </span>
  );
}

export function ReportScreen() {
  const m = useMessages(reportMessages);
  const deck = useDeck();
  return (
    <section data-testid="report-screen" className="report-screen">
      <div className="report-tools no-print">
        <button type="button" className="primary" data-testid="report-print" disabled={deck.state !== 'ready'} onClick={() => window.print()}>{m('print')}</button>
        <span className="muted">{m('printHint')}</span>
        {deck.state === 'ready' && <SchoolChooser schools={deck.runs[0]?.schools ?? []} />}
      </div>
      {deck.state === 'empty' && <p>{m('nothing')}</p>}
      {deck.state === 'loading' && <p role="status">…</p>}
      {deck.state === 'error' && <p className="error" role="alert">{deck.error}</p>}
      {deck.state === 'ready' && (
        <>
          <TitlePage runs={deck.runs} />
          {deck.pages.map((s) => (
            <section key={s.id} className={s.text ? `report-page report-text${s.id === 'deltas' ? ' report-deltas' : ''}` : 'report-page report-chart'} data-slide={s.id}>{s.node}</section>
          ))}
        </>
      )}
    </section>
  );
}
