/**
 * The scenario and model the warm-start, warm-check and ceiling-memo tests solve at several budgets: the baseline's
 * shape on a county, its budget a share of the baseline's per student.
 */
import type { County } from '../../../engine/county/types.ts';
import { buildPlanningModel, type PlanningModel } from '../../../engine/model/build.ts';
import { rotationRoles } from '../../../engine/plan/rotation-roles.ts';
import { projectEnrollment } from '../../../engine/scenario/enrollment.ts';
import { resolveScenario, type Scenario } from '../../../engine/scenario/resolve.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';

export interface ShareOptions {
  targets?: number[];
  /** The later years' budget as a multiple of the first year's (1: the same every year). */
  tilt?: number;
  /** The scenario's name is `${name} ${share}`. */
  name?: string;
}

/** `share` × 1.5 × the baseline's budget per student a year (10 M yuan for 20,026 students), the floor objective with yearly targets, 20 s and a 1 % gap. */
export function scenarioAt(county: County, share: number, { targets = [0.4, 0.8, 1], tilt = 1, name = 'warm' }: ShareOptions = {}): Scenario {
  const pupils = county.schools.reduce((s, x) => s + x.students, 0);
  const perYear = Math.round((share * 15_000_000 * pupils) / 20_026);
  return resolveScenario({
    name: `${name} ${share}`, budget: { perYear: [perYear, Math.round(perYear * tilt), Math.round(perYear * tilt)] },
    enrollment: { growth: { rural: -0.04, town: 0.02, urban: 0.03 } }, construction: { useLandLimits: false },
    objective: { kind: 'floor', targets }, solver: { timeLimitSeconds: 20, mipRelGap: 0.01 },
  }, `${name}.yaml`);
}

/** The scenario's planning model on quality-2017, with its projected enrollment and rotation roles. */
export function modelOf(county: County, scenario: Scenario): PlanningModel {
  return buildPlanningModel(county, scenario, quality2017, { enrollment: projectEnrollment(county, scenario), roles: rotationRoles(county, quality2017) });
}
