/** Distances between schools for pairing rotations: a given table, straight lines from x/y, or id order. */
import type { School } from '../county/types.ts';

/** km by school id, either direction; e.g. road distances from a file. */
export type DistanceTable = Map<string, Map<string, number>>;

export interface Distances {
  /** km between two schools, or undefined when neither the table nor coordinates give it. */
  km(a: string, b: string): number | undefined;
  /** |difference of positions| in id order (natural sort, so S2 comes before S10). */
  idSteps(a: string, b: string): number;
  /**
   * km from each of `from` to each of `to`, row-major (NaN where an id meets itself); null when some
   * pair has neither a table entry nor coordinates. Same values as `km`, without a lookup per pair.
   */
  kmMatrix(from: readonly string[], to: readonly string[]): Float64Array | null;
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
  // Coordinates once per school (NaN when missing), so a 400 × 1,100 pairing does not look up each pair.
  const xy = new Map(schools.map((s) => [s.id, hasCoordinates(s) ? [s.x!, s.y!] as const : [NaN, NaN] as const]));
  let fromTable = false;
  const tableKm = (a: string, b: string): number | undefined => {
    const given = table?.get(a)?.get(b) ?? table?.get(b)?.get(a);
    if (given === undefined || !Number.isFinite(given)) return undefined;
    fromTable = true;
    return given;
  };
  const straight = (a: string, b: string): number | undefined => {
    const p = xy.get(a);
    const q = xy.get(b);
    if (!p || !q || Number.isNaN(p[0]) || Number.isNaN(q[0])) return undefined;
    return Math.hypot(p[0] - q[0], p[1] - q[1]);
  };
  return {
    km: (a, b) => tableKm(a, b) ?? straight(a, b),
    kmMatrix(from, to) {
      const out = new Float64Array(from.length * to.length);
      const fx = from.map((id) => xy.get(id)?.[0] ?? NaN);
      const fy = from.map((id) => xy.get(id)?.[1] ?? NaN);
      const tx = to.map((id) => xy.get(id)?.[0] ?? NaN);
      const ty = to.map((id) => xy.get(id)?.[1] ?? NaN);
      for (let i = 0; i < from.length; i++) {
        for (let k = 0; k < to.length; k++) {
          const at = i * to.length + k;
          if (from[i] === to[k]) {
            out[at] = NaN;
            continue;
          }
          const km = (table ? tableKm(from[i]!, to[k]!) : undefined) ?? Math.hypot(fx[i]! - tx[k]!, fy[i]! - ty[k]!);
          if (Number.isNaN(km)) return null;
          out[at] = km;
        }
      }
      return out;
    },
    idSteps(a, b) {
      return Math.abs((rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    },
    usedTable: () => fromTable,
  };
}
