/** Spreadsheet-like rows (from CSV, XLSX or JSON) → typed county data, with every problem reported at once. */
import { cleanName, idKey, idProblem, printable } from './clean-text.ts';
import { COLUMNS, KIND_ALIASES, LEVEL_ALIASES, LOCATION_ALIASES, PLAUSIBLE_MAX, type ColumnSpec } from './columns.ts';
import { columnLetter, type ImportIssue, type ImportResult } from './issues.ts';
import { MULTI_PART_LEVELS, type County, type Resources, type School } from './types.ts';
import { normalizeKey, readNumber } from './values.ts';

export interface SheetRow {
  /** Row number as the user sees it (spreadsheet row, CSV line, JSON record). */
  row: number;
  cells: string[];
}

export interface Sheet {
  file: string;
  rows: SheetRow[];
  /** JSON records have no cell letters. */
  cellAddresses: boolean;
}

const SPEC_BY_KEY = new Map<string, ColumnSpec>();
for (const spec of COLUMNS) {
  for (const name of [spec.header, ...spec.aliases]) SPEC_BY_KEY.set(normalizeKey(name), spec);
}
const TOTAL_ROW = /^(合计|总计|小计|total|sum)$/i;
/** A note under the table (注：…, 填表人：…): one or two filled cells, the first starting with one of these. */
const NOTE_ROW = /^(注|说明|备注|填表|填报|审核|制表|负责人|单位负责人|数据来源|资料来源|note)/i;
const CODE_TABLES = { level: LEVEL_ALIASES, kind: KIND_ALIASES, location: LOCATION_ALIASES } as const;
/** Problems listed before reading stops: enough to see the pattern, bounded for a file that is all wrong. */
export const MAX_PROBLEMS = 200;

export function findColumn(header: string): ColumnSpec | undefined {
  return SPEC_BY_KEY.get(normalizeKey(header));
}

/** The header is the first row (of the first 20) that names at least three known columns. */
function findHeader(rows: SheetRow[]): number {
  for (let i = 0; i < Math.min(rows.length, 20); i++) {
    const known = rows[i]!.cells.filter((c) => findColumn(c) !== undefined).length;
    if (known >= 3) return i;
  }
  return rows.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
}

