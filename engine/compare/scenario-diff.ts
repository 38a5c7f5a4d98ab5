/** Deep difference of two plain-JSON values (scenario files), as JSON-pointer paths with both values. */

export interface DiffEntry {
  /** RFC 6901 JSON pointer, e.g. `/policy/rotation/minShare`; `''` is the whole value. */
  path: string;
  change: 'added' | 'removed' | 'changed';
  /** Value in the first (baseline) document; undefined when absent. */
  baseline: unknown;
  /** Value in the other document; undefined when absent. */
  value: unknown;
}

export interface DiffOptions {
  /** Paths left out of the result, with everything under them. */
  ignore?: readonly string[];
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

const isStructured = (x: unknown): boolean => isObject(x) || Array.isArray(x);

/** Lists holding objects (or lists) are followed element by element; lists of numbers or strings are one value. */
function walkArrays(a: unknown, b: unknown): boolean {
  const list = (x: unknown) => Array.isArray(x) || x === undefined;
  return list(a) && list(b) && [...(Array.isArray(a) ? a : []), ...(Array.isArray(b) ? b : [])].some(isStructured);
}

/**
 * Entries for every leaf that differs. Objects present on one side only are reported leaf by leaf
 * (`/policy/rotation/minShare` added), lists of numbers or strings as one value (`/budget/perYear`),
 * elements of lists of objects by index, whole when on one side only (`/construction/projects/0` added).
 */
export function scenarioDiff(baseline: unknown, other: unknown, options: DiffOptions = {}): DiffEntry[] {
  const ignore = new Set(options.ignore ?? []);
  const out: DiffEntry[] = [];
  const visit = (path: string, a: unknown, b: unknown): void => {
    if (ignore.has(path)) return;
    if (a === undefined && b === undefined) return;
    if (isObject(a) || isObject(b)) {
      if (isObject(a) && isObject(b)) {
        for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) visit(`${path}/${escapePointer(k)}`, a[k], b[k]);
        return;
      }
      if (a === undefined && isObject(b) && Object.keys(b).length > 0) {
        for (const k of Object.keys(b)) visit(`${path}/${escapePointer(k)}`, undefined, b[k]);
        return;
      }
      if (b === undefined && isObject(a) && Object.keys(a).length > 0) {
        for (const k of Object.keys(a)) visit(`${path}/${escapePointer(k)}`, a[k], undefined);
        return;
      }
    }
    if (walkArrays(a, b)) {
      const xs = (a ?? []) as unknown[];
      const ys = (b ?? []) as unknown[];
      for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        if (i < xs.length && i < ys.length) visit(`${path}/${i}`, xs[i], ys[i]);
        else if (!ignore.has(`${path}/${i}`)) leaf(`${path}/${i}`, xs[i], ys[i]);
      }
      return;
    }
    leaf(path, a, b);
  };
  const leaf = (path: string, a: unknown, b: unknown): void => {
    if (deepEqual(a, b)) return;
    const change = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    out.push({ path, change, baseline: a, value: b });
  };
  visit('', baseline, other);
  return out;
}
