import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { County, School } from '../../../engine/county/types.ts';
import { chineseNumber, generateCounty } from '../../../engine/county/generate.ts';
import { createRng } from '../../../engine/county/random.ts';
import { countyToRows, toCsv } from '../../../engine/county/write.ts';
import { makeSample, summarize, weightedCv } from '../../../scripts/make-sample.ts';

const isWhole = (v: number | undefined): boolean => v === undefined || Number.isInteger(v);

function invariantErrors(s: School): string[] {
  const e: string[] = [];
  const r = s.resources;
  const teachers = r.teachers ?? 0;
  if (!(s.students > 0) || !(s.classes > 0)) e.push('no students or classes');
  const counts = [s.students, s.classes, s.juniorStudents, s.juniorClasses, s.eligibleTeachers, s.eligibleBackbone, s.landAvailable,
    ...Object.values(r), ...Object.values(s.juniorResources ?? {})];
  if (!counts.every(isWhole)) e.push('a count, area or amount is not whole');
  if (s.level === 'nine-year') {
    const j = s.juniorStudents ?? 0;
    const jc = s.juniorClasses ?? 0;
    if (!(j > 0 && j < s.students && jc > 0 && jc < s.classes)) e.push('nine-year junior part out of range');
    if ((s.students - j) / (s.classes - jc) > 45 || j / jc > 50) e.push('class size above maximum');
    if (s.students > 2500) e.push('nine-year school above 2500');
  } else {
    if (s.juniorStudents !== undefined || s.juniorClasses !== undefined || s.juniorResources) e.push('junior part outside nine-year');
    if (s.students / s.classes > (s.level === 'junior' ? 50 : 45)) e.push('class size above maximum');
    if (s.students > 2000) e.push('school above 2000');
  }
  if (r.degreeTeachers > teachers || r.backboneTeachers > teachers || r.peArtTeachers > teachers) e.push('subset above teachers');
  if ((r.seniorTitleTeachers ?? 0) > teachers) e.push('senior titles above teachers');
  if ((s.eligibleTeachers ?? 0) > teachers) e.push('eligible above teachers');
  if ((s.eligibleBackbone ?? 0) > (s.eligibleTeachers ?? 0) || (s.eligibleBackbone ?? 0) > r.backboneTeachers) e.push('eligible backbone too high');
  const jr = s.juniorResources;
  if (jr && ((jr.teachers ?? 0) > teachers || (jr.backboneTeachers ?? 0) > r.backboneTeachers)) e.push('junior part above whole');
  if (!(s.x !== undefined && s.y !== undefined && s.x >= 0 && s.x <= 60 && s.y >= 0 && s.y <= 50)) e.push('outside the county');
  if (!s.kind || !s.location || !/^S\d{3,}$/.test(s.id)) e.push('missing kind, location or id');
  return e.map((m) => `${s.id} ${s.name}: ${m}`);
}

const allErrors = (c: County): string[] => c.schools.flatMap(invariantErrors);

