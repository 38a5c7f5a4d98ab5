/**
 * Budget per year (slider + number, in 万元 or million yuan, or a formula in yuan such as "3000万 * 1.05^year")
 * with the plan total, and carry-over.
 */
import { budgetPerYear } from '../../../../../engine/scenario/amounts.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import type { Amount } from './amount-field.tsx';
import { CheckField, Field, Section } from './controls.tsx';
import { getIn, planYears } from './draft.ts';
import { useEditor } from './editor-context.tsx';
import { scenarioMessages } from './messages.ts';
import { PerYearInput } from './PerYearInput.tsx';

/** Slider end: 50 million yuan a year unless the budget is larger. */
const BUDGET_SLIDER_MAX = 5e7;

export function BudgetSection() {
  const m = useMessages(scenarioMessages);
  const { lang, fmt } = useI18n();
  const { draft } = useEditor();
  const years = planYears(draft);
  const value = getIn(draft, '/budget/perYear') as Amount | Amount[] | undefined;
  // Formulas are worked out year by year as the engine does (scenario/amounts.ts); a bad one counts as 0 here.
  const values = value === undefined ? [] : budgetPerYear(value, years, '/budget/perYear', []);
  const total = values.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  const unitSize = lang === 'zh' ? 1e4 : 1e6;
  return (
    <Section id="budget" title={m('section.budget')}>
      <Field path="/budget/perYear" wide>
        <PerYearInput path="/budget/perYear" unitSize={unitSize} unit={fmt.moneyUnit} sliderMax={BUDGET_SLIDER_MAX} step={lang === 'zh' ? 10 : 0.1} testId="budget" expressions />
        <p className="scenario-hint">{m('amount.hint')}</p>
        <p className="scenario-total" data-testid="budget-total">{m('budget.total', { total: fmt.money(total) })}</p>
      </Field>
      <CheckField path="/budget/carryOver" defaultValue />
    </Section>
  );
}
