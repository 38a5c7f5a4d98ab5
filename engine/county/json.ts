/** JSON county files: `{"schools": [{...}]}` or a bare array of school objects, keys as CSV headers. */
import { MAX_CSV_CELLS, MAX_CSV_RECORDS } from './csv.ts';
import type { ImportResult } from './issues.ts';
import type { Sheet } from './table.ts';

export function jsonToSheet(text: string, file: string): ImportResult<Sheet> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { status: 'error', errors: [{ code: 'unreadable-file', file, params: { reason: 'json-syntax', detail: (e as Error).message }, message: `not valid JSON: ${(e as Error).message}` }], warnings: [] };
  }
  const list = Array.isArray(data) ? data : (data as { schools?: unknown } | null)?.schools;
  if (!Array.isArray(list)) {
    return { status: 'error', errors: [{ code: 'unreadable-file', file, params: { reason: 'json-shape' }, message: 'expected {"schools": [...]} or an array of schools' }], warnings: [] };
  }
  const keys = new Set<string>();
  for (const item of list) {
    if (item && typeof item === 'object') for (const key of Object.keys(item)) keys.add(key);
    if (keys.size > MAX_CSV_CELLS) {
      return { status: 'error', errors: [{ code: 'too-large', file, params: { reason: 'too-many-keys', limit: MAX_CSV_CELLS }, message: `the schools have more than ${MAX_CSV_CELLS} different keys; this is not a county table` }], warnings: [] };
    }
  }
  if (list.length > MAX_CSV_RECORDS) {
    return { status: 'error', errors: [{ code: 'too-large', file, params: { reason: 'too-many-records', limit: MAX_CSV_RECORDS }, message: `the file has more than ${MAX_CSV_RECORDS} records; a county has one record per school` }], warnings: [] };
  }
  const header = [...keys];
  const rows = list.map((item, index) => ({
    row: index + 1,
    cells: header.map((key) => {
      const v = item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
      return v === null || v === undefined ? '' : typeof v === 'object' ? objectText(v) : String(v);
    }),
  }));
  return { status: 'ok', value: { file, rows: [{ row: 0, cells: header }, ...rows], cellAddresses: false }, warnings: [] };
}

/** A nested value as cell text; one nested past the stack (thousands of levels) is not written out. */
function objectText(value: object): string {
  try {
    return JSON.stringify(value);
  } catch {
    return '[nested too deeply]';
  }
}