describe('createRng', () => {
  it('is mulberry32, pinned so the stream is the same everywhere', () => {
    const r = createRng(1);
    expect([r.next(), r.next(), r.next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('gives normals with the requested mean and spread, and ints inside the bounds', () => {
    const r = createRng(7);
    const xs = Array.from({ length: 20000 }, () => r.normal(10, 2));
    const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
    const ints = Array.from({ length: 1000 }, () => r.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
  });
});

describe('generateCounty', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCounty({ schools: 120, seed: 5 })).toEqual(generateCounty({ schools: 120, seed: 5 }));
    const a = generateCounty({ schools: 120, seed: 5 });
    const b = generateCounty({ schools: 120, seed: 6 });
    expect(a.schools.map((s) => s.students)).not.toEqual(b.schools.map((s) => s.students));
    expect(a.schools.map((s) => s.name)).not.toEqual(b.schools.map((s) => s.name));
  });

  it.each([20, 200, 2000])('makes %i schools with unique ids and names that satisfy the invariants', (n) => {
    const c = generateCounty({ schools: n, seed: 11, name: 'test county' });
    expect(c.source).toBe('test county');
    expect(c.schools).toHaveLength(n);
    expect(new Set(c.schools.map((s) => s.id)).size).toBe(n);
    expect(new Set(c.schools.map((s) => s.name)).size).toBe(n);
    expect(allErrors(c)).toEqual([]);
  });

  it('keeps the invariants for any seed and size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 10, max: 300 }), (seed, n) => {
        const c = generateCounty({ schools: n, seed });
        expect(c.schools).toHaveLength(n);
        expect(allErrors(c)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('has the mix of a real county', () => {
    const c = generateCounty({ schools: 400, seed: 3 });
    const of = (kind: School['kind']): School[] => c.schools.filter((s) => s.kind === kind);
    const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    expect(median(of('teaching-point').map((s) => s.students))).toBeLessThan(80);
    expect(median(of('village-primary').map((s) => s.students))).toBeLessThan(400);
    expect(median(of('central-primary').filter((s) => s.location === 'town').map((s) => s.students))).toBeGreaterThanOrEqual(1000);
    expect(of('nine-year').length).toBeGreaterThan(0);
    expect(of('nine-year').some((s) => s.juniorResources) && of('nine-year').some((s) => !s.juniorResources)).toBe(true);
    for (const loc of ['urban', 'town', 'rural'] as const) expect(c.schools.some((s) => s.location === loc)).toBe(true);
    const perTeacher = (xs: School[]): number => xs.reduce((a, s) => a + s.students, 0) / xs.reduce((a, s) => a + (s.resources.teachers ?? 0), 0);
    expect(perTeacher(of('village-primary'))).toBeLessThan(perTeacher(of('central-primary').filter((s) => s.location === 'town')));
  });

  // Its speed is measured by `npm run bench` (counties of 50–2,000 schools), not asserted here.
  it('generates a 2,000-school county with unique ids', () => {
    const county = generateCounty({ schools: 2000, seed: 2 });
    expect(county.schools).toHaveLength(2000);
    expect(new Set(county.schools.map((s) => s.id)).size).toBe(2000);
  });

  it('refuses a county too small to hold every kind', () => {
    expect(() => generateCounty({ schools: 5, seed: 1 })).toThrow(RangeError);
  });

  it('writes Chinese numerals', () => {
    expect([1, 10, 11, 20, 35, 100, 105, 110, 999].map(chineseNumber)).toEqual(
      ['一', '十', '十一', '二十', '三十五', '一百', '一百零五', '一百一十', '九百九十九']);
  });
});

/** Minimal RFC 4180 reader, for the round trip. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field); rows.push(row); row = []; field = ''; i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('toCsv and countyToRows', () => {
  it('quotes commas, quotes and line breaks and ends every record with CRLF', () => {
    const rows = [['a', 'b,c', 'say "hi"'], ['line\nbreak', 'cr\rhere', ''], ['城关第一小学', ' x ', '"']];
    const csv = toCsv(rows);
    expect(csv).toBe('a,"b,c","say ""hi"""\r\n"line\nbreak","cr\rhere",\r\n城关第一小学, x ,""""\r\n');
    expect(parseCsv(csv)).toEqual(rows);
  });

  it('writes canonical or Chinese headers and values, only for columns some school has', () => {
    const county = generateCounty({ schools: 30, seed: 9 });
    const en = countyToRows(county, { headers: 'en' });
    const zh = countyToRows(county, { headers: 'zh' });
    expect(en).toHaveLength(31);
    expect(en[0]?.slice(0, 5)).toEqual(['id', 'name', 'level', 'students', 'classes']);
    expect(zh[0]?.slice(0, 5)).toEqual(['学校代码', '学校名称', '学段', '在校生数', '班级数']);
    const col = (rows: string[][], h: string): string[] => rows.slice(1).map((r) => r[rows[0]?.indexOf(h) ?? -1] ?? '');
    expect(new Set(col(en, 'level'))).toEqual(new Set(['primary', 'junior', 'nine-year']));
    expect(new Set(col(zh, '学段'))).toEqual(new Set(['小学', '初中', '九年一贯制']));
    expect(new Set(col(zh, '城乡分类'))).toEqual(new Set(['城区', '镇区', '乡村']));
    expect(col(zh, '学校类型')).toContain('教学点');
    expect(parseCsv(toCsv(zh))).toEqual(zh);

    const noNine: County = { ...county, schools: county.schools.filter((s) => s.level !== 'nine-year') };
    expect(countyToRows(noNine, { headers: 'en' })[0]).not.toContain('junior_students');
    expect(en[0]).toContain('junior_students');
  });
});

describe('sample county', () => {
  const sample = makeSample();

  it('holds the figures quoted in planning documents', () => {
    const s = sample.schools;
    expect(s).toHaveLength(40);
    expect(s.some((x) => x.level === 'junior' && x.location === 'rural' && x.students === 371 && x.classes === 12 && x.resources.teachers === 50)).toBe(true);
    expect(s.some((x) => x.level === 'primary' && x.location === 'town' && x.students === 1500 && x.classes === 34)).toBe(true);
    expect(s.filter((x) => x.level === 'nine-year')).toHaveLength(2);
    const points = s.filter((x) => x.kind === 'teaching-point');
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.filter((x) => x.students < 50).length).toBeGreaterThanOrEqual(1);
    expect(points.filter((x) => x.students < 50).length).toBeLessThanOrEqual(2);
    expect(allErrors(sample)).toEqual([]);
  });

  it('fails the county rule on exactly one primary indicator, with some schools at 6-of-7', () => {
    const sum = summarize(sample);
    expect(Object.values(sum.primary).filter((cv) => cv > 0.5)).toHaveLength(1);
    expect(Object.values(sum.junior).every((cv) => cv <= 0.45)).toBe(true);
    expect(sum.passing).toBeGreaterThan(0);
    expect(sum.passing).toBeLessThan(sum.evaluated / 2);
  });

  it('computes the weighted coefficient of the worked example in domain.md', () => {
    const P = [420, 96, 1210, 310];
    const B = [22, 3, 41, 9];
    const parts = P.map((p, i) => ({ students: p, values: { backboneTeachers: (100 * (B[i] ?? 0)) / p } }));
    expect(weightedCv(parts, 'backboneTeachers')).toBeCloseTo(0.220156, 6);
  });
});
