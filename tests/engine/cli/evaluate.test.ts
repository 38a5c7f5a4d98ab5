import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { junheng } from './run-cli.ts';


describe('junheng evaluate', () => {
  it('prints the documented JSON for the sample county', async () => {
    const { code, stdout } = await junheng('evaluate', 'data/sample-county.csv', '--json');
    expect(code).toBe(0);
    const ev = JSON.parse(stdout);
    for (const level of ['primary', 'junior']) {
      const l = ev.levels[level];
      expect(Object.keys(l.cv)).toEqual(['degreeTeachers', 'backboneTeachers', 'peArtTeachers', 'teachingArea', 'sportsArea', 'equipmentValue', 'multimediaRooms']);
      expect(l.cvLimit).toBe(level === 'primary' ? 0.5 : 0.45);
      expect(typeof l.composite).toBe('number');
      expect(typeof l.passes).toBe('boolean');
      expect(Array.isArray(l.failing)).toBe(true);
      expect(l.failing.every((k: string) => l.cv[k] > l.cvLimit)).toBe(true);
    }
    expect(ev.schools.length).toBeGreaterThanOrEqual(40);
    for (const s of ev.schools) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'name', 'level', 'values', 'meets', 'passes', 'gaps']));
    }
    expect(ev.county.schoolsPassing).toBeLessThan(ev.county.schoolsTotal);
    expect(ev.county.passes).toBe(false);
  });

  it('prints a table for people in Chinese by default and in English on request', async () => {
    const zh = await junheng('evaluate', 'data/sample-county.csv');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('差异系数');
    expect(zh.stdout).toContain('骨干教师');
    const en = await junheng('evaluate', 'data/sample-county-gbk.csv', '--lang', 'en', '--standard', 'basic-2012');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Composite (average)');
  });

  it('accepts a provincial variant file as the standard', async () => {
    const { code, stdout } = await junheng('evaluate', 'data/sample-county.xlsx', '--standard', 'data/standards/example-province.json', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).standard.id).toBe('example-province-2021');
  });

  it('exits non-zero with every problem named on bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'junheng-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'id,name,level,students,classes,degree_teachers,backbone_teachers,pe_art_teachers,teaching_area_m2,sports_area_m2,equipment_value_yuan,multimedia_rooms\nA,a,primary,abc,1,1,1,1,1,1,1,1\nA,b,primary,10,1,1,-1,1,1,1,1,1\n');
    const { code, stderr, stdout } = await junheng('evaluate', file, '--json');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('bad.csv, row 2, column students (D2): not a number: "abc"');
    expect(stderr).toContain('bad.csv, row 3, column backbone_teachers (G3): must not be negative');
    expect(stderr).toContain('row 3, column id (A3): school id "A" already used on row 2');
    expect((await junheng('evaluate', join(dir, 'missing.csv'))).code).not.toBe(0);
    expect((await junheng('evaluate', 'data/sample-county.csv', '--standard', 'nope')).stderr).toContain('unknown standard');
    expect((await junheng('evaluate', 'data/sample-county.xlsx', '--sheet', 'Sheet9')).stderr).toContain('no sheet named "Sheet9"');
  });
});
