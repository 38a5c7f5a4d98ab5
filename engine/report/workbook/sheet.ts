/**
 * One worksheet laid out for planners: a header row in the chosen language (units in the header),
 * numbers as numbers, columns sized to their content, the header frozen and repeated on every printed
 * page, landscape A4 fitted to the page width. Text that a spreadsheet could read as a formula is
 * stored as text (shared string, cell format "@"), never as a formula.
 */
import type ExcelJS from 'exceljs';

export type CellValue = string | number | boolean | null;

export interface Column {
  header: string;
  /** Excel number format for numbers, e.g. '#,##0' for yuan. */
  numFmt?: string;
}

/** Text beginning with = + - @ tab or carriage return would start a formula (or DDE) in Excel, WPS and LibreOffice. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export const YUAN = '#,##0';
export const DECIMAL = '#,##0.0';
export const RATIO = '0.000';
export const COEFFICIENT = '0.0000';

/** Terminal-like width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1;
  return w;
}

function shown(value: CellValue, numFmt?: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return numFmt === YUAN ? Math.round(value).toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return String(value);
}

export interface SheetSpec {
  name: string;
  columns: Column[];
  rows: CellValue[][];
  /** Rows above the column headers (e.g. one naming each run's block); frozen with them. */
  bandRows?: CellValue[][];
  /** Indices (into rows) of total rows, set in bold. */
  totalRows?: number[];
}

export function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const bands = spec.bandRows ?? [];
  const headerRow = bands.length + 1;
  const ws = wb.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${headerRow}` },
  });
  for (const band of bands) setRow(ws.addRow([]), band, spec.columns, true);
  setRow(ws.addRow([]), spec.columns.map((c) => c.header), spec.columns.map(() => ({ header: '' })), true);
  const totals = new Set(spec.totalRows ?? []);
  spec.rows.forEach((r, i) => setRow(ws.addRow([]), r, spec.columns, totals.has(i)));
  spec.columns.forEach((c, i) => {
    const longest = Math.max(width(c.header), ...spec.rows.map((r) => width(shown(r[i] ?? null, c.numFmt))));
    ws.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
  return ws;
}

function setRow(row: ExcelJS.Row, values: readonly CellValue[], columns: readonly Column[], bold: boolean): void {
  values.forEach((v, i) => {
    if (v === null) return;
    const cell = row.getCell(i + 1);
    cell.value = v;
    if (typeof v === 'number' && columns[i]?.numFmt) cell.numFmt = columns[i]!.numFmt!;
    if (typeof v === 'string' && FORMULA_START.test(v)) cell.numFmt = '@';
  });
  if (bold) row.font = { bold: true };
}
