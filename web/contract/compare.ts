/** POST /api/compare and POST /api/runs/:id/simulate: what is asked of finished runs. */
import { Type, type Static } from '@sinclair/typebox';
import type { Comparison } from '../../engine/compare/compare.ts';
import type { MonteCarloResult } from '../../engine/uncertainty/monte-carlo.ts';
import { EngineObject, Id } from './common.ts';

export const CompareRequest = Type.Object({
  runIds: Type.Array(Id, { minItems: 2, maxItems: 20, description: 'finished runs; the first is the baseline' }),
}, { additionalProperties: false });
export type CompareRequest = Static<typeof CompareRequest>;
export const ComparisonBody = EngineObject<Comparison>('the comparison `junheng compare --json` prints');

/** Most sampled enrollment paths one simulation may ask for. */
export const MAX_SAMPLES = 10_000;

export const SimulateRequest = Type.Object({
  samples: Type.Integer({ minimum: 1, maximum: MAX_SAMPLES, description: 'sampled enrollment paths' }),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 0xffffffff, description: 'default: the scenario\'s uncertainty.seed' })),
}, { additionalProperties: false });
export type SimulateRequest = Static<typeof SimulateRequest>;

export const SimulateResult = EngineObject<MonteCarloResult>('the result of `junheng simulate --samples N --json`');
