/** Every problem of the scenario, naming the field and its path; a click focuses the field. */
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { fieldId } from './editor-context.tsx';
import { fieldLabel } from './field-labels.ts';
import { scenarioMessages } from './messages.ts';
import type { FieldProblem } from './validation.ts';

function focusField(path: string) {
  for (let p = path; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
    const el = document.getElementById(fieldId(p));
    if (el) { el.focus(); el.scrollIntoView?.({ block: 'center' }); return; }
  }
}

export function ProblemList({ problems, serverMessage }: { problems: readonly FieldProblem[]; serverMessage: string | null }) {
  const { text } = useI18n();
  const m = useMessages(scenarioMessages);
  if (problems.length === 0 && !serverMessage) return null;
  return (
    <div className="scenario-problems" role="alert" data-testid="scenario-problems">
      <h3>✗ {m('problems.title')}</h3>
      {serverMessage ? <p>{m('problems.server')} <span lang="en">{serverMessage}</span></p> : null}
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-path={p.path} data-source={p.source}>
            <button type="button" className="scenario-link" onClick={() => focusField(p.path)}>
              {p.path === '' ? m('problems.file') : text(fieldLabel(p.path) ?? { zh: p.path, en: p.path })}
            </button>{' '}
            <code>{p.path || '/'}</code>{p.line !== undefined ? ` (${m('problems.line', { line: p.line })})` : ''}: {text(p.message)}
          </li>
        ))}
      </ul>
    </div>
  );
}
