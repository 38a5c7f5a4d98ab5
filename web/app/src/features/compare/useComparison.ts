/** POST /api/compare for the chosen runs (2 to 4), again whenever the choice changes. */
import { useEffect, useState } from 'react';
import type { Comparison } from '../../../../../engine/compare/compare.ts';
import { api } from '../../api/client.ts';
import type { Loaded } from '../results/useRunData.ts';

export function useComparison(runIds: readonly number[]): Loaded<Comparison> {
  const key = runIds.join(',');
  const [loaded, setLoaded] = useState<Loaded<Comparison>>({ state: 'idle' });
  useEffect(() => {
    const ids = key === '' ? [] : key.split(',').map(Number);
    if (ids.length < 2) {
      setLoaded({ state: 'idle' });
      return;
    }
    let live = true;
    setLoaded({ state: 'loading' });
    api.compare(ids).then(
      (value) => live && setLoaded({ state: 'ready', value }),
      (e: unknown) => live && setLoaded({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => { live = false; };
  }, [key]);
  return loaded;
}
