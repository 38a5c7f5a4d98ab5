/**
 * Writes the bad-input corpus in tests/fixtures/bad/ and its README manifest (from expected.json).
 * Deterministic: `node --import tsx scripts/make-bad-corpus.ts`. The 50 MB file is made by the tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync, constants } from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const DIR = 'tests/fixtures/bad';
const EN = 'id,name,level,students,classes,degree_teachers,backbone_teachers,pe_art_teachers,teaching_area_m2,sports_area_m2,equipment_value_yuan,multimedia_rooms'.split(',');
const ZH = '学校代码,学校名称,学段,在校生数,班级数,高于规定学历教师数,骨干教师数,体育艺术专任教师数,教学及辅助用房面积,体育运动场馆面积,教学仪器设备值,网络多媒体教室数'.split(',');
const ROWS = [
  ['S01', '城关一小', 'primary', '420', '10', '22', '5', '4', '2000', '3500', '900000', '10'],
  ['S02', '河口小学', 'primary', '310', '8', '15', '3', '3', '1500', '2600', '640000', '8'],
  ['S03', '城关中学', 'junior', '900', '18', '60', '10', '8', '5400', '9500', '2300000', '22'],
];
const ZH_LEVEL: Record<string, string> = { primary: '小学', junior: '初中' };

type Row = string[];
const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csv = (rows: Row[], sep = ',', eol = '\r\n') => rows.map((r) => r.map(quote).join(sep)).join(eol) + eol;
/** The three base rows with cell `col` of school `index` replaced. */
const withCell = (index: number, col: string, value: string): Row[] =>
  ROWS.map((r, i) => (i === index ? r.map((c, j) => (EN[j] === col ? value : c)) : r));
const zhRows = (rows: Row[]) => rows.map((r) => r.map((c, j) => (j === 2 ? ZH_LEVEL[c] ?? c : c)));
const utf8 = (text: string) => Buffer.from(text, 'utf8');

function pseudoRandomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

interface ZipPart { name: string; deflated: Buffer; crc: number; size: number; declaredSize?: number }

const part = (name: string, text: string): ZipPart => {
  const data = utf8(text);
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
};

/** A part of `megabytes` MiB of spaces after `head`, deflated from one repeated full-flush block. */
function bombPart(name: string, head: string, megabytes: number, declaredSize?: number): ZipPart {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const block = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const headBlock = deflateRawSync(utf8(head), { finishFlush: constants.Z_FULL_FLUSH });
  const deflated = Buffer.concat([headBlock, ...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00])]);
  let crc = crc32(utf8(head));
  for (let i = 0; i < megabytes; i++) crc = crc32(chunk, crc);
  return { name, deflated, crc, size: utf8(head).length + megabytes * chunk.length, declaredSize };
}

function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = utf8(p.name);
    const size = p.declaredSize ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14); local.writeUInt32LE(p.deflated.length, 18); local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc >>> 0, 16); central.writeUInt32LE(p.deflated.length, 20); central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + p.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const WORKBOOK_PARTS = () => [
  part('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
  part('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
  part('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="学校" sheetId="1" r:id="rId1"/></sheets></workbook>'),
  part('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
];
const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

const FIXED_TIME = Date.UTC(2026, 0, 1);

/** Workbook bytes that do not change from run to run: the zip's file dates come from `new Date()`. */
async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: []) {
      if (args.length === 0) super(FIXED_TIME);
      else super(...(args as unknown as [number]));
    }
    static override now(): number {
      return FIXED_TIME;
    }
  }
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(FIXED_TIME);
  wb.modified = wb.created;
  build(wb);
  globalThis.Date = FixedDate as DateConstructor;
  try {
    return Buffer.from(await wb.xlsx.writeBuffer());
  } finally {
    globalThis.Date = RealDate;
  }
}
const typed = (r: Row) => r.map((c, j) => (j >= 3 ? Number(c) : c));
const schoolSheet = (wb: ExcelJS.Workbook, rows: (string | number | ExcelJS.CellValue)[][], name = '学校') => {
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  return ws;
};

