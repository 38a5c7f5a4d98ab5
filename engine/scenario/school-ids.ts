/**
 * The school ids a scenario names (projects, per-school enrollment growth and tables, per-school uncertainty),
 * checked as the county importer checks ids: one holding an invisible, control or bidi character (S001 followed by a
 * zero-width space) is refused naming its field, and ids are compared after NFKC, so a scenario's full-width Ｓ００１
 * is the county's S001, and two keys of one map that are the same school after NFKC are refused.
 */
import { idKey, idProblem } from '../county/clean-text.ts';
import type { ScenarioFile } from './schema.ts';

interface NamedId { path: string; id: string }

/** JSON-pointer escaping of one key (RFC 6901), so a path names the key as written. */
const pointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Per-school maps of the scenario: field path → the map. */
function schoolMaps(file: ScenarioFile): [string, Record<string, unknown> | undefined][] {
  return [
    ['/enrollment/schools', file.enrollment?.schools],
    ['/enrollment/table', file.enrollment?.table],
    ['/uncertainty/schools', file.uncertainty?.schools],
  ];
}

/** Every school id the file names, with the field that names it. */
export function namedSchoolIds(file: ScenarioFile): NamedId[] {
  const named: NamedId[] = (file.construction?.projects ?? []).map((p, i) => ({ path: `/construction/projects/${i}/school`, id: p.school }));
  for (const [path, map] of schoolMaps(file)) {
    for (const id of Object.keys(map ?? {})) named.push({ path: `${path}/${pointer(id)}`, id });
  }
  return named;
}

/** Ids with hidden characters, and map keys that name one school twice (after NFKC); each names its field. */
export function schoolIdProblems(file: ScenarioFile): { path: string; message: string }[] {
  const problems = namedSchoolIds(file).flatMap(({ path, id }) => {
    const problem = idProblem(id);
    return problem ? [{ path, message: `school id ${JSON.stringify(id)}: ${problem.message}` }] : [];
  });
  for (const [path, map] of schoolMaps(file)) {
    const seen = new Map<string, string>();
    for (const id of Object.keys(map ?? {})) {
      const key = idKey(id);
      const first = seen.get(key);
      if (first !== undefined) problems.push({ path: `${path}/${pointer(id)}`, message: `"${id}" is the same school id as "${first}" (ids are compared after NFKC: full-width and half-width forms are one id); keep one` });
      else seen.set(key, id);
    }
  }
  return problems;
}

/** A per-school map with its keys in NFKC form (idKey), as the county importer stores ids. */
export function byIdKey<T>(map: Record<string, T> | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  // defineProperty: a key such as "__proto__" stays an own key instead of replacing the prototype.
  for (const [id, value] of Object.entries(map ?? {})) Object.defineProperty(out, idKey(id), { value, enumerable: true, writable: true, configurable: true });
  return out;
}
