/** /api/sweeps: one scenario solved at evenly spaced total budgets, and the budget frontier. */
import { Type, type Static } from '@sinclair/typebox';
import type { SweepResult } from '../../engine/compare/sweep-summary.ts';
import { EngineObject, Id, Nullable, Timestamp } from './common.ts';
import { RunStatus } from './runs.ts';

export const SweepRequest = Type.Object({
  datasetId: Id,
  scenarioId: Id,
  scenarioVersion: Type.Optional(Type.Integer({ minimum: 1 })),
  from: Type.Number({ minimum: 0, maximum: 1e13, description: 'smallest total budget over the plan years, yuan' }),
  to: Type.Number({ minimum: 0, maximum: 1e13, description: 'largest total budget over the plan years, yuan' }),
  steps: Type.Integer({ minimum: 2, maximum: 50, description: 'number of budgets, evenly spaced' }),
}, { additionalProperties: false });
export type SweepRequest = Static<typeof SweepRequest>;

export const Sweep = Type.Object({
  id: Id,
  datasetId: Id,
  scenarioId: Id,
  scenarioVersion: Type.Integer({ minimum: 1 }),
  from: Type.Number(),
  to: Type.Number(),
  steps: Type.Integer(),
  status: RunStatus,
  pointsDone: Type.Integer(),
  error: Nullable(Type.String()),
  createdAt: Timestamp,
  startedAt: Nullable(Timestamp),
  finishedAt: Nullable(Timestamp),
  result: Type.Optional(EngineObject<SweepResult>('points and frontier, as `junheng sweep --json` prints them')),
});
export type Sweep = Static<typeof Sweep>;
