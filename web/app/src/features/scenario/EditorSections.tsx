/** Every section of the scenario file, in the order of the schema. */
import { BudgetSection } from './BudgetSection.tsx';
import { CommitmentsSection } from './CommitmentsSection.tsx';
import { ConditionsSection } from './ConditionsSection.tsx';
import { ConstructionSection } from './ConstructionSection.tsx';
import { CostsSection } from './CostsSection.tsx';
import { EnrollmentSection } from './EnrollmentSection.tsx';
import { GeneralSection } from './GeneralSection.tsx';
import { HiringSection } from './HiringSection.tsx';
import { ObjectiveSection } from './ObjectiveSection.tsx';
import { RotationSection } from './RotationSection.tsx';
import { SolverSection } from './SolverSection.tsx';
import { UncertaintySection } from './UncertaintySection.tsx';

export function EditorSections() {
  return (
    <>
      <GeneralSection />
      <BudgetSection />
      <ObjectiveSection />
      <RotationSection />
      <ConstructionSection />
      <ConditionsSection />
      <HiringSection />
      <CostsSection />
      <CommitmentsSection />
      <EnrollmentSection />
      <UncertaintySection />
      <SolverSection />
    </>
  );
}