export function sheetToCounty(sheet: Sheet): ImportResult<County> {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const file = sheet.file;
  const headerIndex = findHeader(sheet.rows);
  if (headerIndex < 0) {
    return { status: 'error', errors: [{ code: 'empty-file', file, message: 'the file is empty' }], warnings };
  }
  const headerRow = sheet.rows[headerIndex]!;
  const headerRowNo = sheet.cellAddresses ? headerRow.row : undefined; // JSON has no header row to point at
  const at = (col: number, row: number) => (sheet.cellAddresses ? `${columnLetter(col)}${row}` : undefined);

  const specs: (ColumnSpec | undefined)[] = [];
  const seen = new Map<ColumnSpec, number>();
  const ignoredColumns: string[] = [];
  headerRow.cells.forEach((raw, col) => {
    const header = raw.trim();
    const spec = header === '' ? undefined : findColumn(header);
    if (spec && seen.has(spec)) {
      errors.push({
        code: 'duplicate-column', file, row: headerRowNo, column: header, cell: at(col, headerRow.row),
        params: { header, other: headerRow.cells[seen.get(spec)!]!.trim(), field: spec.header },
        message: `column "${header}" means the same as column "${headerRow.cells[seen.get(spec)!]!.trim()}" (${spec.header})`,
      });
      specs.push(undefined);
      return;
    }
    if (spec) seen.set(spec, col);
    else if (header !== '') {
      ignoredColumns.push(header);
      warnings.push({ code: 'ignored-column', file, row: headerRowNo, column: header, cell: at(col, headerRow.row), params: { header }, message: `column "${header}" is not used; kept as extra data` });
    }
    specs.push(spec);
  });
  for (const spec of COLUMNS) {
    if (spec.required && !seen.has(spec)) {
      errors.push({
        code: 'missing-column', file, row: headerRowNo, column: spec.header, params: { header: spec.header, aliases: spec.aliases.join(', ') },
        message: `required column "${spec.header}" is missing (also accepted: ${spec.aliases.join(', ')})`,
      });
    }
  }
  if (errors.some((e) => e.code === 'missing-column')) return { status: 'error', errors, warnings };

  const schools: School[] = [];
  const idRows = new Map<string, number>();
  for (const sheetRow of sheet.rows.slice(headerIndex + 1)) {
    const { row, cells } = sheetRow;
    if (errors.length >= MAX_PROBLEMS) {
      errors.push({ code: 'too-many-problems', file, row, params: { count: errors.length, row }, message: `${errors.length} problems found; reading stopped at row ${row}. Fix these and import again` });
      break;
    }
    if (cells.every((c) => c.trim() === '')) continue;
    const idText = (cells[seen.get(COLUMNS[0]!)!] ?? '').trim();
    const nameText = (cells[seen.get(COLUMNS[1]!)!] ?? '').trim();
    if (TOTAL_ROW.test(normalizeKey(idText)) || TOTAL_ROW.test(normalizeKey(nameText))) {
      warnings.push({ code: 'skipped-row', file, row, params: { reason: 'totals', row, text: idText || nameText }, message: `row ${row} is a totals row ("${idText || nameText}") and was skipped` });
      continue;
    }
    if (headerRow.cells.every((h, i) => h.trim() === (cells[i] ?? '').trim())) {
      warnings.push({ code: 'skipped-row', file, row, params: { reason: 'header', row }, message: `row ${row} repeats the header and was skipped` });
      continue;
    }
    const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length <= 2 && NOTE_ROW.test(filled[0]!.normalize('NFKC'))) {
      warnings.push({ code: 'skipped-row', file, row, params: { reason: 'note', row, text: filled[0]!.slice(0, 40) }, message: `row ${row} is a note ("${filled[0]!.slice(0, 40)}") and was skipped` });
      continue;
    }
    const idCol = seen.get(COLUMNS[0]!)!;
    const firstRow = idText === '' ? undefined : idRows.get(idKey(idText));
    if (firstRow !== undefined) {
      errors.push({
        code: 'duplicate-id', file, row, column: headerRow.cells[idCol]!.trim(), cell: at(idCol, row), value: idText,
        params: { id: printable(idText), firstRow, ...(idText.normalize('NFKC') !== idText ? { reason: 'nfkc' } : {}) },
        message: `school id "${printable(idText)}" already used on row ${firstRow}${idText.normalize('NFKC') !== idText ? ' (ids are compared after NFKC: full-width and half-width forms are the same id)' : ''}`,
      });
    } else if (idText !== '') idRows.set(idKey(idText), row);
    const school = readSchool(sheetRow, specs, headerRow.cells, file, at, errors, warnings);
    if (!school || firstRow !== undefined) continue;
    schools.push(school);
  }
  if (schools.length === 0 && errors.length === 0) {
    errors.push({ code: 'no-data-rows', file, row: headerRowNo, params: {}, message: 'the file has a header but no school rows' });
  }
  if (errors.length > 0) return { status: 'error', errors, warnings };
  return { status: 'ok', value: { source: file, schools, ignoredColumns }, warnings };
}

type CellAddress = (col: number, row: number) => string | undefined;

