/** Unit costs in yuan; empty fields use the planning defaults (engine/scenario/defaults.ts). */
import { DEFAULT_COSTS } from '../../../../../engine/scenario/defaults.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { NumberField, Section } from './controls.tsx';
import { scenarioMessages } from './messages.ts';

const KEYS = Object.keys(DEFAULT_COSTS) as (keyof typeof DEFAULT_COSTS)[];

export function CostsSection() {
  const m = useMessages(scenarioMessages);
  const { lang } = useI18n();
  return (
    <Section id="costs" title={m('section.costs')}>
      {KEYS.map((key) => (
        <NumberField key={key} path={`/costs/${key}`} min={0} step={100} unit={lang === 'zh' ? '元' : 'yuan'} defaultValue={DEFAULT_COSTS[key]} />
      ))}
    </Section>
  );
}
