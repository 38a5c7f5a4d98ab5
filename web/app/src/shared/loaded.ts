/** Data fetched for a screen: idle until asked for, loading, failed with a message, or ready. */
import { useEffect, useRef, useState } from 'react';

export type Loaded<T> = { state: 'idle' } | { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

/**
 * Runs `load` again whenever `key` changes; a null `load` means nothing to load (idle). `key` names what is
 * loaded (ids, version). An answer that arrives after the key has changed again is dropped, so the screen
 * never shows a stale value.
 */
export function useLoaded<T>(load: (() => Promise<T>) | null, key: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'idle' });
  const latest = useRef(load);
  latest.current = load;
  const idle = load === null;
  useEffect(() => {
    const current = latest.current;
    if (current === null) {
      setLoaded({ state: 'idle' });
      return;
    }
    let live = true;
    setLoaded({ state: 'loading' });
    current().then(
      (value) => live && setLoaded({ state: 'ready', value }),
      (e: unknown) => live && setLoaded({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => { live = false; };
  }, [key, idle]);
  return loaded;
}
