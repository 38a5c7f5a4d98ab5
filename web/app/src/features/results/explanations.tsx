/** Shadow prices and the infeasibility explanation, in the current language. */
import type { Infeasibility, ShadowPrice } from '../../../../../engine/optimize/solve-report.ts';
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
