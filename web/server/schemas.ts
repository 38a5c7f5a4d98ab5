/** TypeBox schemas of the HTTP API: request validation, response serialization, OpenAPI and the TS types. */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { Comparison } from '../../engine/compare/compare.ts';
import type { County } from '../../engine/county/types.ts';
import type { SweepResult } from '../../engine/compare/sweep-summary.ts';
import type { Evaluation } from '../../engine/indicators/types.ts';
import type { SolveReport } from '../../engine/optimize/solve-report.ts';
import type { ScenarioFile } from '../../engine/scenario/schema.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/** An engine result passed through as is; its TS type is the engine's. */
const EngineObject = <T>(description: string) => Type.Unsafe<T>({ type: 'object', additionalProperties: true, description });
const Timestamp = Type.String({ format: 'date-time' });

export const Id = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
export const IdParams = Type.Object({ id: Id });
export type IdParams = Static<typeof IdParams>;

export const Problem = Type.Object({
  message: Type.String(),
  field: Type.Optional(Type.String({ description: 'JSON pointer into the request or the scenario, e.g. /budget/perYear' })),
  line: Type.Optional(Type.Integer({ description: 'line in the scenario text' })),
  file: Type.Optional(Type.String()),
  row: Type.Optional(Type.Integer({ description: '1-based spreadsheet row (header is row 1); record number for JSON' })),
  column: Type.Optional(Type.String({ description: 'column header as written in the file' })),
  cell: Type.Optional(Type.String({ description: 'spreadsheet cell, e.g. E7' })),
  value: Type.Optional(Type.String()),
});
export type Problem = Static<typeof Problem>;

export const ErrorBody = Type.Object({
  error: Type.String({ description: 'short code, e.g. invalid-county, not-found' }),
  message: Type.String(),
  problems: Type.Optional(Type.Array(Problem)),
}, { $id: 'ErrorBody' });
export type ErrorBody = Static<typeof ErrorBody>;
export const ErrorRef = Type.Unsafe<ErrorBody>(Type.Ref('ErrorBody'));

export const ImportIssueBody = Type.Object({
  code: Type.String(), file: Type.String(), message: Type.String(),
  row: Type.Optional(Type.Integer()), column: Type.Optional(Type.String()), cell: Type.Optional(Type.String()), value: Type.Optional(Type.String()),
});

export const CountyFormat = Type.Union([Type.Literal('csv'), Type.Literal('xlsx'), Type.Literal('json')]);

export const DatasetSummary = Type.Object({
  id: Id,
  name: Type.String(),
  fileName: Type.String(),
  format: CountyFormat,
  schools: Type.Integer({ description: 'schools in the file, evaluated or not' }),
  warnings: Type.Array(ImportIssueBody),
  createdAt: Timestamp,
});
export type DatasetSummary = Static<typeof DatasetSummary>;

export const DatasetDetail = Type.Composite([DatasetSummary, Type.Object({
  county: EngineObject<County>('the imported county (engine County)'),
  evaluation: EngineObject<Evaluation>('evaluation against the default standard, as `junheng evaluate --json` prints it without warnings'),
})]);
export type DatasetDetail = Static<typeof DatasetDetail>;

export const StandardQuery = Type.Object({
  standard: Type.Optional(Type.String({ description: 'quality-2017 (default) or basic-2012' })),
});
export const DatasetUploadQuery = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'dataset name (JSON bodies; multipart may send a "name" field)' })),
});

export const ScenarioFileRef = Type.Unsafe<ScenarioFile>(Type.Ref('Scenario'));
export const ScenarioBody = Type.Unsafe<ScenarioFile | string>({
  description: 'the scenario as JSON, or its YAML/JSON text (Content-Type application/yaml or text/plain)',
  anyOf: [{ $ref: 'Scenario' }, { type: 'string' }],
});

export const ScenarioVersion = Type.Object({
  id: Id,
  version: Type.Integer({ minimum: 1 }),
  name: Type.String(),
  text: Type.String({ description: 'the scenario as sent (YAML or JSON text)' }),
  scenario: ScenarioFileRef,
  createdAt: Timestamp,
});
export type ScenarioVersion = Static<typeof ScenarioVersion>;

export const ScenarioSummary = Type.Object({
  id: Id,
  version: Type.Integer({ minimum: 1, description: 'latest version' }),
  name: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ScenarioSummary = Static<typeof ScenarioSummary>;

export const VersionParams = Type.Object({ id: Id, version: Type.Integer({ minimum: 1 }) });
export const VersionEntry = Type.Object({ version: Type.Integer({ minimum: 1 }), name: Type.String(), createdAt: Timestamp });

export const RunStatus = Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('timeout'), Type.Literal('failed')], {
  description: 'done: the solver finished (the result says optimal, infeasible, …); timeout: the time limit was reached (a result when an incumbent plan exists); failed: an error or a server restart',
});
export type RunStatus = Static<typeof RunStatus>;

export const RunRequest = Type.Object({
  datasetId: Id,
  scenarioId: Id,
  scenarioVersion: Type.Optional(Type.Integer({ minimum: 1, description: 'default the latest' })),
}, { additionalProperties: false });
export type RunRequest = Static<typeof RunRequest>;

export const RunAccepted = Type.Object({ id: Id, status: Type.Literal('queued') });

export const Run = Type.Object({
  id: Id,
  datasetId: Id,
  scenarioId: Id,
  scenarioVersion: Type.Integer({ minimum: 1 }),
  status: RunStatus,
  stage: Nullable(Type.String({ description: 'last solver stage reported' })),
  error: Nullable(Type.String()),
  createdAt: Timestamp,
  startedAt: Nullable(Timestamp),
  finishedAt: Nullable(Timestamp),
  result: Type.Optional(EngineObject<SolveReport>('the result of `junheng solve --json`')),
});
export type Run = Static<typeof Run>;

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

export const CompareRequest = Type.Object({
  runIds: Type.Array(Id, { minItems: 2, maxItems: 20, description: 'finished runs; the first is the baseline' }),
}, { additionalProperties: false });
export const ComparisonBody = EngineObject<Comparison>('the comparison `junheng compare --json` prints');

export const EventStream = Type.String({
  description: 'text/event-stream: `status` events ({status, stage}), `progress` events ({stage, detail}), and a last `end` event with the final status',
});
