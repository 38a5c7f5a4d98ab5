/** How long a solve may run in its worker before it is stopped and marked timeout. */
import type { Scenario } from '../../../engine/scenario/resolve.ts';

/**
 * Seconds of wall time from the start of the solve. A solve has up to three solver stages each
 * bounded by the scenario's time limit (primary, tie-break, shadow prices), plus model building.
 */
export type DeadlineRule = (scenario: Scenario) => number;

export const defaultDeadline: DeadlineRule = (scenario) => 3 * scenario.solver.timeLimitSeconds + 30;
