/** The comparison's figures per run with signed differences from the baseline, better/worse marked by word and colour. */
import { useState } from 'react';
import type { Comparison } from '../../../../engine/compare/compare.ts';
import { quality2017 } from '../../../../engine/standards/quality-2017.ts';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { changedRows, deltaRows, type DeltaMetric } from './deltas.ts';
import { comparisonMessages } from './messages.ts';

const INDICATOR_NAMES = new Map(quality2017.indicators.map((d) => [d.key, d.short]));

export function DeltaTable({ comparison }: { comparison: Comparison }) {
  const m = useMessages(comparisonMessages);
  const { fmt, text } = useI18n();
  const [onlyChanged, setOnlyChanged] = useState(false);
  const all = deltaRows(comparison);
  const rows = onlyChanged ? changedRows(all) : all;

  const label = (metric: DeltaMetric) => {
    if (metric.kind === 'spend') return m(`metric.spend.${metric.category}`);
    if (metric.kind === 'cv') return m('metric.cv', { level: m(`level.${metric.level}`), indicator: text(INDICATOR_NAMES.get(metric.indicator) ?? metric.indicator) });
    return m(`metric.${metric.kind}`);
  };
  const format = (metric: DeltaMetric, v: number) => (metric.kind === 'spend' ? fmt.money(v) : metric.kind === 'passing' ? fmt.int(v) : fmt.coef(v));
  /** A difference that rounds to zero at the shown precision is shown as ±0 and marked neither better nor worse. */
  const shownZero = (metric: DeltaMetric, d: number) => !/[1-9]/.test(format(metric, Math.abs(d)));
  const signed = (metric: DeltaMetric, d: number) => `${shownZero(metric, d) ? '±' : d > 0 ? '+' : '−'}${format(metric, Math.abs(d))}`;
  const verdict = (metric: DeltaMetric, c: { delta: number | null; better: boolean | null }) => (c.delta !== null && shownZero(metric, c.delta) ? null : c.better);

  return (
    <section className="delta-table panel" data-testid="compare-deltas">
      <h3>{m('deltasTitle')}</h3>
      <label><input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} /> {m('onlyChanged')}</label>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th>{m('metric')}</th>
              {comparison.runs.map((r, i) => <th key={i} className="num">{r.name}{i === 0 ? ` (${m('baseline')})` : ''}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-metric={row.key}>
                <th scope="row">{label(row.metric)}</th>
                {row.cells.map((c, i) => (
                  <td key={i} className="num">
                    {c.value === null ? '—' : format(row.metric, c.value)}
                    {c.delta !== null && (
                      <div className={verdict(row.metric, c) === true ? 'delta-better' : verdict(row.metric, c) === false ? 'delta-worse' : 'muted'} data-better={String(verdict(row.metric, c))}>
                        {signed(row.metric, c.delta)} {verdict(row.metric, c) === true ? m('better') : verdict(row.metric, c) === false ? m('worse') : m('same')}
                      </div>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
