/** The scenario being edited, as the plain JSON of the file; paths are JSON pointers (RFC 6901) like the schema errors and the diff. */
import { scenarioDiff, type DiffEntry } from '../../../../../engine/compare/scenario-diff.ts';
import type { ScenarioFile } from '../../../../../engine/scenario/schema.ts';
import { DEFAULT_HORIZON } from '../../../../../engine/scenario/defaults.ts';

type Json = Record<string, unknown> | unknown[];

export function splitPointer(path: string): string[] {
  return path.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function getIn(value: unknown, path: string): unknown {
  let at = value;
  for (const key of splitPointer(path)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** A copy with the value at path replaced; undefined removes the key. Missing objects on the way are created. */
export function setIn<T>(root: T, path: string, value: unknown): T {
  const keys = splitPointer(path);
  const put = (node: unknown, i: number): unknown => {
    const key = keys[i]!;
    const container: Json = Array.isArray(node) ? [...node] : { ...(node !== null && typeof node === 'object' ? node as Record<string, unknown> : {}) };
    const next = i === keys.length - 1 ? value : put((container as Record<string, unknown>)[key], i + 1);
    if (Array.isArray(container)) container[Number(key)] = next;
    else if (next === undefined) delete container[key];
    else container[key] = next;
    return container;
  };
  return keys.length === 0 ? value as T : put(root, 0) as T;
}

/** Without undefined values, empty objects and empty lists: what is saved and compared. */
export function prune<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const y = walk(x);
      if (y === undefined) continue;
      if (Array.isArray(y) && y.length === 0) continue;
      if (y !== null && typeof y === 'object' && !Array.isArray(y) && Object.keys(y).length === 0 && k !== 'budget') continue;
      out[k] = y;
    }
    return out;
  };
  return walk(value) as T;
}

export function planYears(file: ScenarioFile): number[] {
  return file.horizon ?? [...DEFAULT_HORIZON];
}

/** The horizon from its first year and length; lists with one value per year follow the new length (last value repeated). */
export function withHorizon(file: ScenarioFile, first: number, length: number): ScenarioFile {
  const years = Array.from({ length }, (_, i) => first + i);
  const fit = (list: number[]) => Array.from({ length }, (_, i) => list[i] ?? list[list.length - 1] ?? 0);
  let next = setIn(file, '/horizon', years);
  for (const path of ['/budget/perYear', '/hiring/maxNewTeachers', '/objective/targets']) {
    const list = getIn(next, path);
    if (Array.isArray(list)) next = setIn(next, path, fit(list as number[]));
  }
  for (const [id, row] of Object.entries(file.enrollment?.table ?? {})) next = setIn(next, `/enrollment/table/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`, fit(row));
  return next;
}

/** Differences from the baseline scenario; its name and description always differ and are left out. */
export function baselineDiff(baseline: ScenarioFile, draft: ScenarioFile): DiffEntry[] {
  return scenarioDiff(prune(baseline), prune(draft), { ignore: ['/name', '/description'] });
}

/** A control at `path` is changed when a difference is at, under or above it. */
export function isChanged(entries: readonly DiffEntry[], path: string): boolean {
  return entries.some((e) => e.path === path || e.path.startsWith(`${path}/`) || path.startsWith(`${e.path}/`));
}
