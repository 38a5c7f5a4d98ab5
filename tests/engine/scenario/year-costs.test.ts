/**
 * `year` in cost and budget expressions (issue 15 item 6), worked by hand from the rule in
 * engine/scenario/amounts.ts: `year` is the number of years since the data year, and the data year is the year
 * before the first plan year, so with the horizon 2026–2028 `year` is 1, 2, 3 and `calendarYear` 2026, 2027, 2028.
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import type { ScenarioFile } from '../../../engine/scenario/schema.ts';

const base = { name: 'prices', horizon: [2026, 2027, 2028], budget: { perYear: 1e7 } };
const parse = (file: Partial<ScenarioFile>) => parseScenarioText(JSON.stringify({ ...base, ...file }), 's.json').scenario;

describe('unit costs that change by year', () => {
  it('prices a cost written with year in each plan year', () => {
    // 2800 · 1.05^1 = 2,940; 2800 · 1.05^2 = 3,087; 2800 · 1.05^3 = 3,241.35 yuan/m².
    // teacherPerYear "10万 + 5000 * (calendarYear - 2026)": 100,000, 105,000, 110,000 yuan.
    const s = parse({ costs: { teachingAreaPerM2: '2800 * 1.05^year', teacherPerYear: '10万 + 5000 * (calendarYear - 2026)' } });
    expect(s.prices.map((p) => p.teachingAreaPerM2)).toEqual([2940, 3087, 3241.35].map((v) => expect.closeTo(v, 6)));
    expect(s.prices.map((p) => p.teacherPerYear)).toEqual([100_000, 105_000, 110_000]);
    // Costs not written stay at their defaults in every year (multimedia room 25,000 yuan).
    expect(s.prices.map((p) => p.multimediaRoom)).toEqual([25_000, 25_000, 25_000]);
    // `costs` keeps the first plan year's figures.
    expect(s.costs.teachingAreaPerM2).toBeCloseTo(2940, 6);
  });

  it('prices rooms and projects from the teaching building cost of their year', () => {
    // Standard classroom 80 m²: 80 · 2,940 = 235,200; 80 · 3,087 = 246,960; 80 · 3,241.35 = 259,308 yuan.
    // Music room 96 m²: 96 · 2,940 = 282,240 in 2026. Art room given as "20万 * year": 200,000, 400,000, 600,000.
    // Project of 1,000 m² of teaching building, no cost given: 2,940,000 / 3,087,000 / 3,241,350 by start year.
    const s = parse({
      costs: { teachingAreaPerM2: '2800 * 1.05^year' },
      schoolConditions: { classrooms: {}, artsRooms: { artRoomCost: '20万 * year' } },
      construction: { projects: [{ id: 'P1', school: 'S001', kind: 'teaching', area: 1000 }, { id: 'P2', school: 'S001', kind: 'sports', area: 500, cost: '15万 * year' }] },
    });
    expect(s.prices.map((p) => p.classroom)).toEqual([235_200, 246_960, 259_308].map((v) => expect.closeTo(v, 4)));
    expect(s.prices[0]!.musicRoom).toBeCloseTo(282_240, 4);
    expect(s.prices.map((p) => p.artRoom)).toEqual([200_000, 400_000, 600_000]);
    expect(s.construction.projects[0]!.costByYear).toEqual([2_940_000, 3_087_000, 3_241_350].map((v) => expect.closeTo(v, 3)));
    // P2 "15万 * year": 150,000, 300,000, 450,000.
    expect(s.construction.projects[1]!.costByYear).toEqual([150_000, 300_000, 450_000]);
    expect(s.schoolConditions.classrooms!.unitCost).toBeCloseTo(235_200, 4);
  });

  it('grows a budget from the data year the same way', () => {
    // "3000万 * 1.05^year": 30,000,000 · 1.05 = 31,500,000; · 1.05² = 33,075,000; · 1.05³ = 34,728,750.
    const s = parse({ budget: { perYear: '3000万 * 1.05^year' } });
    expect(s.budget.perYear).toEqual([31_500_000, 33_075_000, 34_728_750].map((v) => expect.closeTo(v, 4)));
    // In a per-year list each expression is worked out in its own year: "1000万 * year" in 2027 (year 2) = 20,000,000.
    expect(parse({ budget: { perYear: [5e6, '1000万 * year', 0] } }).budget.perYear).toEqual([5e6, 2e7, 0]);
  });
});

describe('bad cost expressions', () => {
  const problem = (file: Partial<ScenarioFile>) => {
    try {
      parse(file);
    } catch (e) {
      return (e as { problems: { path: string; message: string }[] }).problems;
    }
    throw new Error('accepted');
  };

  it('names the field, the character and the reason', () => {
    // "2800 * 1.05^yeer": the unknown name starts at character 13.
    expect(problem({ costs: { teachingAreaPerM2: '2800 * 1.05^yeer' } })).toEqual([
      { path: '/costs/teachingAreaPerM2', line: expect.any(Number), message: expect.stringMatching(/unknown variable "yeer".*year, calendarYear.*\(character 13\)/) },
    ]);
    expect(problem({ schoolConditions: { classrooms: { unitCost: 'year = 3' } } })[0]).toMatchObject({
      path: '/schoolConditions/classrooms/unitCost', message: expect.stringMatching(/assignment is not allowed \(character 6\)/),
    });
    expect(problem({ costs: { rotationSubsidyPerYear: '6000 *' } })[0]).toMatchObject({ path: '/costs/rotationSubsidyPerYear', message: expect.stringMatching(/character \d+/) });
  });

  it('names the first plan year in which an expression leaves the allowed range', () => {
    // "5000 - 2000 * year": 3,000 in 2026, 1,000 in 2027, −1,000 in 2028 (year 3): refused, naming 2028.
    // "2 + 1 / (year - 2)": 1 in 2026, then 1 / 0 in 2027 (year 2), not a finite amount: refused, naming 2027.
    expect(problem({ costs: { degreeUpgrade: '5000 - 2000 * year' } })[0]).toMatchObject({
      path: '/costs/degreeUpgrade', message: expect.stringMatching(/gives -1000 yuan in 2028 \(year = 3\)/),
    });
    expect(problem({ construction: { projects: [{ id: 'P', school: 'S', kind: 'teaching', area: 10, cost: '2 + 1 / (year - 2)' }] } })[0]).toMatchObject({
      path: '/construction/projects/0/cost', message: expect.stringMatching(/in 2027 \(year = 2\)/),
    });
  });
});
