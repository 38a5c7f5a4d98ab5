/**
 * Property-based fuzzing of the county importers: whatever the bytes, importCounty resolves to a typed
 * result (never throws, never hangs), and an accepted county satisfies the importer's invariants.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { COLUMNS, PLAUSIBLE_MAX } from '../../../engine/county/columns.ts';
import { importCounty } from '../../../engine/county/import.ts';
import type { ImportResult } from '../../../engine/county/issues.ts';
import type { County } from '../../../engine/county/types.ts';

const FILE_NAMES = ['c.csv', 'c.xlsx', 'c.json', 'c.txt', 'c', 'c.xls', 'C.CSV'];
const HEADERS = COLUMNS.flatMap((c) => [c.header, ...c.aliases]);
const CELLS = ['420', '１２３', '1,500', '１，２３４', '-3', '0', '1e12', '1e400', '2023/9/1', '#DIV/0!', '=1+1', '', ' ', '—', '合计', 'primary', 'junior',
  'nine-year', '小学', '初中', '九年一贯制', 'urban', '乡村', '10.5', '"', '""', 'a,b', 'x\ny', '\uFEFF', 'NaN', 'Infinity', '0x1F', '１e３',
  'constructor', '__proto__', 'toString', 'hasOwnProperty'];
const RUNS = { numRuns: 250, interruptAfterTimeLimit: 8_000 } as const; // ms

/** Checks the result shape; for an accepted county, the invariants every consumer relies on. */
function expectWellFormed(result: ImportResult<County>, file: string): void {
  expect(['ok', 'error']).toContain(result.status);
  for (const issue of [...result.warnings, ...(result.status === 'error' ? result.errors : [])]) {
    expect(issue.file.startsWith(file)).toBe(true);
    expect(issue.message).toBeTypeOf('string');
    if (issue.row !== undefined) expect(Number.isInteger(issue.row)).toBe(true);
  }
  if (result.status === 'error') {
    expect(result.errors.length).toBeGreaterThan(0);
    return;
  }
  const ids = new Set<string>();
  for (const s of result.value.schools) {
    expect(s.id.trim()).not.toBe('');
    expect(ids.has(s.id)).toBe(false);
    ids.add(s.id);
    expect(['primary', 'junior', 'nine-year']).toContain(s.level);
    for (const coded of [s.kind, s.location]) if (coded !== undefined) expect(coded).toBeTypeOf('string');
    expect(Number.isInteger(s.students) && s.students > 0 && s.students <= PLAUSIBLE_MAX.students!).toBe(true);
    for (const v of Object.values(s.resources)) expect(Number.isFinite(v) && v >= 0).toBe(true);
    if (s.level === 'nine-year') expect(s.juniorStudents! <= s.students).toBe(true);
  }
}

async function importAndCheck(bytes: Uint8Array | string, fileName: string): Promise<void> {
  const result = await importCounty(bytes, { fileName });
  expectWellFormed(result, fileName);
}

const encode = (text: string, encoding: string): Uint8Array => {
  if (encoding === 'utf8') return new TextEncoder().encode(text);
  if (encoding === 'utf8-bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  if (encoding === 'utf16le-bom') return new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf16le')]);
  return new Uint8Array(iconv.encode(text, encoding));
};

/** Flips, inserts, deletes and truncates bytes of a valid file. */
const mutated = (original: Uint8Array) => fc.array(fc.tuple(fc.nat(original.length), fc.integer({ min: 0, max: 255 }), fc.constantFrom('flip', 'insert', 'delete', 'cut')), { minLength: 1, maxLength: 8 })
  .map((edits) => {
    let bytes = Array.from(original);
    for (const [at, byte, op] of edits) {
      const i = Math.min(at, Math.max(0, bytes.length - 1));
      if (op === 'flip') bytes[i] = byte;
      else if (op === 'insert') bytes.splice(i, 0, byte);
      else if (op === 'delete') bytes.splice(i, 1);
      else bytes = bytes.slice(0, Math.max(i, 1));
    }
    return new Uint8Array(bytes);
  });

