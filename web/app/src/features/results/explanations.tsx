/** Shadow prices, the infeasibility explanation and the solve's notes, in the current language. */
import { reportNotes, type Infeasibility, type ShadowPrice, type SolveReport } from '../../../../../engine/optimize/solve-report.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { resultsMessages } from './messages.ts';

export function ShadowPrices({ prices }: { prices: readonly ShadowPrice[] }) {
  const m = useMessages(resultsMessages);
  const { text } = useI18n();
  return (
    <section className="panel" data-testid="shadow-prices">
      <h3>{m('shadowTitle')}</h3>
      {prices.length === 0 ? <p className="muted">{m('shadowNone')}</p> : (
        <ul>{prices.map((p) => <li key={p.year}>{text(p.message)}</li>)}</ul>
      )}
    </section>
  );
}

export function InfeasibilityPanel({ infeasibility }: { infeasibility: Infeasibility }) {
  const m = useMessages(resultsMessages);
  const { text } = useI18n();
  return (
    <section className="panel infeasible" data-testid="infeasibility" role="alert">
      <h3>{m('infeasibleTitle')}</h3>
      <ol>{infeasibility.messages.map((msg, i) => <li key={i}>{text(msg)}</li>)}</ol>
    </section>
  );
}

/** The solve's notes (how the model and the solve treated the data); a run stored before notesZh shows them in English. */
export function RunNotes({ report }: { report: Pick<SolveReport, 'notes' | 'notesZh'> }) {
  const m = useMessages(resultsMessages);
  const { text } = useI18n();
  const notes = reportNotes(report);
  if (notes.length === 0) return null;
  return (
    <section className="panel" data-testid="run-notes">
      <h3>{m('notesTitle')}</h3>
      <ul>{notes.map((n, i) => <li key={i}>{text(n)}</li>)}</ul>
    </section>
  );
}
