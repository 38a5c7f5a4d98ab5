/** POST /api/compare for the chosen runs (2 to 4), again whenever the choice changes. */
import type { Comparison } from '../../../../engine/compare/compare.ts';
import { api } from '../api/client.ts';
import { useLoaded, type Loaded } from './loaded.ts';

export function useComparison(runIds: readonly number[]): Loaded<Comparison> {
  return useLoaded(runIds.length < 2 ? null : () => api.compare([...runIds]), runIds.join(','));
}
