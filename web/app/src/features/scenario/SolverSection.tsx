/** Solver options: time limit and relative MIP gap. */
import { DEFAULT_SOLVER } from '../../../../../engine/scenario/defaults.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { NumberField, PercentField, Section } from './controls.tsx';
import { scenarioMessages } from './messages.ts';

export function SolverSection() {
  const m = useMessages(scenarioMessages);
  const { lang } = useI18n();
  return (
    <Section id="solver" title={m('section.solver')}>
      <NumberField path="/solver/timeLimitSeconds" min={0} step={5} unit={lang === 'zh' ? '秒' : 's'} defaultValue={DEFAULT_SOLVER.timeLimitSeconds} />
      <PercentField path="/solver/mipRelGap" max={0.2} defaultValue={DEFAULT_SOLVER.mipRelGap} />
    </Section>
  );
}
