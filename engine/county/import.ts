/** One entry point for county files: format from the name or the bytes, then rows → County. */
import { parseCsv } from './csv.ts';
import { decodeText } from './decode.ts';
import type { ImportIssue, ImportResult } from './issues.ts';
import { jsonToSheet } from './json.ts';
import { sheetToCounty, type Sheet } from './table.ts';
import type { County } from './types.ts';
import { readXlsx } from './xlsx.ts';

export type CountyFormat = 'csv' | 'xlsx' | 'json';

export interface ImportOptions {
  /** File name, used in messages and to pick the format. */
  fileName: string;
  format?: CountyFormat;
  /** XLSX sheet to read; default the first visible one. */
  sheet?: string;
}

export function detectFormat(fileName: string, bytes: Uint8Array): CountyFormat {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx'; // "PK": a zip container
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') || head.startsWith('[') ? 'json' : 'csv';
}

export async function importCounty(input: Uint8Array | string, options: ImportOptions): Promise<ImportResult<County>> {
  const file = options.fileName;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (bytes.length === 0 || (typeof input === 'string' && input.trim() === '')) {
    const issue: ImportIssue = { code: 'empty-file', file, message: 'the file is empty' };
    return { status: 'error', errors: [issue], warnings: [] };
  }
  const format = options.format ?? detectFormat(file, bytes);
  let sheet: ImportResult<Sheet>;
  if (format === 'xlsx') sheet = await readXlsx(bytes, file, options.sheet);
  else {
    const text = typeof input === 'string' ? input : decodeText(bytes).text;
    if (text.trim() === '') return { status: 'error', errors: [{ code: 'empty-file', file, message: 'the file is empty' }], warnings: [] };
    sheet = format === 'json'
      ? jsonToSheet(text, file)
      : { status: 'ok', value: { file, rows: parseCsv(text).map((r) => ({ row: r.line, cells: r.cells })), cellAddresses: true }, warnings: [] };
  }
  if (sheet.status === 'error') return sheet;
  const result = sheetToCounty(sheet.value);
  return { ...result, warnings: [...sheet.warnings, ...result.warnings] } as ImportResult<County>;
}
