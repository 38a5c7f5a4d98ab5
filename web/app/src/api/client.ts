/** Typed calls to the Junheng HTTP API (web/server). Errors carry the server's JSON body. */
import type { Evaluation } from '../../../../engine/indicators/types.ts';
import type { County } from '../../../../engine/county/types.ts';
import type { SolveReport } from '../../../../engine/optimize/solve-report.ts';
import type { Comparison } from '../../../../engine/compare/compare.ts';
import type { SweepResult } from '../../../../engine/compare/sweep-summary.ts';
import type { ScenarioFile } from '../../../../engine/scenario/schema.ts';

export interface Problem { message: string; field?: string; line?: number; file?: string; row?: number; column?: string; cell?: string; value?: string }
export interface ErrorBody { error: string; message: string; problems?: Problem[] }
export interface ImportIssue { code: string; file: string; message: string; row?: number; column?: string; cell?: string; value?: string }
export interface DatasetSummary { id: number; name: string; fileName: string; format: 'csv' | 'xlsx' | 'json'; schools: number; warnings: ImportIssue[]; createdAt: string }
export interface DatasetDetail extends DatasetSummary { county: County; evaluation: Evaluation }
export interface ScenarioSummary { id: number; version: number; name: string; createdAt: string; updatedAt: string }
export interface ScenarioVersion { id: number; version: number; name: string; text: string; scenario: ScenarioFile; createdAt: string }
export type RunStatus = 'queued' | 'running' | 'done' | 'timeout' | 'failed';
export interface Run {
  id: number; datasetId: number; scenarioId: number; scenarioVersion: number; status: RunStatus; stage: string | null; error: string | null;
  createdAt: string; startedAt: string | null; finishedAt: string | null; result?: SolveReport;
}
export interface Sweep {
  id: number; datasetId: number; scenarioId: number; scenarioVersion: number; from: number; to: number; steps: number; status: RunStatus;
  pointsDone: number; error: string | null; createdAt: string; startedAt: string | null; finishedAt: string | null; result?: SweepResult;
}
export type JobEvent =
  | { type: 'status'; status: RunStatus; stage: string | null }
  | { type: 'progress'; stage: string; detail?: unknown }
  | { type: 'end'; status: RunStatus; error: string | null };

export class ApiError extends Error {
  constructor(readonly status: number, readonly body: ErrorBody) {
    super(body.message);
  }
}

async function call<T>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const init: RequestInit = { method, headers: { accept: 'application/json', ...headers } };
  if (body instanceof FormData) init.body = body;
  else if (typeof body === 'string') init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const response = await fetch(url, init);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try { parsed = text === '' ? undefined : JSON.parse(text); } catch { parsed = undefined; }
  if (!response.ok) {
    const error = parsed && typeof parsed === 'object' && 'message' in parsed ? (parsed as ErrorBody) : { error: `http-${response.status}`, message: text || response.statusText };
    throw new ApiError(response.status, error);
  }
  return parsed as T;
}

export const api = {
  health: () => call<{ status: 'ok'; uptimeSeconds: number; solveThreads: number }>('GET', '/api/health'),
  datasets: () => call<DatasetSummary[]>('GET', '/api/datasets'),
  dataset: (id: number) => call<DatasetDetail>('GET', `/api/datasets/${id}`),
  evaluation: (id: number, standard?: string) => call<Evaluation>('GET', `/api/datasets/${id}/evaluation${standard ? `?standard=${encodeURIComponent(standard)}` : ''}`),
  uploadDataset: (file: File | Blob, fileName: string, name?: string, sheet?: string) => {
    const form = new FormData();
    if (name) form.append('name', name);
    if (sheet) form.append('sheet', sheet);
    form.append('file', file, fileName);
    return call<DatasetDetail>('POST', '/api/datasets', form);
  },
  deleteDataset: (id: number) => call<void>('DELETE', `/api/datasets/${id}`),
  scenarios: () => call<ScenarioSummary[]>('GET', '/api/scenarios'),
  scenario: (id: number) => call<ScenarioVersion>('GET', `/api/scenarios/${id}`),
  scenarioVersion: (id: number, version: number) => call<ScenarioVersion>('GET', `/api/scenarios/${id}/versions/${version}`),
  scenarioVersions: (id: number) => call<{ version: number; name: string; createdAt: string }[]>('GET', `/api/scenarios/${id}/versions`),
  createScenario: (scenario: ScenarioFile) => call<ScenarioVersion>('POST', '/api/scenarios', scenario),
  saveScenario: (id: number, scenario: ScenarioFile) => call<ScenarioVersion>('PUT', `/api/scenarios/${id}`, scenario),
  deleteScenario: (id: number) => call<void>('DELETE', `/api/scenarios/${id}`),
  runs: () => call<Run[]>('GET', '/api/runs'),
  run: (id: number) => call<Run>('GET', `/api/runs/${id}`),
  startRun: (datasetId: number, scenarioId: number, scenarioVersion?: number) =>
    call<{ id: number; status: 'queued' }>('POST', '/api/runs', { datasetId, scenarioId, ...(scenarioVersion ? { scenarioVersion } : {}) }),
  compare: (runIds: number[]) => call<Comparison>('POST', '/api/compare', { runIds }),
  startSweep: (body: { datasetId: number; scenarioId: number; scenarioVersion?: number; from: number; to: number; steps: number }) =>
    call<{ id: number; status: 'queued' }>('POST', '/api/sweeps', body),
  sweep: (id: number) => call<Sweep>('GET', `/api/sweeps/${id}`),
  simulate: (runId: number, samples: number, seed?: number) => call<unknown>('POST', `/api/runs/${runId}/simulate`, { samples, ...(seed !== undefined ? { seed } : {}) }),
};

/** Follow a run's or sweep's server-sent events until `end`; returns a function that stops listening. */
export function followEvents(kind: 'runs' | 'sweeps', id: number, onEvent: (event: JobEvent) => void): () => void {
  const source = new EventSource(`/api/${kind}/${id}/events`);
  for (const type of ['status', 'progress', 'end'] as const) {
    source.addEventListener(type, (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as JobEvent;
      onEvent(event);
      if (event.type === 'end') source.close();
    });
  }
  return () => source.close();
}
