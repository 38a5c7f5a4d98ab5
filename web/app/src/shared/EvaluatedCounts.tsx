/**
 * The denominator of "schools passing" in a plan: the evaluated schools of the data year and of each plan year,
 * and the schools that left or entered the evaluation, each named with the reason (SolveReport.evaluationChanges).
 */
import type { SolveReport } from '../../../../engine/optimize/solve-report.ts';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { denominatorMessages } from './denominator-messages.ts';

export function EvaluatedCounts({ report, minStudents }: { report: SolveReport; minStudents: number }) {
  const m = useMessages(denominatorMessages);
  const { text, fmt } = useI18n();
  if (report.years.length === 0) return null;
  const changes = report.evaluationChanges ?? [];
  const steps = [
    ...(report.base ? [{ year: report.base.year, text: m('counts.base', { year: report.base.year, n: fmt.int(report.base.schoolsTotal) }) }] : []),
    ...report.years.map((y) => ({ year: y.year, text: m('counts.year', { year: y.year, n: fmt.int(y.schoolsTotal) }) })),
  ];
  return (
    <section className="evaluated-counts" data-testid="evaluated-counts">
      <h4>{m('counts.title')}</h4>
      <p data-testid="evaluated-counts-years">
        {steps.map((s, i) => <span key={s.year} data-year={s.year}>{i > 0 ? ' → ' : ''}{s.text}</span>)}
      </p>
      <p className="muted">{m('counts.rule', { min: minStudents })}</p>
      {changes.length > 0 ? (
        <>
          <p>{m('counts.changes')}</p>
          <ul data-testid="evaluation-changes">{changes.map((c) => <li key={`${c.year}-${c.schoolId}`} data-school={c.schoolId}>{text(c.message)}</li>)}</ul>
        </>
      ) : <p>{m('counts.noChanges')}</p>}
    </section>
  );
}
