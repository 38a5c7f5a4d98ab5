import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importCounty } from '../../../engine/county/import.ts';
import type { ImportIssue } from '../../../engine/county/issues.ts';

const HEADER = 'id,name,level,students,classes,degree_teachers,backbone_teachers,pe_art_teachers,teaching_area_m2,sports_area_m2,equipment_value_yuan,multimedia_rooms';
const ROW = (id: string, level = 'primary', students = '420') => `${id},学校${id},${level},${students},10,22,5,4,2000,3500,900000,10`;

async function errorsOf(text: string | Uint8Array, fileName = 'county.csv'): Promise<ImportIssue[]> {
  const r = await importCounty(text, { fileName });
  if (r.status !== 'error') throw new Error('expected an import error');
  return r.errors;
}

describe('county import: good files', () => {
  it('reads canonical headers and keeps unknown columns as extra data', async () => {
    const r = await importCounty(`${HEADER},remark\n${ROW('A1')},新校区\n`, { fileName: 'c.csv' });
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    const s = r.value.schools[0]!;
    expect(s).toMatchObject({ id: 'A1', level: 'primary', students: 420, classes: 10, row: 2 });
    expect(s.resources).toMatchObject({ degreeTeachers: 22, backboneTeachers: 5, sportsArea: 3500, multimediaRooms: 10 });
    expect(s.extra).toEqual({ remark: '新校区' });
    expect(r.value.ignoredColumns).toEqual(['remark']);
    expect(r.warnings.map((w) => w.code)).toEqual(['ignored-column']);
  });

  it('reads Chinese headers, Chinese level names, GBK bytes, a BOM and a title row', async () => {
    const zh = '学校代码,学校名称,学段,在校生数,班级数,高于规定学历教师数,骨干教师数,体育艺术专任教师数,教学及辅助用房面积(平方米),体育运动场馆面积,教学仪器设备值,网络多媒体教室数,初中在校生数';
    const body = `某县义务教育学校基础数据,,,,,,,,,,,,\r\n${zh}\r\nA1,城关一小,小学,420,10,22,5,4,2000,3500,900000,10,\r\nA2,河口学校,九年一贯制,600,15,40,8,6,3000,5000,1300000,14,200\r\n`;
    for (const bytes of [iconv.encode(body, 'gbk'), new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)])]) {
      const r = await importCounty(bytes, { fileName: 'c.csv' });
      expect(r.status).toBe('ok');
      if (r.status !== 'ok') continue;
      expect(r.value.schools.map((s) => [s.name, s.level, s.juniorStudents])).toEqual([['城关一小', 'primary', undefined], ['河口学校', 'nine-year', 200]]);
      expect(r.value.schools[0]!.row).toBe(3);
    }
  });

  it('reads full-width digits, thousands separators, quoted fields and skips blank and totals rows', async () => {
    const text = `${HEADER}\n"A1","一小, 东校区",primary,"1,500",３４,22,5,4,2000,3500,"900,000",10\n\n${ROW('A2')}\n合计,,,,,,,,,,,\n`;
    const r = await importCounty(text, { fileName: 'c.csv' });
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.value.schools.map((s) => [s.name, s.students, s.classes, s.resources.equipmentValue])).toEqual([
      ['一小, 东校区', 1500, 34, 900000], ['学校A2', 420, 10, 900000]]);
    expect(r.warnings.some((w) => w.code === 'skipped-row' && w.row === 5)).toBe(true);
  });

  it('reads XLSX: first visible sheet, a named sheet, formula results', async () => {
    const wb = new ExcelJS.Workbook();
    const info = wb.addWorksheet('说明');
    info.state = 'hidden';
    info.addRow(['not data']);
    const ws = wb.addWorksheet('学校');
    ws.addRow(HEADER.split(','));
    ws.addRow(ROW('X1').split(',').map((c, i) => (i >= 3 ? Number(c) : c)));
    ws.getCell('D2').value = { formula: '400+20', result: 420 };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const first = await importCounty(bytes, { fileName: 'c.xlsx' });
    const named = await importCounty(bytes, { fileName: 'c.xlsx', sheet: '学校' });
    for (const r of [first, named]) {
      expect(r.status).toBe('ok');
      if (r.status === 'ok') expect(r.value.schools[0]).toMatchObject({ id: 'X1', students: 420 });
    }
    const wrong = await importCounty(bytes, { fileName: 'c.xlsx', sheet: 'Sheet9' });
    expect(wrong.status).toBe('error');
    if (wrong.status === 'error') {
      expect(wrong.errors[0]).toMatchObject({ code: 'wrong-sheet', file: 'c.xlsx' });
      expect(wrong.errors[0]!.message).toContain('学校');
    }
  });

  it('reads JSON with canonical keys', async () => {
    const school = Object.fromEntries(HEADER.split(',').map((h, i) => [h, ROW('J1').split(',')[i]]));
    const r = await importCounty(JSON.stringify({ schools: [{ ...school, students: 420 }] }), { fileName: 'c.json' });
    expect(r.status === 'ok' && r.value.schools[0]!.students).toBe(420);
  });
});

