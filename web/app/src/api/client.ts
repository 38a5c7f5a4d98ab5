/** Typed calls to the Junheng HTTP API (web/server). Errors carry the server's JSON body. */
import type { Evaluation } from '../../../../engine/indicators/types.ts';
import type { Comparison } from '../../../../engine/compare/compare.ts';
import type { MonteCarloResult } from '../../../../engine/uncertainty/monte-carlo.ts';
import type { ScenarioFile } from '../../../../engine/scenario/schema.ts';
import type {
  AuditEntry, Batch, BatchRequest, CompareRequest, DatasetDetail, SessionBody, SignIn, TrashItem, DatasetSummary, ErrorBody, Health, JobEvent, Run, RunAccepted, RunRequest, ScenarioSummary, ScenarioVersion, SimulateRequest, Sweep,
  SweepRequest, VersionEntry,
} from '../../../contract/index.ts';

// The bodies are web/contract's types; the app imports them as types only, so TypeBox stays out of the bundle.
export type { AuditEntry, Batch, SessionBody, TrashItem, DatasetDetail, DatasetSummary, ErrorBody, ImportIssue, JobEvent, Problem, Run, RunOutcome, RunStatus, ScenarioSummary, ScenarioVersion, Sweep } from '../../../contract/index.ts';

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
  health: () => call<Health>('GET', '/api/health'),
  session: () => call<SessionBody>('GET', '/api/session'),
  signIn: (body: SignIn) => call<SessionBody>('POST', '/api/session', body),
  signOut: () => call<void>('DELETE', '/api/session'),
  audit: (limit = 200) => call<AuditEntry[]>('GET', `/api/audit?limit=${limit}`),
  trash: () => call<TrashItem[]>('GET', '/api/trash'),
  restore: (item: TrashItem) => call<void>('POST', `/api/trash/${item.kind}s/${item.id}/restore`, {}),
  emptyTrash: () => call<{ removed: number }>('DELETE', '/api/trash'),
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
  scenarioVersions: (id: number) => call<VersionEntry[]>('GET', `/api/scenarios/${id}/versions`),
  createScenario: (scenario: ScenarioFile) => call<ScenarioVersion>('POST', '/api/scenarios', scenario),
  saveScenario: (id: number, scenario: ScenarioFile) => call<ScenarioVersion>('PUT', `/api/scenarios/${id}`, scenario),
  deleteScenario: (id: number) => call<void>('DELETE', `/api/scenarios/${id}`),
  runs: () => call<Run[]>('GET', '/api/runs'),
  run: (id: number) => call<Run>('GET', `/api/runs/${id}`),
  startRun: (datasetId: number, scenarioId: number, scenarioVersion?: number, purpose?: RunRequest['purpose']) =>
    call<RunAccepted>('POST', '/api/runs', { datasetId, scenarioId, ...(scenarioVersion ? { scenarioVersion } : {}), ...(purpose ? { purpose } : {}) } satisfies RunRequest),
  compare: (runIds: number[]) => call<Comparison>('POST', '/api/compare', { runIds } satisfies CompareRequest),
  startSweep: (body: SweepRequest) =>
    call<RunAccepted>('POST', '/api/sweeps', body),
  sweep: (id: number) => call<Sweep>('GET', `/api/sweeps/${id}`),
  startBatch: (body: BatchRequest) => call<RunAccepted>('POST', '/api/batches', body),
  batch: (id: number) => call<Batch>('GET', `/api/batches/${id}`),
  batches: () => call<Batch[]>('GET', '/api/batches'),
  /** Stop a queued or running job; the body is the job marked cancelled. 409 (ApiError) when it has already ended. */
  cancelRun: (id: number) => call<Run>('POST', `/api/runs/${id}/cancel`, {}),
  cancelSweep: (id: number) => call<Sweep>('POST', `/api/sweeps/${id}/cancel`, {}),
  cancelBatch: (id: number) => call<Batch>('POST', `/api/batches/${id}/cancel`, {}),
  simulate: (runId: number, samples: number, seed?: number) =>
    call<MonteCarloResult>('POST', `/api/runs/${runId}/simulate`, { samples, ...(seed !== undefined ? { seed } : {}) } satisfies SimulateRequest),
};

/** Follow a run's, sweep's or province batch's server-sent events until `end`; returns a function that stops listening. */
export function followEvents(kind: 'runs' | 'sweeps' | 'batches', id: number, onEvent: (event: JobEvent) => void): () => void {
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
