import { describe, expect, it } from 'vitest';
import { evaluateCounty, EvaluationError } from '../../../engine/indicators/evaluate.ts';
import { basic2012 } from '../../../engine/standards/basic-2012.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { county, school } from '../helpers.ts';

describe('county evaluation (quality-2017)', () => {
  it('fails a county whose average coefficient passes but one indicator is over the limit', () => {
    const schools = [1, 2, 10, 12].map((b, i) => school(`P${i}`, { students: 500, resources: { backboneTeachers: b } }));
    const ev = evaluateCounty(county(schools), quality2017);
    const primary = ev.levels.primary;
    expect(primary.cv.backboneTeachers!).toBeGreaterThan(0.5);
    expect(primary.composite!).toBeLessThan(0.5);
    expect(primary.passes).toBe(false);
    expect(primary.failing).toEqual(['backboneTeachers']);
    expect(ev.county.passes).toBe(false);
  });

  it('passes a county where every school passes and every coefficient is within the limit', () => {
    const ev = evaluateCounty(county([school('A', { students: 400 }), school('B', { students: 900 }), school('C', { level: 'junior', students: 800, resources: { degreeTeachers: 44, teachingArea: 800 * 6, sportsArea: 800 * 11, equipmentValue: 800 * 2600 } })]), quality2017);
    expect(ev.schools.every((s) => s.passes)).toBe(true);
    expect(ev.levels.primary.passes && ev.levels.junior.passes).toBe(true);
    expect(ev.county).toMatchObject({ passes: true, schoolsPassing: 3, schoolsTotal: 3 });
  });

  it('splits a nine-year school: teachers by students (or as given), facilities 1 : 1.1', () => {
    const nine = school('N', { level: 'nine-year', students: 300, juniorStudents: 100, resources: { teachingArea: 1500, backboneTeachers: 9 } });
    const ev = evaluateCounty(county([nine]), quality2017);
    const [p, j] = ev.schools;
    expect([p!.level, j!.level]).toEqual(['primary', 'junior']);
    expect(p!.values.teachingArea).toBeCloseTo((1500 * 200) / 310 / 200, 10);
    expect(j!.values.teachingArea).toBeCloseTo((1500 * 110) / 310 / 100, 10);
    expect(p!.values.backboneTeachers).toBeCloseTo(3, 10);
    expect(j!.values.backboneTeachers).toBeCloseTo(3, 10);
    const given = evaluateCounty(county([{ ...nine, juniorResources: { backboneTeachers: 4 } }]), quality2017);
    expect(given.schools[0]!.values.backboneTeachers).toBeCloseTo(2.5, 10);
    expect(given.schools[1]!.values.backboneTeachers).toBeCloseTo(4, 10);
    expect(ev.levels.primary.schools).toBe(1);
    expect(ev.levels.junior.schools).toBe(1);
    expect(ev.county.schoolsTotal).toBe(1);
  });

  it('leaves teaching points under 50 students and special schools out', () => {
    const ev = evaluateCounty(county([
      school('A'), school('TP1', { kind: 'teaching-point', students: 40, resources: { backboneTeachers: 0 } }),
      school('TP2', { name: '石桥教学点', students: 30 }), school('TP3', { kind: 'teaching-point', students: 60 }),
      school('SP', { kind: 'special', students: 120 }),
    ]), quality2017);
    expect(ev.schools.filter((s) => s.excluded).map((s) => s.id)).toEqual(['TP1', 'TP2', 'SP']);
    expect(ev.levels.primary.schools).toBe(2);
    expect(ev.county.schoolsTotal).toBe(2);
    expect(ev.county.schoolsExcluded).toBe(3);
  });

  it('gives gaps in natural units, rounded up', () => {
    const ev = evaluateCounty(county([school('G', { students: 500, resources: { backboneTeachers: 2, sportsArea: 3330, equipmentValue: 999_999.5 } })]), quality2017);
    const g = ev.schools[0]!.gaps;
    expect(g.backboneTeachers).toMatchObject({ amount: 3, message: { en: 'needs 3 more backbone teachers' } });
    expect(g.sportsArea).toMatchObject({ amount: 420, message: { en: 'needs 420 m² more sports area' } });
    expect(g.equipmentValue!.amount).toBe(1);
    expect(g.teachingArea).toBeUndefined();
    expect(ev.schools[0]!.passes).toBe(false);
  });

  it('converts a nine-year part gap into whole-school units through the split share', () => {
    const nine = school('N', { level: 'nine-year', students: 300, juniorStudents: 100, resources: { teachingArea: 1500 } });
    const junior = evaluateCounty(county([nine]), quality2017).schools[1]!;
    // Junior needs 5.8 m² × 100 = 580 m²; it gets 110/310 of every new m².
    expect(junior.gaps.teachingArea!.amount).toBe(Math.ceil((580 - (1500 * 110) / 310) / (110 / 310)));
  });
});

describe('county evaluation (basic-2012)', () => {
  it('names the missing column it needs', () => {
    expect(() => evaluateCounty(county([school('A')]), basic2012)).toThrow(EvaluationError);
    expect(() => evaluateCounty(county([school('A')]), basic2012)).toThrow(/computers/);
  });

  it('judges the composite, not each indicator', () => {
    const extra = (books: number) => ({ teachers: 30, seniorTitleTeachers: 10, computers: 40, books });
    const schools = [100, 100, 3000, 3000].map((b, i) => school(`B${i}`, { resources: { ...extra(b) } }));
    const ev = evaluateCounty(county(schools), basic2012);
    expect(ev.levels.primary.cv.books!).toBeGreaterThan(0.65);
    expect(ev.levels.primary.composite!).toBeLessThan(0.65);
    expect(ev.levels.primary.passes).toBe(true);
    expect(ev.county.schoolsPassing).toBeNull();
  });
});
