/** Teacher rotation policy (交流轮岗): shares as percent sliders, who sends and certificate levels; defaults from the national rules. */
import { DEFAULT_ROTATION } from '../../../../../engine/scenario/defaults.ts';
import { useMessages } from '../../i18n/i18n.tsx';
import { CheckField, NumberField, PercentField, SelectField, Section } from './controls.tsx';
import { scenarioMessages } from './messages.ts';

export function RotationSection() {
  const m = useMessages(scenarioMessages);
  const base = '/policy/rotation';
  return (
    <Section id="rotation" title={m('section.rotation')}>
      <PercentField path={`${base}/minShare`} defaultValue={DEFAULT_ROTATION.minShare} />
      <PercentField path={`${base}/backboneShare`} defaultValue={DEFAULT_ROTATION.backboneShare} />
      <PercentField path={`${base}/maxOutShare`} defaultValue={DEFAULT_ROTATION.maxOutShare} />
      <NumberField path={`${base}/termYears`} min={1} max={10} step={1} unit={m('lead.years', { n: '' }).trim()} defaultValue={DEFAULT_ROTATION.termYears} />
      <CheckField path={`${base}/countsAtReceiver`} defaultValue={DEFAULT_ROTATION.countsAtReceiver} />
      <CheckField path={`${base}/protectDonors`} defaultValue={DEFAULT_ROTATION.protectDonors} />
      <SelectField path={`${base}/donorRule`} defaultValue={DEFAULT_ROTATION.donorRule}
        options={(['national', 'county-ratio'] as const).map((r) => ({ value: r, label: m(`donorRule.${r}`) }))} />
      <CheckField path={`${base}/levelAware`} defaultValue={DEFAULT_ROTATION.levelAware} />
    </Section>
  );
}
