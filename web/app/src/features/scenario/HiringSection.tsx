/** Hiring: new teachers per year (county total, or no limit), staffing quota, backbone recruitment. */
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { CheckField, Field, NumberField, Section } from './controls.tsx';
import { scenarioMessages } from './messages.ts';
import { PerYearInput } from './PerYearInput.tsx';

/** Slider end for new teachers a year. */
const HIRING_SLIDER_MAX = 100;

export function HiringSection() {
  const m = useMessages(scenarioMessages);
  const { lang } = useI18n();
  const persons = lang === 'zh' ? '人' : 'persons';
  return (
    <Section id="hiring" title={m('section.hiring')}>
      <Field path="/hiring/maxNewTeachers" wide>
        <PerYearInput path="/hiring/maxNewTeachers" unitSize={1} unit={persons} sliderMax={HIRING_SLIDER_MAX} step={1} optional testId="hiring" />
      </Field>
      <NumberField path="/hiring/quota" min={0} step={1} unit={persons} />
      <CheckField path="/hiring/allowBackboneRecruitment" defaultValue />
    </Section>
  );
}
