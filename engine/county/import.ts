/** One entry point for county files: format from the name or the bytes, then rows → County. */
import { MAX_CSV_CELLS, MAX_CSV_RECORDS, parseCsv } from './csv.ts';
import { decodeText } from './decode.ts';
import { columnLetter, type ImportIssue, type ImportResult } from './issues.ts';
import { jsonToSheet } from './json.ts';
import { sheetToCounty, type Sheet } from './table.ts';
import type { County } from './types.ts';
import { readXlsx } from './xlsx.ts';

export type CountyFormat = 'csv' | 'xlsx' | 'json';

/** bytes; the upload limit of the API, and far above any county (a few hundred schools). */
export const MAX_COUNTY_FILE_BYTES = 20 * 1024 * 1024;
/** Compound-file magic of Excel 97–2003 .xls (and .doc) files. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const failed = (issue: ImportIssue): ImportResult<never> => ({ status: 'error', errors: [issue], warnings: [] });

/** The issue for a file of `size` bytes over the limit, so callers can refuse it before reading it. */
export function fileTooLarge(size: number, file: string): ImportIssue | undefined {
  if (size <= MAX_COUNTY_FILE_BYTES) return undefined;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return { code: 'too-large', file, params: { reason: 'file-size', sizeMb: mb(size), limitMb: mb(MAX_COUNTY_FILE_BYTES) }, message: `the file is ${mb(size)} MB; county files are read up to ${mb(MAX_COUNTY_FILE_BYTES)} MB (a county of 300 schools takes well under 1 MB)` };
}

/** Problems with the file as a whole, found before any row is read. */
function containerProblem(bytes: Uint8Array, file: string): ImportIssue | undefined {
  const tooLarge = fileTooLarge(bytes.length, file);
  if (tooLarge) return tooLarge;
  if (OLE2_MAGIC.every((b, i) => bytes[i] === b)) {
    return { code: 'unreadable-file', file, params: { reason: 'legacy-xls' }, message: 'this is an Excel 97–2003 workbook (.xls), which is not read; save it as .xlsx or CSV (UTF-8) and import that' };
  }
  return undefined;
}

function csvSheet(text: string, file: string): ImportResult<Sheet> {
  const { records, stopped } = parseCsv(text);
  if (stopped?.reason === 'unclosed-quote') {
    const cell = `${columnLetter(stopped.cell)}${stopped.line}`;
    return failed({
      code: 'unclosed-quote', file, row: stopped.line, column: columnLetter(stopped.cell), cell, params: { cell },
      message: `a quoted cell starts at ${cell} and its closing " is missing, so the rest of the file would be one cell; close the quote`,
    });
  }
  if (stopped) {
    const message = stopped.reason === 'too-many-cells'
      ? `row ${stopped.line} has more than ${MAX_CSV_CELLS} cells (Excel's column limit); this is not a county table`
      : `the file has more than ${MAX_CSV_RECORDS} rows; a county table has one row per school`;
    const params = stopped.reason === 'too-many-cells' ? { reason: 'too-many-cells', limit: MAX_CSV_CELLS } : { reason: 'too-many-rows', limit: MAX_CSV_RECORDS };
    return failed({ code: 'too-large', file, row: stopped.line, params, message });
  }
  return { status: 'ok', value: { file, rows: records.map((r) => ({ row: r.line, cells: r.cells })), cellAddresses: true }, warnings: [] };
}

export interface ImportOptions {
  /** File name, used in messages and to pick the format. */
  fileName: string;
  format?: CountyFormat;
  /** XLSX sheet to read; default the first visible one. */
  sheet?: string;
}

export function detectFormat(fileName: string, bytes: Uint8Array): CountyFormat {
  const ext = fileName.toLowerCase().split('.').pop();
  // A zip's local header (PK\x03\x04) is a workbook whatever its name says (an XLSX renamed .csv).
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx'; // "PK": a zip container
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') || head.startsWith('[') ? 'json' : 'csv';
}

/** The lines of a mostly UTF-8 file that were not UTF-8 and were read as GBK: named, so a garbled name can be found. */
function mixedEncodingWarning(file: string, lines: number[]): ImportIssue {
  const shown = lines.slice(0, 20).join(', ') + (lines.length > 20 ? ` and ${lines.length - 20} more` : '');
  return {
    code: 'mixed-encoding', file, row: lines[0], params: { lines: shown },
    message: `the file is UTF-8 but line(s) ${shown} are not valid UTF-8; they were read on their own (as GBK, or with � for a character cut short). Check the names on those rows, and save the file again as UTF-8`,
  };
}

export async function importCounty(input: Uint8Array | string, options: ImportOptions): Promise<ImportResult<County>> {
  const file = options.fileName;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (bytes.length === 0 || (typeof input === 'string' && input.trim() === '')) {
    return failed({ code: 'empty-file', file, message: 'the file is empty' });
  }
  const problem = containerProblem(bytes, file);
  if (problem) return failed(problem);
  const format = options.format ?? detectFormat(file, bytes);
  let sheet: ImportResult<Sheet>;
  const encodingWarnings: ImportIssue[] = [];
  if (format === 'xlsx') sheet = await readXlsx(bytes, file, options.sheet);
  else {
    const decoded = typeof input === 'string' ? { text: input } : decodeText(bytes);
    const text = decoded.text;
    if (text.trim() === '') return { status: 'error', errors: [{ code: 'empty-file', file, message: 'the file is empty' }], warnings: [] };
    sheet = format === 'json' ? jsonToSheet(text, file) : csvSheet(text, file);
    if ('otherLines' in decoded && decoded.otherLines?.length) encodingWarnings.push(mixedEncodingWarning(file, decoded.otherLines));
  }
  if (sheet.status === 'error') return { ...sheet, warnings: [...encodingWarnings, ...sheet.warnings] };
  const result = sheetToCounty(sheet.value);
  return { ...result, warnings: [...encodingWarnings, ...sheet.warnings, ...result.warnings] } as ImportResult<County>;
}
