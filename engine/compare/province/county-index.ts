/**
 * The counties.csv index of a province batch: one row per county, a `file` (or `county`, 文件, 县) column
 * naming the county file and a budget column in yuan over the plan years. Problems name row and column.
 */
import { parseCsv } from '../../county/csv.ts';
import { columnLetter, type ImportIssue } from '../../county/issues.ts';
import { countyKey } from './budget.ts';

const KEY_HEADERS = ['file', 'county', '文件', '县', '县区', '区县'];

export function parseCountyIndex(text: string, file: string, column: string): { totals: Map<string, number> } | { errors: ImportIssue[] } {
  const records = parseCsv(text.replace(/^\uFEFF/, '')).records;
  const header = records[0]?.cells.map((c) => c.trim()) ?? [];
  const keyAt = header.findIndex((h) => KEY_HEADERS.includes(h.toLowerCase()));
  const valueAt = header.indexOf(column);
  const errors: ImportIssue[] = [];
  if (keyAt < 0) errors.push({ code: 'missing-column', file, row: 1, message: `no county column: add one named ${KEY_HEADERS.join(', ')}` });
  if (valueAt < 0) errors.push({ code: 'missing-column', file, row: 1, column, message: `no budget column "${column}" (headers: ${header.join(', ')})` });
  if (errors.length > 0) return { errors };
  const totals = new Map<string, number>();
  for (const record of records.slice(1)) {
    const key = countyKey(record.cells[keyAt] ?? '');
    const text = (record.cells[valueAt] ?? '').replace(/[,_\s]/g, '');
    const value = Number(text);
    const where = { file, row: record.line, column, cell: `${columnLetter(valueAt)}${record.line}`, value: record.cells[valueAt] ?? '' };
    if (text === '' || !Number.isFinite(value) || value < 0) errors.push({ code: 'not-a-number', ...where, message: 'the budget must be a number of yuan, 0 or more' });
    else if (key === '') errors.push({ code: 'missing-value', ...where, column: header[keyAt]!, cell: `${columnLetter(keyAt)}${record.line}`, message: 'no county named' });
    else if (totals.has(key)) errors.push({ code: 'duplicate-id', ...where, message: `county "${key}" appears twice` });
    else totals.set(key, value);
  }
  return errors.length > 0 ? { errors } : { totals };
}
