import { basic2012 } from './basic-2012.ts';
import { quality2017 } from './quality-2017.ts';
import type { Standard } from './types.ts';
import { standardFromFile } from './variant.ts';

export type { IndicatorDef, SchoolRule, Standard, Text } from './types.ts';
export { StandardFileError, StandardFileSchema } from './variant.ts';

export const BUILTIN_STANDARDS: Readonly<Record<string, Standard>> = {
  [quality2017.id]: quality2017,
  [basic2012.id]: basic2012,
};

export const DEFAULT_STANDARD_ID = quality2017.id;

export function getStandard(id: string): Standard | undefined {
  return Object.hasOwn(BUILTIN_STANDARDS, id) ? BUILTIN_STANDARDS[id] : undefined; // not inherited keys such as "constructor"
}

/** A provincial variant from a parsed JSON file; built-ins can be extended. */
export function loadStandardFile(data: unknown, file: string): Standard {
  return standardFromFile(data, file, getStandard);
}
