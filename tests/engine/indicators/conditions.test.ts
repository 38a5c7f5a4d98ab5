/**
 * Government-guarantee conditions of 教督〔2017〕6号 第六条, worked from the rule:
 * class size primary ≤ 45, junior ≤ 50; school size ≤ 2,000 (nine-year and twelve-year ≤ 2,500 in the
 * compulsory part); one music and one art room per 12 classes, music rooms ≥ 96 m², art rooms ≥ 90 m².
 */
import { describe, expect, it } from 'vitest';
import { evaluateCounty } from '../../../engine/indicators/evaluate.ts';
import { basic2012 } from '../../../engine/standards/basic-2012.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { county, school } from '../helpers.ts';

const cond = (ev: ReturnType<typeof evaluateCounty>, row: number, key: string) => ev.schools[row]!.conditions.find((c) => c.key === key)!;

describe('class size and seats', () => {
  it('judges the average where only pupils and classes are given, and counts seats short', () => {
    // 1,380 pupils in 30 classes: average 46 > 45. Seats 30 · 45 = 1,350 → 30 pupils without a seat.
    const ev = evaluateCounty(county([school('A', { students: 1380, classes: 30 })]), quality2017);
    expect(cond(ev, 0, 'classSize')).toMatchObject({ value: 46, limit: 45, meets: false, seatsShort: 30 });
    expect(cond(ev, 0, 'classSize').basis!.en).toContain('average');
    const total = ev.county.conditions.find((c) => c.key === 'classSize')!;
    expect(total).toMatchObject({ schoolsJudged: 1, schoolsMeeting: 0, failing: ['A'], seatsShort: 30, meets: false });
    expect(ev.county.passes).toBe(false);
  });

  it('takes the largest class where a column gives it', () => {
    // Average 1,300 / 30 = 43.3 ≤ 45, but the largest class has 52 pupils: the rule is about every class.
    const ev = evaluateCounty(county([school('B', { students: 1300, classes: 30, largestClass: 52 })]), quality2017);
    expect(cond(ev, 0, 'classSize')).toMatchObject({ value: 52, limit: 45, meets: false, seatsShort: 0 });
  });

  it('judges a junior school against 50', () => {
    // 980 / 20 = 49 ≤ 50.
    const ev = evaluateCounty(county([school('J', { level: 'junior', students: 980, classes: 20 })]), quality2017);
    expect(cond(ev, 0, 'classSize')).toMatchObject({ value: 49, limit: 50, meets: true, seatsShort: 0 });
  });

  it('judges the parts of a nine-year school separately when junior classes are given', () => {
    // Primary 460 pupils in 24 − 10 = 14 classes: 32.9 ≤ 45. Junior 540 in 10 classes: 54 > 50, seats 500 → 40 short.
    const s = school('N', { level: 'nine-year', students: 1000, classes: 24, juniorStudents: 540, juniorClasses: 10 });
    const ev = evaluateCounty(county([s]), quality2017);
    expect(cond(ev, 0, 'classSize')).toMatchObject({ limit: 45, meets: true, seatsShort: 0 });
    expect(cond(ev, 0, 'classSize').value).toBeCloseTo(460 / 14, 9);
    expect(cond(ev, 1, 'classSize')).toMatchObject({ value: 54, limit: 50, meets: false, seatsShort: 40 });
    expect(ev.county.conditions.find((c) => c.key === 'classSize')!.seatsShort).toBe(40);
  });

  it('judges a nine-year school without junior classes as a whole, limit weighted by pupils', () => {
    // 600 primary + 400 junior in 22 classes: limit = 1,000 / (600/45 + 400/50) = 1,000 / 21.333 = 46.875;
    // average 1,000 / 22 = 45.45 ≤ 46.875. Counted once in the county total.
    const s = school('W', { level: 'nine-year', students: 1000, classes: 22, juniorStudents: 400 });
    const ev = evaluateCounty(county([s]), quality2017);
    const c = cond(ev, 0, 'classSize');
    expect(c.limit).toBeCloseTo(46.875, 9);
    expect(c.value).toBeCloseTo(1000 / 22, 9);
    expect(c.meets).toBe(true);
    expect(ev.county.conditions.find((x) => x.key === 'classSize')!.schoolsJudged).toBe(1);
  });
});

describe('school size', () => {
  it('allows 2,000 in a primary school and 2,500 in the compulsory part of a twelve-year school', () => {
    // Primary 2,001 > 2,000. Twelve-year 3,000 pupils of which 700 senior: compulsory 2,300 ≤ 2,500.
    const ev = evaluateCounty(county([
      school('P', { students: 2001, classes: 50 }),
      school('T', { level: 'twelve-year', students: 3000, classes: 70, juniorStudents: 800, seniorStudents: 700 }),
    ]), quality2017);
    expect(cond(ev, 0, 'schoolSize')).toMatchObject({ value: 2001, limit: 2000, meets: false });
    expect(cond(ev, 1, 'schoolSize')).toMatchObject({ value: 2300, limit: 2500, meets: true });
  });
});

describe('music and art rooms', () => {
  it('needs one room of each per 12 classes, only rooms of standard size counting where areas are given', () => {
    // 25 classes → ⌈25/12⌉ = 3 rooms each. Music: 3 rooms, 280 m² → ⌊280/96⌋ = 2 of standard size → fails.
    // Art: 3 rooms, 275 m² → ⌊275/90⌋ = 3 → meets.
    const s = school('R', { students: 1000, classes: 25, resources: { musicRooms: 3, artRooms: 3 }, musicRoomArea: 280, artRoomArea: 275 });
    const ev = evaluateCounty(county([s]), quality2017);
    expect(cond(ev, 0, 'musicRooms')).toMatchObject({ value: 2, limit: 3, meets: false });
    expect(cond(ev, 0, 'artRooms')).toMatchObject({ value: 3, limit: 3, meets: true });
  });

  it('leaves rooms unjudged where the data has no room columns', () => {
    const ev = evaluateCounty(county([school('U')]), quality2017);
    expect(cond(ev, 0, 'musicRooms')).toMatchObject({ value: null, meets: null });
    expect(ev.county.conditions.find((c) => c.key === 'musicRooms')).toMatchObject({ schoolsJudged: 0, meets: null });
  });

  it('judges only the basic standard under the 2012 standard, which sets no guarantee conditions', () => {
    const ev = evaluateCounty(county([school('A', { resources: { teachers: 30, seniorTitleTeachers: 10, computers: 50, books: 15000 } })]), basic2012);
    expect(ev.schools[0]!.conditions.map((c) => c.key)).toEqual(['basicStandard']);
  });
});
