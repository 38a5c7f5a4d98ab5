/** Problems of a county file (errors of a refused upload, or warnings of an accepted one) as a table naming file, row, column, cell, value. */
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import type { Problem } from '../../api/client.ts';
import { importProblemText } from './import-problems.ts';
import { dataMessages } from './messages.ts';

/** The problem worded from its code in the interface's language; the server's English sentence when the code is unknown. */
function ProblemText({ problem, lang }: { problem: Problem; lang: 'zh' | 'en' }) {
  const { text, translated } = importProblemText(problem, lang);
  return <td lang={translated ? (lang === 'zh' ? 'zh-CN' : 'en') : 'en'} data-code={problem.code} data-translated={translated ? 'yes' : 'no'}>{text}</td>;
}

/** Refusals with no problem list, by the API's error code: a lead in the interface's language before the server's sentence. */
const REFUSALS = ['too-large', 'too-many-files', 'too-many-fields', 'invalid-upload', 'invalid-json', 'forbidden-key', 'invalid-name', 'cannot-evaluate'] as const;

export function ImportErrors({ problems, message, error, kind = 'error' }: { problems: Problem[]; message?: string; error?: string; kind?: 'error' | 'warning' }) {
  const m = useMessages(dataMessages);
  const { lang } = useI18n();
  const isError = kind === 'error';
  const hasField = problems.some((p) => p.field !== undefined);
  const cell = (v: string | number | undefined) => (v === undefined || v === '' ? '—' : String(v));
  const body = (
    <table className="data-table data-issues">
      <thead>
        <tr>
          <th scope="col">{m('issue.file')}</th>
          <th scope="col">{m('issue.row')}</th>
          <th scope="col">{m('issue.column')}</th>
          <th scope="col">{m('issue.cell')}</th>
          <th scope="col">{m('issue.value')}</th>
          {hasField ? <th scope="col">{m('issue.field')}</th> : null}
          <th scope="col">{m('issue.message')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td>{cell(p.file)}</td>
            <td className="data-num">{cell(p.row)}</td>
            <td>{cell(p.column)}</td>
            <td>{cell(p.cell)}</td>
            <td><code>{cell(p.value)}</code></td>
            {hasField ? <td><code>{cell(p.field)}</code></td> : null}
            <ProblemText problem={p} lang={lang} />
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!isError) {
    return (
      <details className="data-warnings" data-testid="import-warnings">
        <summary>⚠ {m('warnings.title', { count: problems.length })}</summary>
        {body}
      </details>
    );
  }
  return (
    <div className="data-errors" role="alert" data-testid="import-errors">
      <p><strong>✗ {m('errors.title', { count: Math.max(problems.length, 1) })}</strong></p>
      {/* The server's summary is English; with problems listed, the title above says it in the interface's language. */}
      {message && problems.length === 0 && REFUSALS.includes(error as (typeof REFUSALS)[number])
        ? <p className="data-error-lead" data-testid="refusal-lead">{m(`refused.${error as (typeof REFUSALS)[number]}`)} <span className="data-hint">{m('refused.detail')}</span></p> : null}
      {message && problems.length === 0 ? <p className="data-error-message" lang="en">{message}</p> : null}
      {problems.length > 0 ? body : null}
    </div>
  );
}
