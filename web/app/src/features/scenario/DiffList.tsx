/** Differences of the edited scenario from the stored baseline scenario, field by field. */
import type { DiffEntry } from '../../../../../engine/compare/scenario-diff.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { fieldLabel } from './field-labels.ts';
import { formatValue } from './format-value.ts';
import { scenarioMessages } from './messages.ts';

export function DiffList({ baselineName, diff }: { baselineName: string | null; diff: readonly DiffEntry[] }) {
  const { text, lang, fmt } = useI18n();
  const m = useMessages(scenarioMessages);
  return (
    <section className="scenario-panel" data-testid="baseline-diff" aria-labelledby="scenario-diff-title">
      <h3 id="scenario-diff-title">{m('diff.title')}</h3>
      {baselineName === null ? <p className="scenario-hint">{m('diff.noBaseline')}</p> : (
        <>
          <p className="scenario-hint">{m('diff.baseline', { name: baselineName })}</p>
          {diff.length === 0 ? <p>{m('diff.none')}</p> : (
            <table className="scenario-diff">
              <thead>
                <tr><th scope="col">{m('diff.field')}</th><th scope="col">{m('diff.baselineValue')}</th><th scope="col">{m('diff.value')}</th></tr>
              </thead>
              <tbody>
                {diff.map((e) => (
                  <tr key={e.path} data-path={e.path} data-change={e.change}>
                    <th scope="row">{text(fieldLabel(e.path) ?? { zh: e.path, en: e.path })}<code>{e.path}</code></th>
                    <td>{formatValue(e.baseline, e.path, lang, fmt)}</td>
                    <td>{e.change === 'removed' ? `${m('diff.removed')} ${formatValue(undefined, e.path, lang, fmt)}` : formatValue(e.value, e.path, lang, fmt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
