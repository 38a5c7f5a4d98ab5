/** Recurring commitments taken from each year's budget first: operating funds (生均公用经费) or only their training share. */
import { OPERATING_FUNDS_2023 } from '../../../../../engine/standards/operating-funds.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { CheckField, NumberField, PercentField, Section } from './controls.tsx';
import { scenarioMessages } from './messages.ts';

export function CommitmentsSection() {
  const m = useMessages(scenarioMessages);
  const { lang } = useI18n();
  const rule = OPERATING_FUNDS_2023;
  const perPupil = lang === 'zh' ? '元/生·年' : 'yuan/pupil/year';
  return (
    <Section id="commitments" title={m('section.commitments')}>
      <p className="scenario-hint scenario-wide">{m('commitments.hint')}</p>
      <CheckField path="/commitments/operatingFunds" defaultValue={false} />
      <CheckField path="/commitments/teacherTraining" defaultValue={false} />
      <NumberField path="/commitments/perPupil/primary" min={0} max={1e6} step={50} unit={perPupil} defaultValue={rule.perPupil.primary} />
      <NumberField path="/commitments/perPupil/junior" min={0} max={1e6} step={50} unit={perPupil} defaultValue={rule.perPupil.junior} />
      <NumberField path="/commitments/minPupils" min={0} max={10_000} step={10} unit={lang === 'zh' ? '人' : 'pupils'} defaultValue={rule.minPupils} />
      <PercentField path="/commitments/trainingShare" defaultValue={rule.trainingShare} />
    </Section>
  );
}
