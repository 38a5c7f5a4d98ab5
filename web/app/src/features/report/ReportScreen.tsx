/** A report that prints cleanly to PDF: A4 landscape, a title page, then one chart per page. */
import { useMessages } from '../../i18n/i18n.tsx';
import { DeltaTable } from '../../shared/DeltaTable.tsx';
import '../../shared/screens.css';
import { useDeck } from './deck.tsx';
import { reportMessages } from './messages.ts';
import './report.css';
import { TitlePage } from './TitlePage.tsx';

export function ReportScreen() {
  const m = useMessages(reportMessages);
  const deck = useDeck();
  return (
    <section data-testid="report-screen" className="report-screen">
      <div className="report-tools no-print">
        <button type="button" className="primary" data-testid="report-print" disabled={deck.state !== 'ready'} onClick={() => window.print()}>{m('print')}</button>
        <span className="muted">{m('printHint')}</span>
      </div>
      {deck.state === 'empty' && <p>{m('nothing')}</p>}
      {deck.state === 'loading' && <p role="status">…</p>}
      {deck.state === 'error' && <p className="error" role="alert">{deck.error}</p>}
      {deck.state === 'ready' && (
        <>
          <TitlePage runs={deck.runs} />
          {deck.comparison && <section className="report-page report-deltas"><DeltaTable comparison={deck.comparison} /></section>}
          {deck.slides.map((s) => <section key={s.id} className="report-page report-chart" data-slide={s.id}>{s.node}</section>)}
        </>
      )}
    </section>
  );
}
