/** POST /api/compare: finished runs side by side, the first as the baseline. */
import { Type, type Static } from '@sinclair/typebox';
import type { Comparison } from '../../engine/compare/compare.ts';
import { EngineObject, Id } from './common.ts';

export const CompareRequest = Type.Object({
  runIds: Type.Array(Id, { minItems: 2, maxItems: 20, description: 'finished runs; the first is the baseline' }),
}, { additionalProperties: false });
export type CompareRequest = Static<typeof CompareRequest>;
export const ComparisonBody = EngineObject<Comparison>('the comparison `junheng compare --json` prints');
