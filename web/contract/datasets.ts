/** /api/datasets: an imported county with its import warnings and its evaluation. */
import { Type, type Static } from '@sinclair/typebox';
import type { County } from '../../engine/county/types.ts';
import type { Evaluation } from '../../engine/indicators/types.ts';
import { EngineObject, Id, ProblemParams, Timestamp } from './common.ts';

export const ImportIssue = Type.Object({
  code: Type.String(), file: Type.String(), message: Type.String(),
  row: Type.Optional(Type.Integer()), column: Type.Optional(Type.String()), cell: Type.Optional(Type.String()), value: Type.Optional(Type.String()),
  params: Type.Optional(ProblemParams),
});
export type ImportIssue = Static<typeof ImportIssue>;

export const CountyFormat = Type.Union([Type.Literal('csv'), Type.Literal('xlsx'), Type.Literal('json')]);

export const DatasetSummary = Type.Object({
  id: Id,
  name: Type.String(),
  fileName: Type.String(),
  format: CountyFormat,
  schools: Type.Integer({ description: 'schools in the file, evaluated or not' }),
  warnings: Type.Array(ImportIssue),
  createdAt: Timestamp,
});
export type DatasetSummary = Static<typeof DatasetSummary>;

export const DatasetDetail = Type.Composite([DatasetSummary, Type.Object({
  county: EngineObject<County>('the imported county (engine County)'),
  evaluation: EngineObject<Evaluation>('evaluation against the default standard, as `junheng evaluate --json` prints it without warnings'),
})]);
export type DatasetDetail = Static<typeof DatasetDetail>;

export const EvaluationBody = EngineObject<Evaluation>('as `junheng evaluate --json` prints it, without warnings');

export const StandardQuery = Type.Object({
  standard: Type.Optional(Type.String({ description: 'quality-2017 (default) or basic-2012' })),
});
export const DatasetUploadQuery = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'dataset name (JSON bodies; multipart may send a "name" field)' })),
});