function readSchool(
  sheetRow: SheetRow,
  specs: (ColumnSpec | undefined)[],
  headers: string[],
  file: string,
  at: CellAddress,
  errors: ImportIssue[],
  warnings: ImportIssue[],
): School | undefined {
  const { row, cells } = sheetRow;
  const before = errors.length;
  // Filled column by column; required fields are checked present before it is returned as a School.
  const school = { resources: {} as Resources, extra: {} as Record<string, string>, row } as Partial<School> & Pick<School, 'resources' | 'extra'>;
  const junior: NonNullable<School['juniorResources']> = {};
  const fail = (col: number, code: ImportIssue['code'], message: string, value?: string, params: ImportIssue['params'] = {}) =>
    errors.push({ code, file, row, column: headers[col]!.trim(), cell: at(col, row), value, params: { header: headers[col]!.trim(), ...params }, message });

  specs.forEach((spec, col) => {
    const text = (cells[col] ?? '').trim();
    if (!spec) {
      const header = headers[col]?.trim();
      if (header && text !== '') school.extra[header] = text;
      return;
    }
    if (text === '') {
      if (spec.required) fail(col, 'missing-value', `"${spec.header}" is empty`, undefined, { field: spec.header });
      return;
    }
    let value: unknown;
    if (spec.type === 'text' && 'field' in spec.target && spec.target.field === 'id') {
      const problem = idProblem(text);
      if (problem) return void fail(col, 'bad-id', problem.message, printable(text), { reason: 'hidden-characters', characters: problem.characters });
      value = idKey(text); // NFKC, as scenarios name schools: Ｓ０１ is stored, shown and matched as S01
    } else if (spec.type === 'text' && 'field' in spec.target && spec.target.field === 'name') {
      const checked = cleanName(text, 'school name');
      if ('problem' in checked) return void fail(col, 'bad-name', checked.problem, printable(text.slice(0, 60)), { ...checked.params });
      value = checked.name;
    } else if (spec.type === 'text') value = text;
    else if (spec.type === 'level' || spec.type === 'kind' || spec.type === 'location') {
      const table: Readonly<Record<string, string>> = CODE_TABLES[spec.type];
      const key = normalizeKey(text);
      value = Object.hasOwn(table, key) ? table[key] : undefined; // not inherited keys such as "constructor"
      if (value === undefined) {
        const allowed = [...new Set(Object.keys(table))].join(', ');
        fail(col, `bad-${spec.type}`, `"${text}" is not a valid ${spec.header}; use one of: ${allowed}`, text, { text, field: spec.header, allowed });
        return;
      }
    } else {
      const cell = readNumber(text);
      if (cell.kind === 'empty') {
        if (spec.required) fail(col, 'missing-value', `"${spec.header}" is empty`, text, { field: spec.header });
        return;
      }
      if (cell.kind === 'invalid') return void fail(col, 'not-a-number', notANumber(text), text, { text, reason: notANumberReason(text) });
      if (cell.value < 0) return void fail(col, 'negative', `must not be negative: ${text}`, text, { text });
      const max = PLAUSIBLE_MAX[spec.header];
      if (max !== undefined && cell.value > max) {
        return void fail(col, 'implausible-value', `${text} is beyond ${max}, the most one school can plausibly have; check the cell and its unit`, text, { text, limit: max });
      }
      if (spec.type === 'count' && !Number.isInteger(cell.value)) {
        return void fail(col, 'not-whole', `must be a whole number: ${text}`, text, { text });
      }
      value = cell.value;
    }
    const t = spec.target;
    if ('resource' in t) school.resources[t.resource] = value as number;
    else if ('juniorResource' in t) junior[t.juniorResource] = value as number;
    else (school as Record<string, unknown>)[t.field] = value;
  });
  if (errors.length > before) return undefined;

  const col = (header: string) => specs.findIndex((s) => s?.header === header);
  const s = school as School;
  if (s.students === 0) fail(col('students'), 'zero-students', 'a school must have students (found 0); leave closed schools out', '0');
  if (MULTI_PART_LEVELS.includes(s.level)) checkParts(s, junior, { file, row, headers, specs, at, fail, errors, warnings });
  else if (s.juniorStudents !== undefined || s.seniorStudents !== undefined || Object.keys(junior).length > 0) {
    const c = s.juniorStudents !== undefined ? col('junior_students') : s.seniorStudents !== undefined ? col('senior_students')
      : specs.findIndex((sp) => sp && 'juniorResource' in sp.target);
    warnings.push({
      code: 'ignored-value', file, row, column: headers[c]!.trim(), cell: at(c, row), params: { reason: 'parts-of-single-level', level: s.level },
      message: `junior- and senior-part columns apply only to nine-year, complete secondary and twelve-year schools; ignored for a ${s.level} school`,
    });
    delete s.juniorStudents;
    delete s.juniorClasses;
    delete s.seniorStudents;
  }
  if (errors.length > before) return undefined;
  return s;
}

