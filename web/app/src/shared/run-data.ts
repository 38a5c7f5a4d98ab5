/** A run with what its charts need: the result, school names from its dataset, the scenario's standard set. */
import { api, type DatasetDetail, type Run } from '../api/client.ts';
import type { Location } from '../../../../engine/county/types.ts';
import type { ScenarioFile } from '../../../../engine/scenario/schema.ts';
import type { Standard } from '../../../../engine/standards/types.ts';
import { baseFromEvaluation } from '../../../../engine/plan/base-year.ts';
import { standardById } from './heatmap.ts';
import { useLoaded, type Loaded } from './loaded.ts';

export interface RunData {
  run: Run;
  scenarioName: string;
  names: Map<string, string>;
  /** The dataset's schools: id, name, level and location, and km coordinates where the file gives them (rotation map). */
  schools: { id: string; name: string; x?: number; y?: number; level?: string; location?: Location }[];
  standard: Standard;
  /** Scenario targets: share of schools passing (0..1) per plan year. */
  targets?: number[];
  /** The dataset the run solved (county name, file, import date), when it could be read. */
  dataset?: { name: string; fileName: string; createdAt: string };
  /** The scenario version the run solved (budget, targets, …), when it could be read. */
  scenario?: ScenarioFile;
}

type DatasetCache = Map<number, Promise<DatasetDetail | null>>;

/** `datasets` shares one fetch of each dataset (county and server-side evaluation) among runs loaded together. */
export async function loadRunData(runId: number, datasets: DatasetCache = new Map()): Promise<RunData> {
  const run = await api.run(runId);
  if (!datasets.has(run.datasetId)) datasets.set(run.datasetId, api.dataset(run.datasetId).catch(() => null));
  const [dataset, scenario] = await Promise.all([
    datasets.get(run.datasetId)!,
    api.scenarioVersion(run.scenarioId, run.scenarioVersion).catch(() => null),
  ]);
  const schools = (dataset?.county.schools ?? []).map((s) => ({ id: s.id, name: s.name, level: s.level, ...(s.location ? { location: s.location } : {}), ...(s.x !== undefined && s.y !== undefined ? { x: s.x, y: s.y } : {}) }));
  const names = new Map(schools.map((s) => [s.id, s.name]));
  const standard = standardById(scenario?.scenario.standard);
  return {
    run: withBase(run, dataset, standard), scenarioName: scenario?.name ?? run.result?.scenario ?? `#${run.scenarioId}`, names, schools, standard, targets: scenario?.scenario.objective?.targets,
    ...(dataset?.name ? { dataset: { name: dataset.name, fileName: dataset.fileName ?? '', createdAt: dataset.createdAt ?? '' } } : {}),
    ...(scenario ? { scenario: scenario.scenario } : {}),
  };
}

/**
 * Runs solved before solve reports carried the data year (`base`) get it from their dataset's evaluation when that
 * is under the run's standard, so their charts start at the data year too.
 */
export function withBase(run: Run, dataset: DatasetDetail | null, standard: Standard): Run {
  const report = run.result;
  const first = report?.years[0]?.year;
  const evaluation = dataset?.evaluation;
  if (!report || report.base || first === undefined || evaluation?.standard?.id !== standard.id || !evaluation.levels || !evaluation.county) return run;
  return { ...run, result: { ...report, base: baseFromEvaluation(evaluation, standard, first) } };
}

/** Loads the run again whenever runId or `version` changes (bump version when the run finishes). */
export function useRunData(runId: number | null, version = 0): Loaded<RunData> {
  return useLoaded(runId === null ? null : () => loadRunData(runId), `${runId}@${version}`);
}

/** Loads several runs (comparison, report), sharing each dataset's fetch among them. */
export function useRunsData(runIds: readonly number[]): Loaded<RunData[]> {
  const load = () => {
    const datasets: DatasetCache = new Map();
    return Promise.all(runIds.map((id) => loadRunData(id, datasets)));
  };
  return useLoaded(runIds.length === 0 ? null : load, runIds.join(','));
}