const csvFiles: Record<string, Buffer> = {
  'gbk-chinese-headers.csv': iconv.encode(csv([ZH, ...zhRows(ROWS)]), 'gbk'),
  'gbk-bad-value.csv': iconv.encode(csv([ZH, ...zhRows(withCell(1, 'students', '很多'))]), 'gbk'),
  'utf8-bom.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(csv([EN, ...ROWS]))]),
  'utf16le-bom-tabs.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csv([ZH, ...zhRows(ROWS)], '\t'), 'utf16le')]),
  'utf16be-bom.csv': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(csv([EN, ...ROWS]), 'utf16-be')]),
  'utf16le-no-bom.csv': iconv.encode(csv([ZH, ...zhRows(ROWS)]), 'utf16le'),
  'full-width-digits.csv': utf8(csv([EN, ...withCell(0, 'students', '１２３４').map((r, i) => (i === 0 ? r.map((c, j) => (j === 4 ? '３０' : c)) : r))])),
  'thousands-separators.csv': utf8(csv([EN, ...withCell(0, 'students', '1,500').map((r, i) => (i === 0 ? r.map((c, j) => (j === 10 ? '１，２３４，５６７' : c)) : r))])),
  'blank-rows-middle.csv': utf8(csv([EN, ROWS[0]!, [], EN.map(() => ''), ROWS[1]!, [''], ROWS[2]!])),
  'totals-row.csv': utf8(csv([EN, ...ROWS, ['合计', '', '', '1630', '36', '97', '18', '15', '8900', '15600', '3840000', '40']])),
  'repeated-header.csv': utf8(csv([EN, ROWS[0]!, ROWS[1]!, EN, ROWS[2]!])),
  'duplicate-ids.csv': utf8(csv([EN, ROWS[0]!, ROWS[1]!, ROWS[0]!.map((c, j) => (j === 1 ? '城关一小东校区' : c)), ROWS[2]!])),
  'negative-values.csv': utf8(csv([EN, ...withCell(1, 'backbone_teachers', '-3')])),
  'absurd-students.csv': utf8(csv([EN, ...withCell(0, 'students', '1e12')])),
  'absurd-equipment.csv': utf8(csv([EN, ...withCell(2, 'equipment_value_yuan', '230000000000000')])),
  'missing-level-column.csv': utf8(csv([EN, ...ROWS].map((r) => r.filter((_, j) => j !== 2)))),
  'missing-level-values.csv': utf8(csv([EN, ...withCell(1, 'level', '')])),
  'unknown-level.csv': utf8(csv([EN, ...withCell(0, 'level', '高中')])),
  'prototype-keys.csv': utf8(csv([EN, ...withCell(0, 'level', 'constructor').map((r, i) => (i === 1 ? r.map((c, j) => (j === 2 ? '__proto__' : c)) : r))])),
  'date-in-students.csv': utf8(csv([EN, ...withCell(1, 'students', '2023/9/1')])),
  'decimal-classes.csv': utf8(csv([EN, ...withCell(0, 'classes', '10.5')])),
  'zero-students.csv': utf8(csv([EN, ...withCell(2, 'students', '0')])),
  'header-only.csv': utf8(csv([EN])),
  'empty.csv': Buffer.alloc(0),
  'whitespace-only.csv': utf8('  \r\n\t\r\n   \r\n'),
  'random-binary.csv': pseudoRandomBytes(2048, 7),
  'unclosed-quote.csv': utf8(`${EN.join(',')}\r\n${ROWS[0]!.join(',')}\r\nS02,"河口小学,primary,310,8,15,3,3,1500,2600,640000,8\r\n${ROWS[2]!.join(',')}\r\n`),
  'excel-error-values.csv': utf8(csv([EN, ...withCell(2, 'equipment_value_yuan', '#DIV/0!')])),
  'units-in-cells.csv': utf8(csv([EN, ...withCell(0, 'students', '420人')])),
  'nine-year-without-junior.csv': utf8(csv([EN, ...withCell(2, 'level', 'nine-year')])),
  'notes-below-table.csv': utf8(csv([EN, ...ROWS, [], ['注：数据来源于2025年教育事业统计年报。'], ['填表人：张三', '审核人：李四']])),
  'duplicate-columns.csv': utf8(csv([[...EN, '学校代码'], ...ROWS.map((r) => [...r, r[0]!])])),
  'semicolon-delimited.csv': utf8(csv([EN, ...ROWS], ';')),
  'formula-injection.csv': utf8(csv([EN, ...withCell(1, 'students', '=HYPERLINK("http://x","310")')])),
  'legacy-excel.xls': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), pseudoRandomBytes(1016, 11)]),
  'csv-named-xlsx.xlsx': utf8(csv([EN, ...ROWS])),
  'wrong-types.json': utf8(JSON.stringify({ schools: ROWS.map((r, i) => Object.fromEntries(EN.map((h, j) => [h, i === 1 && h === 'students' ? 'many' : j >= 3 ? Number(r[j]) : r[j]]))) }, null, 2)),
  'deep-nesting.json': utf8(`{"schools": [${ROWS.map((r) => JSON.stringify(Object.fromEntries(EN.map((h, j) => [h, r[j]])))).join(', ')}, ${'['.repeat(50_000)}${']'.repeat(50_000)}]}`),
  'not-a-county.json': utf8('{"county": "某县", "schools": {"S01": 420}}\n'),
  'hidden-characters-in-names.csv': utf8(csv([EN, ...withCell(0, 'name', '城关\u001b[31m一小\u0000').map((r, i) => (i === 1 ? r.map((c, j) => (j === 1 ? '河口\u202e学小' : c)) : r))])),
  'zero-width-id.csv': utf8(csv([EN, ...withCell(1, 'id', 'S02\u200b')])),
  'full-width-duplicate-id.csv': utf8(csv([EN, ...ROWS, ROWS[0]!.map((c, j) => (j === 0 ? 'Ｓ０１' : j === 1 ? '城关一小分校' : c))])),
  'utf8-with-one-gbk-row.csv': Buffer.concat([utf8(csv([ZH, ...zhRows(ROWS.slice(0, 1))])), iconv.encode(csv(zhRows(ROWS.slice(1, 2))), 'gbk'), utf8(csv(zhRows(ROWS.slice(2))))]),
  'utf8-truncated-character.csv': Buffer.concat([utf8(csv([ZH, ...zhRows(ROWS.slice(0, 2))])), utf8(csv(zhRows(ROWS.slice(2)))).subarray(0, 4), Buffer.from([0xe5, 0x9f]), utf8(csv(zhRows(ROWS.slice(2)))).subarray(4)]),
  'school-name-too-long.csv': utf8(csv([EN, ...withCell(0, 'name', '校'.repeat(201))])),
};