describe('county import: bad input names file, row and column, all at once', () => {
  it('empty file', async () => {
    expect((await errorsOf('', 'empty.csv'))[0]).toMatchObject({ code: 'empty-file', file: 'empty.csv' });
    expect((await errorsOf(new Uint8Array(), 'empty.xlsx'))[0]!.code).toBe('empty-file');
  });

  it('header only', async () => {
    expect((await errorsOf(`${HEADER}\n`))[0]).toMatchObject({ code: 'no-data-rows' });
  });

  it('missing required column', async () => {
    const errors = await errorsOf(`${HEADER.replace(',backbone_teachers', '')}\nA1,x,primary,420,10,22,4,2000,3500,900000,10\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'missing-column', column: 'backbone_teachers', row: 1 });
    expect(errors[0]!.message).toContain('骨干教师数');
  });

  it('every row problem in one report: non-number, negative, duplicate id, zero students, bad level', async () => {
    const text = [HEADER,
      'A1,一小,primary,420,10,abc,5,4,2000,3500,900000,10',
      'A2,二小,primary,420,10,22,-3,4,2000,3500,900000,10',
      ROW('A3'), ROW('A3'),
      ROW('A4', 'primary', '0'),
      ROW('A5', 'high-school'),
      'A6,六小,primary,420.5,10,22,5,4,2000,3500,900000,10',
      'A7,,primary,420,10,22,5,4,2000,3500,900000,10',
    ].join('\n');
    const errors = await errorsOf(text, 'bad.csv');
    const brief = errors.map((e) => [e.code, e.row, e.column, e.cell]);
    expect(brief).toEqual([
      ['not-a-number', 2, 'degree_teachers', 'F2'],
      ['negative', 3, 'backbone_teachers', 'G3'],
      ['duplicate-id', 5, 'id', 'A5'],
      ['zero-students', 6, 'students', 'D6'],
      ['bad-level', 7, 'level', 'C7'],
      ['not-whole', 8, 'students', 'D8'],
      ['missing-value', 9, 'name', 'B9'],
    ]);
    expect(errors.every((e) => e.file === 'bad.csv')).toBe(true);
    expect(errors[2]!.message).toContain('row 4');
  });

  it('junior_students over students, and missing for a nine-year school', async () => {
    const text = [`${HEADER},junior_students`, `${ROW('N1', 'nine-year', '300')},400`, `${ROW('N2', 'nine-year', '300')},`].join('\n');
    const errors = await errorsOf(text);
    expect(errors.map((e) => [e.code, e.row, e.column])).toEqual([
      ['junior-exceeds-students', 2, 'junior_students'],
      ['missing-junior-students', 3, 'junior_students'],
    ]);
  });

  it('the same column twice under two names', async () => {
    const errors = await errorsOf(`${HEADER},骨干教师数\n${ROW('A1')},5\n`);
    expect(errors[0]).toMatchObject({ code: 'duplicate-column', column: '骨干教师数' });
  });

  it('a file that is not a workbook', async () => {
    const errors = await errorsOf(new TextEncoder().encode('PK\u0003\u0004 not really a zip'), 'fake.xlsx');
    expect(errors[0]).toMatchObject({ code: 'unreadable-file', file: 'fake.xlsx' });
  });

  it('JSON errors name the record', async () => {
    const errors = await errorsOf(JSON.stringify([{ id: 'J1', name: 'x', level: 'primary', students: -1 }]), 'c.json');
    expect(errors.find((e) => e.code === 'missing-column')).toBeDefined();
    const rowErrors = await errorsOf(JSON.stringify([Object.fromEntries(HEADER.split(',').map((h) => [h, h === 'level' ? 'primary' : h === 'students' ? -1 : '1']))]), 'c.json');
    expect(rowErrors[0]).toMatchObject({ code: 'negative', row: 1, column: 'students' });
    expect(rowErrors[0]!.cell).toBeUndefined();
  });
});
