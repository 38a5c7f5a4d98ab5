/** Unit costs in yuan, as numbers or expressions in `year`; empty fields use the planning defaults (engine/scenario/defaults.ts). */
import { DEFAULT_COSTS } from '../../../../../engine/scenario/defaults.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { AmountField } from './amount-field.tsx';
import { Section } from './controls.tsx';
import { scenarioMessages } from './messages.ts';

const KEYS = Object.keys(DEFAULT_COSTS) as (keyof typeof DEFAULT_COSTS)[];

export function CostsSection() {
  const m = useMessages(scenarioMessages);
  const { lang } = useI18n();
  return (
    <Section id="costs" title={m('section.costs')}>
      <p className="scenario-hint scenario-wide">{m('amount.hint')}</p>
      {KEYS.map((key) => (
        <AmountField key={key} path={`/costs/${key}`} unit={lang === 'zh' ? '元' : 'yuan'} defaultValue={DEFAULT_COSTS[key]} />
      ))}
    </Section>
  );
}
