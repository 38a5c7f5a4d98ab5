/** What the planner has chosen across screens: dataset, scenario, runs to compare. Kept in the URL hash-free memory of the page. */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export type Screen = 'data' | 'scenario' | 'results' | 'compare' | 'province' | 'report' | 'present';

export interface Workspace {
  screen: Screen;
  go(screen: Screen): void;
  datasetId: number | null;
  setDatasetId(id: number | null): void;
  scenarioId: number | null;
  setScenarioId(id: number | null): void;
  /** The run shown on the results screen. */
  runId: number | null;
  setRunId(id: number | null): void;
  /** Runs chosen for comparison (2 to 4), the first is the baseline. */
  compareRunIds: number[];
  setCompareRunIds(ids: number[]): void;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ children, initialScreen = 'data' }: { children: ReactNode; initialScreen?: Screen }) {
  const [screen, go] = useState<Screen>(initialScreen);
  const [datasetId, setDatasetId] = useState<number | null>(null);
  const [scenarioId, setScenarioId] = useState<number | null>(null);
  const [runId, setRunId] = useState<number | null>(null);
  const [compareRunIds, setCompareRunIds] = useState<number[]>([]);
  const value = useMemo<Workspace>(() => ({ screen, go, datasetId, setDatasetId, scenarioId, setScenarioId, runId, setRunId, compareRunIds, setCompareRunIds }),
    [screen, datasetId, scenarioId, runId, compareRunIds]);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside WorkspaceProvider');
  return value;
}
