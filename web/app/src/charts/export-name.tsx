/** What chart exports are named after: the scenario and run a chart belongs to, set around its charts. */
import { createContext, useContext, type ReactNode } from 'react';

const ExportNameContext = createContext<string | null>(null);

/** Charts inside export as "junheng-{name}-{chart id}-{lang}.png", e.g. "junheng-基线方案-run12-run12-spend-zh.png". */
export function ExportName({ name, children }: { name: string; children: ReactNode }) {
  return <ExportNameContext.Provider value={name}>{children}</ExportNameContext.Provider>;
}

export function useExportName(): string | null {
  return useContext(ExportNameContext);
}
