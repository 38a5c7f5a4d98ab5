/** Distances between schools for pairing rotations: a given table, straight lines from x/y, or id order. */
import type { School } from '../county/types.ts';

/** km by school id, either direction; e.g. road distances from a file. */
export type DistanceTable = Map<string, Map<string, number>>;

export interface Distances {
  /** km between two schools, or undefined when neither the table nor coordinates give it. */
  km(a: string, b: string): number | undefined;
  /** |difference of positions| in id order (natural sort, so S2 comes before S10). */
  idSteps(a: string, b: string): number;
  /** True when `km` came from the table for at least one call. */
  usedTable(): boolean;
}

const collator = new Intl.Collator('en', { numeric: true });

export function compareIds(a: string, b: string): number {
  return collator.compare(a, b);
}

export function hasCoordinates(school: School): boolean {
  return Number.isFinite(school.x) && Number.isFinite(school.y);
}

export function schoolDistances(schools: readonly School[], table?: DistanceTable): Distances {
  const byId = new Map(schools.map((s) => [s.id, s]));
  const rank = new Map([...byId.keys()].sort(compareIds).map((id, i) => [id, i]));
  let fromTable = false;
  return {
    km(a, b) {
      const given = table?.get(a)?.get(b) ?? table?.get(b)?.get(a);
      if (given !== undefined && Number.isFinite(given)) {
        fromTable = true;
        return given;
      }
      const p = byId.get(a);
      const q = byId.get(b);
      if (!p || !q || !hasCoordinates(p) || !hasCoordinates(q)) return undefined;
      return Math.hypot(p.x! - q.x!, p.y! - q.y!);
    },
    idSteps(a, b) {
      return Math.abs((rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    },
    usedTable: () => fromTable,
  };
}
