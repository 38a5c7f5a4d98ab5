/**
 * CSV for Excel and WPS: UTF-8 with a byte-order mark (else Excel reads Chinese as mojibake), CRLF
 * lines, RFC 4180 quoting, and text that could start a formula prefixed with ' (formula injection).
 */
import { FORMULA_START, type SheetSpec } from './sheet.ts';

export const BOM = '\uFEFF';

function field(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6)) : String(v);
  if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One sheet's header and rows as CSV text, BOM first. */
export function sheetCsv(sheet: SheetSpec): string {
  const lines = [sheet.columns.map((c) => field(c.header)), ...sheet.rows.map((r) => sheet.columns.map((_, i) => field(r[i] ?? null)))];
  return BOM + lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}
