/**
 * 完全中学 and 十二年一贯制 (测算均衡系数拆分公式): only the compulsory parts are evaluated; facilities split
 * by weighted students (junior : senior = 1 : 1.2; primary : junior : senior = 1 : 1.1 : 1.32), teachers by
 * students unless the junior part is given. Worked by hand from the rule.
 */
import { describe, expect, it } from 'vitest';
import { importCounty } from '../../../engine/county/import.ts';
import { evaluateCounty } from '../../../engine/indicators/evaluate.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { county, school } from '../helpers.ts';

describe('complete secondary school (完全中学)', () => {
  it('evaluates only the junior part, facilities 1 : 1.2 against the senior part', () => {
    // 1,000 students: 400 junior, 600 senior. Teaching area 8,000 m².
    // Weighted students: 400·1 + 600·1.2 = 1,120 → junior share 400 / 1,120 = 0.357143 → 2,857.14 m²
    // → per junior student 2,857.14 / 400 = 7.142857 m².
    // Backbone teachers 20, split by students: 20 · 400/1,000 = 8 → 8 / 400 · 100 = 2.0 per 100.
    const s = school('C', { level: 'complete-secondary', students: 1000, juniorStudents: 400, seniorStudents: 600, resources: { teachingArea: 8000, backboneTeachers: 20 } });
    const ev = evaluateCounty(county([s]), quality2017);
    expect(ev.schools.map((r) => r.level)).toEqual(['junior']);
    expect(ev.schools[0]!.students).toBe(400);
    expect(ev.schools[0]!.values.teachingArea).toBeCloseTo(8000 / 1120, 9);
    expect(ev.schools[0]!.values.backboneTeachers).toBeCloseTo(2, 9);
    expect(ev.levels.primary.schools).toBe(0);
  });
});

describe('twelve-year school (十二年一贯制)', () => {
  it('evaluates the primary and junior parts, facilities 1 : 1.1 : 1.32', () => {
    // 1,200 students: 600 primary, 300 junior, 300 senior. Sports area 10,000 m².
    // Weighted: 600 + 300·1.1 + 300·1.32 = 600 + 330 + 396 = 1,326.
    // Primary: 10,000 · 600/1,326 / 600 = 7.541478 m²; junior: 10,000 · 330/1,326 / 300 = 8.295626 m².
    const s = school('T', { level: 'twelve-year', students: 1200, juniorStudents: 300, seniorStudents: 300, resources: { sportsArea: 10_000 } });
    const [p, j] = evaluateCounty(county([s]), quality2017).schools;
    expect([p!.level, p!.students, j!.level, j!.students]).toEqual(['primary', 600, 'junior', 300]);
    expect(p!.values.sportsArea).toBeCloseTo(10_000 / 1326, 9);
    expect(j!.values.sportsArea).toBeCloseTo((10_000 * 1.1) / 1326, 9);
  });
});

const header = 'id,name,level,students,classes,junior_students,senior_students,degree_teachers,backbone_teachers,pe_art_teachers,teaching_area_m2,sports_area_m2,equipment_value_yuan,multimedia_rooms';

describe('importing the school types', () => {
  it('reads Chinese and English aliases, needs senior students for a twelve-year school', async () => {
    const csv = [header,
      'A,甲完中,完全中学,900,20,400,500,40,9,8,5000,9000,2000000,20',
      'B,乙校,twelve-year,900,20,300,,40,9,8,5000,9000,2000000,20'].join('\n');
    const r = await importCounty(csv, { fileName: 't.csv' });
    if (r.status !== 'error') throw new Error('expected the twelve-year row without senior students to be refused');
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([[3, 'missing-senior-students']]);
  });

  it('warns, naming the school, when a nine-year school has no junior teacher columns', async () => {
    const csv = [header, 'N1,东坡九年一贯制学校,九年一贯制,600,15,200,,30,6,6,3000,5000,1300000,15'].join('\n');
    const r = await importCounty(csv, { fileName: 't.csv' });
    expect(r.status).toBe('ok');
    const w = r.warnings.filter((x) => x.code === 'split-by-students');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('N1 东坡九年一贯制学校');
    expect(w[0]!.row).toBe(2);
  });
});