const xlsxFiles: Record<string, () => Promise<Buffer>> = {
  'merged-cells.xlsx': () => workbook((wb) => {
    const ws = schoolSheet(wb, [['某县义务教育学校基础数据（2025年）'], EN, ...ROWS.map(typed)]);
    ws.mergeCells('A1:L1');
    ws.mergeCells('C3:C4'); // "primary" written once for S01 and S02
  }),
  'cover-sheet-first.xlsx': () => workbook((wb) => {
    const cover = wb.addWorksheet('封面');
    cover.addRow(['某县义务教育学校办学条件统计表']);
    cover.addRow(['填报单位：县教育局', '', '2025年9月']);
    schoolSheet(wb, [EN, ...ROWS.map(typed)]);
  }),
  'hidden-first-sheet.xlsx': () => workbook((wb) => {
    const info = wb.addWorksheet('填表说明');
    info.state = 'hidden';
    info.addRow(['学校代码', '说明']);
    info.addRow(['此表不是数据', '']);
    schoolSheet(wb, [EN, ...ROWS.map(typed)]);
  }),
  'formulas.xlsx': () => workbook((wb) => {
    const ws = schoolSheet(wb, [EN, ...ROWS.map(typed)]);
    ws.getCell('D2').value = { formula: '400+20', result: 420 };
    ws.addRow(['合计', '', '', ...EN.slice(3).map((_, j) => {
      const letter = String.fromCharCode(68 + j);
      return { formula: `SUM(${letter}2:${letter}4)`, result: ROWS.reduce((s, r) => s + Number(r[3 + j]), 0) };
    })]);
  }),
  'formula-without-value.xlsx': () => workbook((wb) => {
    const ws = schoolSheet(wb, [EN, ...ROWS.map(typed)]);
    ws.getCell('D3').value = { formula: 'B9*2' } as ExcelJS.CellFormulaValue;
  }),
  'dates-in-numbers.xlsx': () => workbook((wb) => {
    const ws = schoolSheet(wb, [EN, ...ROWS.map(typed)]);
    ws.getCell('D3').value = new Date(Date.UTC(2023, 8, 1));
  }),
  'text-numbers.xlsx': () => workbook((wb) => {
    schoolSheet(wb, [EN, ...withCell(0, 'students', '1,500').map((r, i) => (i === 1 ? r.map((c, j) => (j === 4 ? '８' : c)) : r))]);
  }),
  'error-cells.xlsx': () => workbook((wb) => {
    const ws = schoolSheet(wb, [EN, ...ROWS.map(typed)]);
    ws.getCell('J4').value = { error: '#REF!' };
  }),
  'truncated.xlsx': async () => {
    const whole = await workbook((wb) => void schoolSheet(wb, [EN, ...ROWS.map(typed)]));
    return whole.subarray(0, Math.floor(whole.length / 2));
  },
  'zip-bomb.xlsx': async () => zip([...WORKBOOK_PARTS(), bombPart('xl/worksheets/sheet1.xml', SHEET_HEAD, 1000)]),
  'zip-bomb-lying-sizes.xlsx': async () => zip([...WORKBOOK_PARTS(), bombPart('xl/worksheets/sheet1.xml', SHEET_HEAD, 200, 4096)]),
};

