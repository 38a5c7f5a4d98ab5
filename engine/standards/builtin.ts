/**
 * The standards shipped with Junheng, by id. Apart from index.ts so that a solve (a pool thread's module graph)
 * does not load the provincial-variant reader and its schema library (variant.ts: TypeBox, about 0.1–0.15 s of a
 * new thread's start).
 */
import { basic2012 } from './basic-2012.ts';
import { quality2017 } from './quality-2017.ts';
import type { Standard } from './types.ts';

export const BUILTIN_STANDARDS: Readonly<Record<string, Standard>> = {
  [quality2017.id]: quality2017,
  [basic2012.id]: basic2012,
};

export const DEFAULT_STANDARD_ID = quality2017.id;

export function getStandard(id: string): Standard | undefined {
  return Object.hasOwn(BUILTIN_STANDARDS, id) ? BUILTIN_STANDARDS[id] : undefined; // not inherited keys such as "constructor"
}
