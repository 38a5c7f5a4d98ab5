/** Enrollment projection: yearly growth by location and by school, or students per year by school. */
import { useMessages } from '../../i18n/i18n.tsx';
import { PercentField, Section } from './controls.tsx';
import { scenarioMessages } from './messages.ts';
import { EnrollmentTableField, ShareRecordField } from './record-editor.tsx';

/** Schema bounds of a yearly growth rate. */
const GROWTH_MIN = -0.5;
const GROWTH_MAX = 1;

export function EnrollmentSection() {
  const m = useMessages(scenarioMessages);
  return (
    <Section id="enrollment" title={m('section.enrollment')}>
      {(['default', 'urban', 'town', 'rural'] as const).map((k) => (
        <PercentField key={k} path={`/enrollment/growth/${k}`} min={GROWTH_MIN} max={GROWTH_MAX} defaultValue={k === 'default' ? 0 : undefined} />
      ))}
      <ShareRecordField path="/enrollment/schools" min={GROWTH_MIN} max={GROWTH_MAX} />
      <EnrollmentTableField />
    </Section>
  );
}
