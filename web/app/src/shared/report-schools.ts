/** Schools whose pages the planner chose for the report (and the presentation): shared by the screens while the page lives. */
import { useSyncExternalStore } from 'react';

let chosen: readonly string[] = [];
const listeners = new Set<() => void>();

function set(next: readonly string[]): void {
  chosen = next;
  for (const l of listeners) l();
}

export const reportSchools = {
  add: (id: string) => { if (!chosen.includes(id)) set([...chosen, id]); },
  remove: (id: string) => set(chosen.filter((x) => x !== id)),
  clear: () => set([]),
};

export function useReportSchools(): readonly string[] {
  return useSyncExternalStore((l) => { listeners.add(l); return () => listeners.delete(l); }, () => chosen, () => chosen);
}
