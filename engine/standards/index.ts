import { getStandard } from './builtin.ts';
import type { Standard } from './types.ts';
import { standardFromFile } from './variant.ts';

export type { IndicatorDef, SchoolRule, Standard, Text } from './types.ts';
export { StandardFileError, StandardFileSchema } from './variant.ts';
export { BUILTIN_STANDARDS, DEFAULT_STANDARD_ID, getStandard } from './builtin.ts';

/** A provincial variant from a parsed JSON file; built-ins can be extended. */
export function loadStandardFile(data: unknown, file: string): Standard {
  return standardFromFile(data, file, getStandard);
}
