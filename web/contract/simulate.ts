/** POST /api/runs/:id/simulate: a finished run's plan replayed over sampled enrollment paths. */
import { Type, type Static } from '@sinclair/typebox';
import type { MonteCarloResult } from '../../engine/uncertainty/monte-carlo.ts';
import { EngineObject } from './common.ts';

/** Most sampled enrollment paths one simulation may ask for. */
export const MAX_SAMPLES = 10_000;

export const SimulateRequest = Type.Object({
  samples: Type.Integer({ minimum: 1, maximum: MAX_SAMPLES, description: 'sampled enrollment paths' }),
  seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 0xffffffff, description: 'default: the scenario\'s uncertainty.seed' })),
}, { additionalProperties: false });
export type SimulateRequest = Static<typeof SimulateRequest>;

export const SimulateResult = EngineObject<MonteCarloResult>('the result of `junheng simulate --samples N --json`');
