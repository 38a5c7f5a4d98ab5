/** /api/batches: a province batch — every listed county dataset evaluated and planned under one scenario. */
import { Type, type Static } from '@sinclair/typebox';
import type { ProvinceSummary } from '../../engine/compare/province/summary.ts';
import { EngineObject, Id, Nullable, Timestamp } from './common.ts';
import { RunStatus } from './runs.ts';

export const BatchRequest = Type.Object({
  datasetIds: Type.Array(Id, { minItems: 1, maxItems: 200, uniqueItems: true, description: 'one stored dataset per county' }),
  scenarioId: Id,
  scenarioVersion: Type.Optional(Type.Integer({ minimum: 1, description: 'default the latest' })),
  scaleBy: Type.Optional(Type.Union([Type.Literal('none'), Type.Literal('students')], { description: 'per-county budget: as written (default) or scaled by pupils' })),
  referenceStudents: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'with scaleBy students: pupils the scenario budget is for (default: the mean county)' })),
}, { additionalProperties: false });
export type BatchRequest = Static<typeof BatchRequest>;

export const Batch = Type.Object({
  id: Id,
  scenarioId: Id,
  scenarioVersion: Type.Integer({ minimum: 1 }),
  datasetIds: Type.Array(Id),
  status: RunStatus,
  countiesDone: Type.Integer(),
  counties: Type.Integer(),
  error: Nullable(Type.String()),
  createdAt: Timestamp,
  startedAt: Nullable(Timestamp),
  finishedAt: Nullable(Timestamp),
  result: Type.Optional(EngineObject<ProvinceSummary>('the province summary, as `junheng batch --json` prints it')),
});
export type Batch = Static<typeof Batch>;