describe('county import fuzz', () => {
  it('random bytes under any file name: a typed result', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(...FILE_NAMES), importAndCheck), RUNS);
  }, 30_000);

  it('random bytes that start like a zip, a BOM or an OLE2 file: a typed result', async () => {
    const heads = [[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xd0, 0xcf, 0x11, 0xe0]];
    await fc.assert(fc.asyncProperty(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 600 }), fc.constantFrom(...FILE_NAMES),
      (head, rest, name) => importAndCheck(new Uint8Array([...head, ...rest]), name)), RUNS);
  }, 30_000);

  it('CSV-like text with known headers, odd cells, any delimiter and encoding: a typed result', async () => {
    const cell = fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 8 }), fc.double().map(String), fc.integer().map(String));
    const table = fc.record({
      title: fc.boolean(),
      header: fc.shuffledSubarray(HEADERS, { minLength: 1, maxLength: 16 }),
      rows: fc.array(fc.array(cell, { maxLength: 18 }), { maxLength: 8 }),
      delimiter: fc.constantFrom(',', ';', '\t'),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      encoding: fc.constantFrom('utf8', 'utf8-bom', 'utf16le-bom', 'gbk', 'utf16le'),
    });
    await fc.assert(fc.asyncProperty(table, async (t) => {
      const lines = [...(t.title ? ['某县学校基础数据'] : []), t.header.join(t.delimiter), ...t.rows.map((r) => r.join(t.delimiter))];
      await importAndCheck(encode(lines.join(t.eol), t.encoding), 'fuzz.csv');
    }), RUNS);
  }, 30_000);

  it('valid rows with one cell replaced: accepted or refused naming that row', async () => {
    const text = readFileSync('data/sample-county.csv', 'utf8').trim().split('\n');
    const width = text[0]!.split(',').length;
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: text.length - 1 }), fc.nat(width - 1), fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 6 })), async (row, col, value) => {
      const lines = [...text];
      const cells = lines[row]!.split(',');
      cells[col] = /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
      lines[row] = cells.join(',');
      const result = await importCounty(lines.join('\n'), { fileName: 'one-cell.csv' });
      expectWellFormed(result, 'one-cell.csv');
      if (result.status === 'error') expect(result.errors.some((e) => e.row === row + 1 || e.row === undefined || e.code === 'duplicate-id')).toBe(true);
    }), RUNS);
  }, 30_000);

  it('mutated sample CSV and JSON bytes: a typed result', async () => {
    const csv = new Uint8Array(readFileSync('data/sample-county-gbk.csv'));
    const json = new Uint8Array(readFileSync('data/sample-county.json'));
    await fc.assert(fc.asyncProperty(mutated(csv), (bytes) => importAndCheck(bytes, 'gbk.csv')), { ...RUNS, numRuns: 200 });
    await fc.assert(fc.asyncProperty(mutated(json), (bytes) => importAndCheck(bytes, 'c.json')), { ...RUNS, numRuns: 200 });
  }, 30_000);

  it('any JSON value as a county file: a typed result', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.array(fc.dictionary(fc.constantFrom(...HEADERS), fc.jsonValue()))), (value) =>
      importAndCheck(JSON.stringify(value) ?? 'null', 'c.json')), RUNS);
  }, 30_000);

  it('mutated sample XLSX bytes: a typed result within seconds each', async () => {
    const xlsx = new Uint8Array(readFileSync('data/sample-county.xlsx'));
    await fc.assert(fc.asyncProperty(mutated(xlsx), async (bytes) => {
      const started = performance.now();
      await importAndCheck(bytes, 'c.xlsx');
      expect(performance.now() - started).toBeLessThan(3000); // ms; tens alone
    }), { ...RUNS, numRuns: 120 });
  }, 30_000);

  it('workbooks of random cell types (dates, formulas, errors, rich text, links, merges, hidden sheets): a typed result', async () => {
    const value: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
      fc.constantFrom(...CELLS), fc.double(), fc.integer(), fc.boolean(), fc.constant(null),
      fc.date({ noInvalidDate: true }),
      fc.record({ formula: fc.constantFrom('1+1', 'SUM(A1:A3)', 'B9*2'), result: fc.option(fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), { nil: undefined }) }),
      fc.constantFrom('#REF!', '#DIV/0!', '#N/A').map((error) => ({ error }) as ExcelJS.CellErrorValue),
      fc.string({ maxLength: 5 }).map((text) => ({ richText: [{ text }, { text: '人' }] })),
      fc.string({ maxLength: 5 }).map((text) => ({ text, hyperlink: 'http://example.invalid' })),
    ) as fc.Arbitrary<ExcelJS.CellValue>;
    const book = fc.record({
      header: fc.shuffledSubarray(HEADERS, { minLength: 3, maxLength: 14 }),
      rows: fc.array(fc.array(value, { maxLength: 14 }), { maxLength: 5 }),
      hiddenFirst: fc.boolean(),
      merge: fc.option(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))),
    });
    await fc.assert(fc.asyncProperty(book, async (b) => {
      const wb = new ExcelJS.Workbook();
      if (b.hiddenFirst) wb.addWorksheet('说明').state = 'hidden';
      const ws = wb.addWorksheet('学校');
      ws.addRow(b.header);
      for (const r of b.rows) ws.addRow(r);
      if (b.merge) ws.mergeCells(b.merge[0], b.merge[1], b.merge[0] + b.merge[2], b.merge[1] + b.merge[3]);
      await importAndCheck(new Uint8Array(await wb.xlsx.writeBuffer()), 'book.xlsx');
    }), { ...RUNS, numRuns: 60 });
  }, 30_000);
});
