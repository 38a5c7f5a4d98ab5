/** Budget per year (slider + number, in 万元 or million yuan) with the plan total, and carry-over. */
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { CheckField, Field, Section } from './controls.tsx';
import { getIn, perYearValues, planYears } from './draft.ts';
import { useEditor } from './editor-context.tsx';
import { scenarioMessages } from './messages.ts';
import { PerYearInput } from './PerYearInput.tsx';

/** Slider end: 50 million yuan a year unless the budget is larger. */
const BUDGET_SLIDER_MAX = 5e7;

export function BudgetSection() {
  const m = useMessages(scenarioMessages);
  const { lang, fmt } = useI18n();
  const { draft } = useEditor();
  const years = planYears(draft).length;
  const values = perYearValues(getIn(draft, '/budget/perYear') as number | number[] | undefined, years) ?? [];
  const total = values.slice(0, years).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  const unitSize = lang === 'zh' ? 1e4 : 1e6;
  return (
    <Section id="budget" title={m('section.budget')}>
      <Field path="/budget/perYear" wide>
        <PerYearInput path="/budget/perYear" unitSize={unitSize} unit={fmt.moneyUnit} sliderMax={BUDGET_SLIDER_MAX} step={lang === 'zh' ? 10 : 0.1} testId="budget" />
        <p className="scenario-total" data-testid="budget-total">{m('budget.total', { total: fmt.money(total) })}</p>
      </Field>
      <CheckField path="/budget/carryOver" defaultValue />
    </Section>
  );
}
