/** The report's text pages: the year-by-year narrative, the action table with totals, infeasibility reasons, school pages. */
import type { PlanAction } from '../../../../../engine/plan/types.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { actionAmountText, actionKindText } from '../../shared/action-text.ts';
import { planNarrative } from '../../shared/narrative.ts';
import { pageMessages } from '../../shared/page-messages.ts';
import { planMessages } from '../../shared/plan-messages.ts';
import type { RunData } from '../../shared/run-data.ts';
import { schoolProfile } from '../../shared/school-profile.ts';
import { SchoolProfileView } from '../../shared/SchoolProfile.tsx';
import { EvaluatedCounts } from '../../shared/EvaluatedCounts.tsx';
import '../../shared/school.css';

export function NarrativePage({ runs }: { runs: readonly RunData[] }) {
  const p = useMessages(pageMessages);
  const { lang, fmt } = useI18n();
  return (
    <div className="report-narrative" data-testid="report-narrative">
      <h2>{p('narrative')}</h2>
      {runs.map((d) => d.run.result && (
        <section key={d.run.id}>
          {runs.length > 1 && <h3>{d.scenarioName} · #{d.run.id}</h3>}
          <ol className="narrative">{planNarrative(d.run.result, lang, fmt, d.targets).map((line, i) => <li key={i}>{line}</li>)}</ol>
          <EvaluatedCounts report={d.run.result} minStudents={d.standard.exclusions.teachingPointMinStudents} />
        </section>
      ))}
    </div>
  );
}

/** Actions by year, a subtotal after each year and the plan's total (yuan spent in the action year). */
export function ActionsPage({ data }: { data: RunData }) {
  const p = useMessages(pageMessages);
  const m = useMessages(planMessages);
  const { fmt } = useI18n();
  const actions = [...(data.run.result?.actions ?? [])].sort((a, b) => a.year - b.year || a.schoolName.localeCompare(b.schoolName, 'zh-CN') || a.kind.localeCompare(b.kind));
  const years = [...new Set(actions.map((a) => a.year))];
  const sum = (list: readonly PlanAction[]) => list.reduce((s, a) => s + a.cost, 0);
  return (
    <div className="report-actions" data-testid="report-actions">
      <h2>{p('actions', { scenario: data.scenarioName })}</h2>
      <table className="report-figures compact">
        <thead><tr><th>{m('year')}</th><th>{m('school.pick')}</th><th>{m('action')}</th><th className="num">{m('amount')}</th><th className="num">{m('cost')}</th></tr></thead>
        <tbody>
          {years.flatMap((y) => {
            const rows = actions.filter((a) => a.year === y);
            return [
              ...rows.map((a, i) => (
                <tr key={`${y}-${i}`}><td>{a.year}</td><td>{a.schoolName}</td><td>{actionKindText(a, m)}</td><td className="num">{actionAmountText(a, m, fmt)}</td><td className="num">{fmt.money(a.cost)}</td></tr>
              )),
              <tr key={`${y}-total`} className="total-row" data-year-total={y}><th colSpan={4}>{p('actionsTotal', { year: y })}</th><td className="num">{fmt.money(sum(rows))}</td></tr>,
            ];
          })}
          <tr className="total-row" data-testid="report-actions-total"><th colSpan={4}>{p('actionsGrand')}</th><td className="num">{fmt.money(sum(actions))}</td></tr>
        </tbody>
      </table>
    </div>
  );
}

export function InfeasibilityPage({ data }: { data: RunData }) {
  const p = useMessages(pageMessages);
  const { text } = useI18n();
  const inf = data.run.result?.infeasibility;
  if (!inf) return null;
  return (
    <div className="report-infeasible" data-testid="report-infeasible">
      <h2>{p('infeasible', { scenario: data.scenarioName })}</h2>
      <ol>{inf.messages.map((x, i) => <li key={i}>{text(x)}</li>)}</ol>
    </div>
  );
}

export function SchoolReportPage({ data, schoolId }: { data: RunData; schoolId: string }) {
  const p = useMessages(pageMessages);
  const report = data.run.result;
  if (!report) return null;
  const name = data.names.get(schoolId) ?? schoolId;
  return (
    <div className="report-school" data-testid="report-school" data-school={schoolId}>
      <h2>{p('school', { name, scenario: data.scenarioName })}</h2>
      <SchoolProfileView profile={schoolProfile(report, schoolId, data.standard, name)} names={data.names} infeasibility={report.infeasibility} />
    </div>
  );
}
