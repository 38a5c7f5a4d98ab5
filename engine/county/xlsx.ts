/** XLSX workbook bytes → Sheet: a named sheet, else the first visible sheet with a header row, else the first visible one. */
import ExcelJS from 'exceljs';
import { MAX_CSV_RECORDS } from './csv.ts';
import type { ImportIssue, ImportResult } from './issues.ts';
import { findColumn, type Sheet, type SheetRow } from './table.ts';
import { checkZip } from './zip-guard.ts';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value && value.result !== undefined && value.result !== null) return cellText(value.result as ExcelJS.CellValue);
    // A formula saved without its value (written by a program, never opened in Excel) reads as the formula.
    if ('formula' in value && value.formula) return `=${value.formula}`;
    if ('sharedFormula' in value) return `=(formula shared with ${value.sharedFormula})`;
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

/** True when one of the first 20 rows names at least three known columns, as the table reader needs. */
function hasHeaderRow(worksheet: ExcelJS.Worksheet): boolean {
  for (let r = 1; r <= Math.min(worksheet.rowCount, 20); r++) {
    let known = 0;
    worksheet.getRow(r).eachCell((cell) => {
      if (findColumn(cellText(cell.value)) !== undefined) known++;
    });
    if (known >= 3) return true;
  }
  return false;
}

export async function readXlsx(bytes: Uint8Array, file: string, sheetName?: string): Promise<ImportResult<Sheet>> {
  const problem = await checkZip(bytes);
  if (problem) {
    const params = { reason: `xlsx-${problem.reason}`, ...problem.params };
    const issue: ImportIssue = problem.kind === 'too-large'
      ? { code: 'too-large', file, params, message: problem.message }
      : { code: 'unreadable-file', file, params, message: `not a readable XLSX workbook (${problem.message})` };
    return { status: 'error', errors: [issue], warnings: [] };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const issue: ImportIssue = { code: 'unreadable-file', file, params: { reason: 'xlsx-damaged', detail: (e as Error).message }, message: `not a readable XLSX workbook (${(e as Error).message})` };
    return { status: 'error', errors: [issue], warnings: [] };
  }
  const sheets = workbook.worksheets;
  const names = sheets.map((s) => s.name);
  const worksheet = sheetName !== undefined
    ? sheets.find((s) => s.name === sheetName || s.name.trim() === sheetName.trim())
    : sheets.find((s) => s.state === 'visible' && hasHeaderRow(s)) ?? sheets.find((s) => s.state === 'visible') ?? sheets[0];
  if (!worksheet) {
    const message = sheetName !== undefined
      ? `no sheet named "${sheetName}"; the workbook has: ${names.join(', ') || '(no sheets)'}`
      : 'the workbook has no sheets';
    const params: Record<string, string> = sheetName !== undefined ? { reason: 'no-such-sheet', sheet: sheetName, sheets: names.join(', ') } : { reason: 'no-sheets' };
    return { status: 'error', errors: [{ code: 'wrong-sheet', file, value: sheetName, params, message }], warnings: [] };
  }
  if (worksheet.actualRowCount > MAX_CSV_RECORDS) {
    const message = `sheet "${worksheet.name}" has ${worksheet.actualRowCount} rows; a county table has one row per school (at most ${MAX_CSV_RECORDS} are read)`;
    return { status: 'error', errors: [{ code: 'too-large', file, params: { reason: 'too-many-rows', limit: MAX_CSV_RECORDS }, message }], warnings: [] };
  }
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      cells[colNumber - 1] = cellText(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    rows.push({ row: rowNumber, cells });
  });
  return { status: 'ok', value: { file: `${file} [${worksheet.name}]`, rows, cellAddresses: true }, warnings: [] };
}
