/** Building blocks of the HTTP API's schemas: ids, timestamps, the error body, health. */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/** An engine result passed through as is; its TS type is the engine's. */
export const EngineObject = <T>(description: string) => Type.Unsafe<T>({ type: 'object', additionalProperties: true, description });
export const Timestamp = Type.String({ format: 'date-time' });

export const Id = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
export const IdParams = Type.Object({ id: Id });
export type IdParams = Static<typeof IdParams>;

/** Values of a problem's message, keyed by name (engine ImportIssue.params), so a client can word it in its own language. */
export const ProblemParams = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]));

export const Problem = Type.Object({
  message: Type.String({ description: 'the problem in English; clients with a translation for `code` word it from `code` and `params` instead' }),
  code: Type.Optional(Type.String({ description: 'stable problem code of county imports, e.g. not-a-number, missing-column (engine/county/issues.ts)' })),
  params: Type.Optional(ProblemParams),
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
/** ErrorBody by reference; the server registers ErrorBody once under its $id. */
export const ErrorRef = Type.Unsafe<ErrorBody>(Type.Ref('ErrorBody'));

export const Health = Type.Object({
  status: Type.Literal('ok'),
  uptimeSeconds: Type.Number(),
  solveThreads: Type.Integer({ description: 'worker threads in the solve pool' }),
});
export type Health = Static<typeof Health>;
