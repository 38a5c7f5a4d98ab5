/**
 * The stored runs, newest first, kept current: every run still queued or running is followed over its event
 * stream, and the list is fetched again when one ends, so run lists and compare choices update without a reload.
 */
import { useEffect, useMemo, useState } from 'react';
import { api, followEvents, type Run } from '../api/client.ts';
import { isFinished } from './run-status.ts';

/** `reload`: bump to fetch again (e.g. after starting a run). */
export function useRuns(reload = 0): Run[] {
  const [runs, setRuns] = useState<Run[]>([]);
  const [ended, setEnded] = useState(0);
  useEffect(() => {
    let live = true;
    api.runs().then((r) => live && setRuns([...r].sort((a, b) => b.id - a.id)), () => undefined);
    return () => { live = false; };
  }, [reload, ended]);
  const pending = useMemo(() => runs.filter((r) => !isFinished(r.status)).map((r) => r.id).join(','), [runs]);
  useEffect(() => {
    if (pending === '' || typeof EventSource === 'undefined') return;
    const stops = pending.split(',').map((id) => followEvents('runs', Number(id), (event) => {
      if (event.type === 'end') setEnded((n) => n + 1);
    }));
    return () => { for (const stop of stops) stop(); };
  }, [pending]);
  return runs;
}

/** Median seconds from start to finish of finished runs matching `same` (an estimate for a new run); null with none. */
export function estimateSeconds(runs: readonly Run[], same: (run: Run) => boolean): number | null {
  const took = runs.filter((r) => r.status === 'done' && r.startedAt && r.finishedAt && same(r))
    .map((r) => (Date.parse(r.finishedAt!) - Date.parse(r.startedAt!)) / 1000).filter((s) => Number.isFinite(s) && s >= 0).sort((a, b) => a - b);
  if (took.length === 0) return null;
  const mid = Math.floor(took.length / 2);
  return took.length % 2 === 1 ? took[mid]! : (took[mid - 1]! + took[mid]!) / 2;
}