interface RowContext {
  file: string;
  row: number;
  headers: string[];
  specs: (ColumnSpec | undefined)[];
  at: CellAddress;
  fail: (col: number, code: ImportIssue['code'], message: string, value?: string, params?: ImportIssue['params']) => void;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

const LEVEL_NAMES: Partial<Record<School['level'], string>> = {
  'nine-year': 'nine-year school (九年一贯制)', 'complete-secondary': 'complete secondary school (完全中学)', 'twelve-year': 'twelve-year school (十二年一贯制)',
};

/**
 * A multi-part school needs its junior students (and a twelve-year school its senior students); the parts
 * must fit in the whole. Without junior teacher columns its teacher indicators are split by students:
 * said in a warning naming the school, since both parts then get identical teacher values.
 */
function checkParts(s: School, junior: NonNullable<School['juniorResources']>, c: RowContext): void {
  const col = (header: string) => c.specs.findIndex((sp) => sp?.header === header);
  const missing = (header: string, code: ImportIssue['code'], zh: string) => {
    const i = col(header);
    c.errors.push({
      code, file: c.file, row: c.row, column: i >= 0 ? c.headers[i]!.trim() : header, cell: i >= 0 ? c.at(i, c.row) : undefined, params: { level: s.level, field: header },
      message: `a ${LEVEL_NAMES[s.level]} needs ${header} (${zh})`,
    });
  };
  if (s.juniorStudents === undefined) missing('junior_students', 'missing-junior-students', '初中在校生数');
  if (s.level === 'twelve-year' && s.seniorStudents === undefined) missing('senior_students', 'missing-senior-students', '高中在校生数');
  if (s.level === 'nine-year' && s.seniorStudents !== undefined) {
    const i = col('senior_students');
    c.warnings.push({ code: 'ignored-value', file: c.file, row: c.row, column: c.headers[i]!.trim(), cell: c.at(i, c.row), params: { reason: 'nine-year-senior' }, message: 'a nine-year school has no senior part; senior_students ignored' });
    delete s.seniorStudents;
  }
  const parts = (s.juniorStudents ?? 0) + (s.seniorStudents ?? 0);
  if (s.juniorStudents !== undefined && parts > s.students) {
    const what = s.seniorStudents !== undefined ? `junior_students + senior_students = ${parts}` : `junior_students ${parts}`;
    c.fail(col('junior_students'), 'junior-exceeds-students', `${what} exceeds students ${s.students}`, String(s.juniorStudents),
      { parts, students: s.students, ...(s.seniorStudents !== undefined ? { reason: 'with-senior' } : {}) });
  }
  for (const [key, value] of Object.entries(junior)) {
    const whole = s.resources[key as keyof Resources];
    if (whole !== undefined && value > whole) {
      const i = c.specs.findIndex((sp) => sp && 'juniorResource' in sp.target && sp.target.juniorResource === key);
      c.fail(i, 'junior-part-exceeds-total', `junior part ${value} exceeds the school total ${whole}`, String(value), { part: value, total: whole });
    }
  }
  if (Object.keys(junior).length > 0) s.juniorResources = junior;
  else {
    c.warnings.push({
      code: 'split-by-students', file: c.file, row: c.row, params: { id: s.id, name: s.name, level: s.level },
      message: `${s.id} ${s.name}: a ${LEVEL_NAMES[s.level]} without junior teacher columns (junior_degree_teachers, 初中高于规定学历教师数, …); ` +
        'its teachers are split between the parts by students, so every part gets the whole school\'s teachers per student (identical teacher indicators)',
    });
  }
}

const DATE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/;

/** Why a cell is not a number, for `params.reason`: a date, a formula without its value, a spreadsheet error, or text. */
function notANumberReason(text: string): 'date' | 'formula' | 'error-value' | 'text' {
  if (DATE.test(text)) return 'date';
  if (text.startsWith('=')) return 'formula';
  if (/^#[A-Z/0!?]+[!?]?$/.test(text)) return 'error-value';
  return 'text';
}

/** The message for a cell that is not a number, naming the likely cause. */
function notANumber(text: string): string {
  if (DATE.test(text)) return `not a number: "${text}" is a date; the cell may be formatted as a date — set it to a number format`;
  if (text.startsWith('=')) return `not a number: "${text}" is a formula saved without its value; open the file in Excel or WPS and save it again`;
  if (/^#[A-Z/0!?]+[!?]?$/.test(text)) return `not a number: "${text}" is a spreadsheet error value; fix the formula`;
  return `not a number: "${text}"`;
}