const base = (extra = '') => `name: 坏输入测试 bad input\nhorizon: [2026, 2027, 2028]\nbudget:\n  perYear: 10000000 # yuan\n${extra}`;
const laughs = ['a: &a ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]'];
for (let i = 1; i < 9; i++) {
  const prev = String.fromCharCode(96 + i);
  laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(', ')}]`);
}
const scenarioFiles: Record<string, string> = {
  'alias-bomb.yaml': `${base()}# billion laughs: 9^9 strings if every alias were expanded\n${laughs.join('\n')}\n`,
  'custom-tags.yaml': `${base()}description: !!js/function "function () { return process.exit(1) }"\ninteger: !custom yes\n`,
  'unknown-keys.yaml': `${base('  reserve: 500000\n')}budgetPerYear: 10000000\nobjectve:\n  kind: floor\n`,
  'wrong-types.yaml': `name: 坏输入测试 bad input\nhorizon: [2026, 2027, 2028]\nbudget:\n  perYear: 一千万\ninteger: "yes"\n`,
  'duplicate-keys.yaml': `${base()}budget:\n  perYear: 20000000\n`,
  'tab-indentation.yaml': `name: 坏输入测试 bad input\nbudget:\n\tperYear: 10000000\n`,
  'comments-only.yaml': '# 方案待填写\n# to be written\n',
  'horizon-too-long.yaml': base().replace('[2026, 2027, 2028]', `[${Array.from({ length: 11 }, (_, i) => 2026 + i).join(', ')}]`),
  'budget-years-mismatch.yaml': base().replace('perYear: 10000000', 'perYear: [10000000, 10000000]'),
  'merge-key.yaml': `defaults: &defaults\n  carryOver: true\n${base().replace('budget:\n', 'budget:\n  <<: *defaults\n')}`,
  'budget-absurd.yaml': base().replace('perYear: 10000000', 'perYear: 1e308'),
  'project-area-absurd.yaml': `${base()}construction:\n  projects:\n    - { id: P1, school: S01, kind: teaching, area: 1e306 } # m², cost would overflow to Infinity\n`,
  'solver-time-limit-huge.yaml': `${base()}solver:\n  timeLimitSeconds: 1e300 # a timer of this many ms overflows and fires at once\n`,
  'horizon-negative.yaml': base().replace('[2026, 2027, 2028]', '[-3, -2, -1]'),
  'horizon-huge.yaml': base().replace('[2026, 2027, 2028]', '[999999999, 1000000000, 1000000001]'),
  'horizon-reversed.yaml': base().replace('[2026, 2027, 2028]', '[2028, 2027, 2026]'),
  'name-too-long.yaml': base().replace('name: 坏输入测试 bad input', `name: ${'名'.repeat(201)}`),
  'deep-nesting.yaml': `${base()}description: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
  'school-id-zero-width.yaml': `${base()}construction:\n  projects:\n    - { id: P1, school: "S01\\u200b", kind: teaching, area: 500 } # S01 and a zero-width space\n`,
  'school-id-full-width.yaml': `${base()}integer: false\nenrollment:\n  schools: { Ｓ００１: 0.02 }\nconstruction:\n  projects:\n    - { id: P1, school: Ｓ００２, kind: teaching, area: 500 }\n`,
  'anchors-ok.yaml': `${base()}integer: false\nenrollment:\n  growth: { default: 0 }
costs: { teacherPerYear: &pay 100000, backboneTeacherPerYear: *pay }\npolicy:\n  rotation: { minShare: 0.1 }\n`,
};

