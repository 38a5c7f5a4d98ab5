/** Rows of the school evaluation table: filter by level, location and school conditions, sort by any column. Pure. */
import type { EvaluatedLevel, Location } from '../../../../../engine/county/types.ts';
import type { ConditionKey } from '../../../../../engine/indicators/conditions.ts';
import type { SchoolEvaluation } from '../../../../../engine/indicators/types.ts';

export type LevelFilter = 'all' | EvaluatedLevel;
export type LocationFilter = 'all' | Location;
/** 'failing': schools that do not meet at least one condition; `failing:KEY`: those that do not meet that one. */
export type ConditionFilter = 'all' | 'failing' | `failing:${ConditionKey}`;
export type SortKey = 'name' | 'level' | 'location' | 'students' | 'metCount' | 'passes' | 'gaps' | `indicator:${string}` | `condition:${ConditionKey}`;
export type SortDirection = 'asc' | 'desc';
export interface SortState { key: SortKey; direction: SortDirection }

export const LEVELS: readonly EvaluatedLevel[] = ['primary', 'junior'];
export const LOCATIONS: readonly Location[] = ['urban', 'town', 'rural'];

const LEVEL_ORDER: Record<EvaluatedLevel, number> = { primary: 0, junior: 1 };
const LOCATION_ORDER: Record<Location, number> = { urban: 0, town: 1, rural: 2 };

export function rowKey(row: SchoolEvaluation): string {
  return `${row.id}:${row.level}`;
}

/** Schools left out of the evaluation are not judged, so they never show under a "failing" filter. */
function failsCondition(row: SchoolEvaluation, filter: ConditionFilter): boolean {
  if (filter === 'all') return true;
  if (row.excluded) return false;
  const key = filter === 'failing' ? undefined : filter.slice('failing:'.length);
  return (row.conditions ?? []).some((c) => c.meets === false && (key === undefined || c.key === key));
}

export function filterRows(rows: readonly SchoolEvaluation[], level: LevelFilter, location: LocationFilter, conditions: ConditionFilter = 'all'): SchoolEvaluation[] {
  return rows.filter((r) => (level === 'all' || r.level === level) && (location === 'all' || r.location === location) && failsCondition(r, conditions));
}

/**
 * A condition sorts by value ÷ limit (how close to or far past its limit: a class of 49.5 against 45 is 1.1);
 * with a zero limit (no classes, no rooms needed) by the value; not judged → null.
 */
function conditionSortValue(row: SchoolEvaluation, key: string): number | null {
  const c = (row.conditions ?? []).find((x) => x.key === key);
  if (!c || c.value === null || row.excluded) return null;
  return c.limit > 0 ? c.value / c.limit : c.value;
}

/** The value a column sorts by; null (no value, excluded school) always sorts last. */
export function sortValue(row: SchoolEvaluation, key: SortKey): number | string | null {
  switch (key) {
    case 'name': return row.name;
    case 'level': return LEVEL_ORDER[row.level];
    case 'location': return row.location ? LOCATION_ORDER[row.location] : null;
    case 'students': return row.students;
    case 'metCount': return row.excluded ? null : row.metCount;
    case 'passes': return row.passes === null || row.excluded ? null : row.passes ? 1 : 0;
    case 'gaps': return row.excluded ? null : Object.keys(row.gaps).length;
    default: {
      if (key.startsWith('condition:')) return conditionSortValue(row, key.slice('condition:'.length));
      const value = row.values[key.slice('indicator:'.length)];
      return value === undefined || !Number.isFinite(value) ? null : value;
    }
  }
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

export function sortRows(rows: readonly SchoolEvaluation[], sort: SortState): SchoolEvaluation[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, sort.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      const order = typeof a.value === 'string' || typeof b.value === 'string'
        ? collator.compare(String(a.value), String(b.value))
        : a.value - b.value;
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map((x) => x.row);
}

/** Clicking the sorted column flips its direction; another column starts ascending. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: 'asc' };
}

export function tableRows(rows: readonly SchoolEvaluation[], level: LevelFilter, location: LocationFilter, sort: SortState, conditions: ConditionFilter = 'all'): SchoolEvaluation[] {
  return sortRows(filterRows(rows, level, location, conditions), sort);
}
