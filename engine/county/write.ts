/** Write a county back out as rows (canonical English or Chinese headers) and as RFC 4180 CSV. */
import type { ColumnSpec } from './columns.ts';
import type { County, School } from './types.ts';
import { COLUMNS, KIND_ALIASES, LEVEL_ALIASES, LOCATION_ALIASES, chineseHeader } from './columns.ts';

export interface WriteOptions {
  headers: 'en' | 'zh';
}

type Value = string | number | undefined;

export function columnValue(school: School, spec: ColumnSpec): Value {
  const t = spec.target;
  if ('field' in t) return school[t.field];
  if ('resource' in t) return school.resources[t.resource];
  return school.juniorResources?.[t.juniorResource];
}

/** First Chinese alias that maps to the value, e.g. 'teaching-point' → 教学点. */
function chineseValue(aliases: Readonly<Record<string, string>>, value: string): string {
  for (const [alias, v] of Object.entries(aliases)) {
    if (v === value && /[\u4e00-\u9fff]/.test(alias)) return alias;
  }
  return value;
}

const ZH_ALIASES: Partial<Record<ColumnSpec['type'], Readonly<Record<string, string>>>> = {
  level: LEVEL_ALIASES,
  kind: KIND_ALIASES,
  location: LOCATION_ALIASES,
};

function cell(value: Value, spec: ColumnSpec, headers: WriteOptions['headers']): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const aliases = ZH_ALIASES[spec.type];
  return headers === 'zh' && aliases ? chineseValue(aliases, value) : value;
}

/**
 * Header row, then one row per school. Only columns at least one school has are written;
 * columns the importer did not know (School.extra) follow under their original headers.
 */
export function countyToRows(county: County, options: WriteOptions): string[][] {
  const specs = COLUMNS.filter((spec) => county.schools.some((s) => columnValue(s, spec) !== undefined));
  const extras: string[] = [];
  for (const s of county.schools) {
    for (const key of Object.keys(s.extra)) if (!extras.includes(key)) extras.push(key);
  }
  const header = [...specs.map((spec) => (options.headers === 'zh' ? chineseHeader(spec) : spec.header)), ...extras];
  const rows = county.schools.map((s) => [
    ...specs.map((spec) => cell(columnValue(s, spec), spec, options.headers)),
    ...extras.map((key) => s.extra[key] ?? ''),
  ]);
  return [header, ...rows];
}

/** RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled; CRLF after every record. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}