const README_HEAD = `# Bad-input corpus

What planners' spreadsheets hold, and what Junheng answers. Made by \`node --import tsx scripts/make-bad-corpus.ts\`
from the generator and \`expected.json\`, which the tests read: tests/engine/county/bad-corpus.test.ts (importer and
scenario parser), tests/engine/cli/bad-corpus.test.ts (\`junheng evaluate FILE --json\`, \`junheng solve DATA SCENARIO\`)
and tests/server/bad-corpus.test.ts (\`POST /api/datasets\`, \`POST\`/\`PUT /api/scenarios\`). The outcome column is the
engine's; the CLI exits 2 for every error with the problems on stderr, each naming file, row and column (cell, value);
the API answers the HTTP status listed with \`{error, message, problems: [{file, row, column, cell, value, message}]}\`
and stores nothing.

## Interpretations and limits

- Read as the planner meant: full-width digits and commas (１２３，４５６), thousands separators ("1,500"),
  numbers stored as text in XLSX, merged cells (the top-left value fills the merged range), totals rows
  (合计, 总计, 小计), notes under the table (注：…, 填表人：…) and repeated header rows skipped with a warning, blank rows
  skipped, UTF-8 with or without BOM, UTF-16 with or without BOM, otherwise GBK/GB18030 (a file mostly UTF-8 is
  never decoded whole as GBK: its other lines are read on their own, with a warning naming them); the first visible sheet
  that has a header row.
- Refused with a clear message: dates, formulas without a saved value and error values (#DIV/0!) in number cells;
  values past what one school can hold (engine/county/columns.ts PLAUSIBLE_MAX: 100,000 students, 10,000
  teachers, 10 km², 10 billion yuan); Excel 97–2003 .xls; a quote that never closes.
- Size: county files over 20 MB are refused (the CLI checks the size before reading, so the 50 MB file costs
  nothing; the API's upload limit answers 413); an XLSX whose parts would unpack past 32 MB, or that unpack to more
  than their directory declares, is refused before exceljs sees it (zip bombs: 413); at most 50,000 rows and 16,384
  cells a row are read, and reading stops after 200 problems. The server parses uploads in two low-priority import
  threads (512 MB heap each, so its own thread keeps answering), stores at most 10,000 schools per county (413), reads
  at most 12 uploads at once (429) and gives up on one after 120 s (503); \`npm run load -- --hostile-uploads 8\`
  measures /api/health and the server's event loop while 8 hostile uploads are parsed.
- Names and ids: control characters (terminal escapes, NUL) and bidirectional overrides are removed from school,
  dataset and scenario names; a name longer than 200 characters is refused; an id holding an invisible, control or
  bidi character (S02 followed by a zero-width space) is refused; ids are compared after NFKC, so Ｓ０１ repeats S01
  (and is stored as S01); a scenario naming a school (projects, per-school growth, tables, uncertainty) is read
  the same way: Ｓ０１ names S01, an id with a hidden character is refused naming its field.
  The CLI prints any such character left in its output as \\u{…}.
- Scenarios: plan years from 2000 to 2100, increasing and consecutive; at most 1,000,000 characters, lists and maps nested at most 64 deep, at most 100 alias expansions, no
  custom or language tags, no YAML 1.1 merge keys, no unknown keys; money at most 1e13 yuan, a project at most
  1e7 m², a solver time limit at most one day.
- HTTP: 400 not a county file (empty, unreadable, not a zip) or a malformed request, 413 too large, 422 a county
  table with bad rows or columns, or a scenario valid against the schema that cannot be built.

`;

async function main(): Promise<void> {
  const written: Record<string, Buffer> = { ...csvFiles };
  for (const [name, make] of Object.entries(xlsxFiles)) written[name] = await make();
  for (const [name, text] of Object.entries(scenarioFiles)) written[name] = utf8(text);
  for (const [name, bytes] of Object.entries(written)) writeFileSync(join(DIR, name), bytes);

  const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, { what: string; outcome: string; codes?: string[]; http: number; generated?: boolean }>;
  const unlisted = Object.keys(written).filter((n) => !(n in expected));
  const missing = Object.keys(expected).filter((n) => !(n in written) && !expected[n]!.generated);
  if (unlisted.length || missing.length) throw new Error(`expected.json out of step: unlisted ${unlisted.join(', ')}; missing ${missing.join(', ')}`);
  const lines = Object.entries(expected).map(([name, e]) =>
    `| \`${name}\`${e.generated ? ' (generated by the tests)' : ''} | ${e.what} | ${e.outcome}${e.codes?.length ? ` (${e.codes.join(', ')})` : ''} | ${e.http} |`);
  writeFileSync(join(DIR, 'README.md'), `${README_HEAD}| file | what is wrong or unusual | outcome | HTTP |\n|---|---|---|---|\n${lines.join('\n')}\n`);
  console.log(`${Object.keys(written).length} files written to ${DIR}`);
}

await main();
