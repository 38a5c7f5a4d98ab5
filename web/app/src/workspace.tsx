/**
 * What the planner has chosen across screens: dataset, scenario, run, runs to compare, school. With `syncUrl`
 * the choices live in the query string (url-state.ts), so a reload or a shared link shows the same thing, and
 * first use (nothing chosen) opens on the sample county and the baseline scenario.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from './api/client.ts';
import { readUrlState, writeUrlState, type Screen, type UrlState } from './url-state.ts';

export type { Screen } from './url-state.ts';

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
  /** The school on the drill-down page. */
  schoolId: string | null;
  /** Opens a school's page (with the current run's plan for it). */
  openSchool(id: string): void;
}

const WorkspaceContext = createContext<Workspace | null>(null);

/** The seeded sample county ("样例县 sample county") and the scenario named baseline, else the first of each. */
async function firstUseChoices(): Promise<{ datasetId?: number; scenarioId?: number }> {
  const [datasets, scenarios] = await Promise.all([api.datasets().catch(() => []), api.scenarios().catch(() => [])]);
  const dataset = datasets.find((d) => /sample|样例/i.test(d.name)) ?? [...datasets].sort((a, b) => a.id - b.id)[0];
  const scenario = scenarios.find((s) => /\bbaseline\b/i.test(s.name)) ?? scenarios.find((s) => s.name.includes('基线'));
  return { ...(dataset ? { datasetId: dataset.id } : {}), ...(scenario ? { scenarioId: scenario.id } : {}) };
}

export function WorkspaceProvider({ children, initialScreen = 'data', syncUrl = false }: { children: ReactNode; initialScreen?: Screen; syncUrl?: boolean }) {
  const [initial] = useState<UrlState>(() => (syncUrl && typeof window !== 'undefined' ? readUrlState(window.location.search) : {}));
  const [screen, go] = useState<Screen>(initial.screen ?? initialScreen);
  const [datasetId, setDatasetId] = useState<number | null>(initial.datasetId ?? null);
  const [scenarioId, setScenarioId] = useState<number | null>(initial.scenarioId ?? null);
  const [runId, setRunId] = useState<number | null>(initial.runId ?? null);
  const [compareRunIds, setCompareRunIds] = useState<number[]>(initial.compareRunIds ?? []);
  const [schoolId, setSchoolId] = useState<string | null>(initial.schoolId ?? null);

  useEffect(() => {
    if (!syncUrl || initial.datasetId !== undefined || initial.scenarioId !== undefined) return;
    let live = true;
    void firstUseChoices().then((c) => {
      if (!live) return;
      if (c.datasetId !== undefined) setDatasetId((d) => d ?? c.datasetId!);
      if (c.scenarioId !== undefined) setScenarioId((s) => s ?? c.scenarioId!);
    });
    return () => { live = false; };
  }, [syncUrl, initial]);

  useEffect(() => {
    if (!syncUrl || typeof window === 'undefined') return;
    const current = readUrlState(window.location.search);
    const search = writeUrlState({
      lang: current.lang, screen, datasetId: datasetId ?? undefined, scenarioId: scenarioId ?? undefined, runId: runId ?? undefined,
      compareRunIds, schoolId: schoolId ?? undefined,
    });
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, [syncUrl, screen, datasetId, scenarioId, runId, compareRunIds, schoolId]);

  const value = useMemo<Workspace>(() => ({
    screen, go, datasetId, setDatasetId, scenarioId, setScenarioId, runId, setRunId, compareRunIds, setCompareRunIds, schoolId,
    openSchool: (id: string) => { setSchoolId(id); go('school'); },
  }), [screen, datasetId, scenarioId, runId, compareRunIds, schoolId]);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside WorkspaceProvider');
  return value;
}

/** The workspace when one is around (charts used outside the app, e.g. in tests, have none). */
export function useOptionalWorkspace(): Workspace | null {
  return useContext(WorkspaceContext);
}
