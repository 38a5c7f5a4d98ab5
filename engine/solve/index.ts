/** Solver layer: solver-neutral model, builder and the HiGHS / javascript-lp-solver adapters. */

import { highsSolver } from './highs.ts';
import { jslpSolver } from './jslp.ts';
import type { Solver } from './model.ts';

export type {
  LpConstraint,
  LpModel,
  LpVariable,
  SolveOptions,
  SolveResult,
  SolveStatus,
  Solver,
  Violation,
  ViolationKind,
} from './model.ts';
export {
  DEFAULT_MIP_REL_GAP,
  DEFAULT_TIME_LIMIT_SECONDS,
  checkFeasibility,
  isMip,
  mergeTerms,
  objectiveValue,
  rowActivities,
  validateModel,
} from './model.ts';
export { LpBuilder, valuesByName } from './builder.ts';
export type { RowBounds, Terms, VariableSpec } from './builder.ts';
export { HighsSolver, getHighsRuntime, highsSolver } from './highs.ts';
export { JslpSolver, jslpSolver } from './jslp.ts';

export type SolverName = 'highs' | 'jslp';

/** The shared adapter instance for a solver name; 'highs' is the default solver. */
export function getSolver(name: SolverName = 'highs'): Solver {
  switch (name) {
    case 'highs':
      return highsSolver;
    case 'jslp':
      return jslpSolver;
    default:
      throw new Error(`unknown solver "${String(name)}" (expected 'highs' or 'jslp')`);
  }
}
