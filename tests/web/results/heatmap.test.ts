import { describe, expect, it } from 'vitest';
import { basic2012 } from '../../../engine/standards/basic-2012.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { heatGrid, ratioOf, shareAtStandard, standardById, thresholdIndicators, valueYears } from '../../../web/app/src/shared/heatmap.ts';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';

const values: SolveReport['values'] = [
  { year: 2026, schoolId: 'S1', level: 'primary', values: { degreeTeachers: 3.15, teachingArea: 4.5, equipmentValue: 3000, multimediaRooms: 2.3 } },
  { year: 2026, schoolId: 'S9', level: 'primary', values: { degreeTeachers: 8.4, teachingArea: 2.25 } },
  { year: 2026, schoolId: 'S9', level: 'junior', values: { degreeTeachers: 5.3, teachingArea: 2.9 } },
  { year: 2027, schoolId: 'S1', level: 'primary', values: { degreeTeachers: 4.2 } },
];

describe('heat-map ratios: value / standard', () => {
  it('divides each school part\'s value by its level\'s threshold', () => {
    const grid = heatGrid(values, 2026, quality2017, new Map([['S1', '城关小学'], ['S9', '九年一贯制学校']]));
    expect(grid.rows.map((r) => `${r.schoolName}/${r.level}`)).toEqual(['城关小学/primary', '九年一贯制学校/primary', '九年一贯制学校/junior']);
    const [s1, s9p, s9j] = grid.rows;
    expect(s1!.ratios.degreeTeachers).toBeCloseTo(3.15 / 4.2, 10); // 0.75
    expect(s1!.ratios.degreeTeachers).toBeCloseTo(0.75, 10);
    expect(s1!.ratios.teachingArea).toBeCloseTo(1, 10);
    expect(s1!.ratios.equipmentValue).toBeCloseTo(1.5, 10);
    expect(s1!.ratios.sportsArea).toBeNull(); // no value in the report
    expect(s9p!.ratios.degreeTeachers).toBeCloseTo(2, 10);
    expect(s9p!.ratios.teachingArea).toBeCloseTo(0.5, 10);
    // the junior part of the same school is held to the junior thresholds (5.3 and 5.8)
    expect(s9j!.ratios.degreeTeachers).toBeCloseTo(1, 10);
    expect(s9j!.ratios.teachingArea).toBeCloseTo(0.5, 10);
  });

  it('keeps one year and names schools by id when no name is known', () => {
    const grid = heatGrid(values, 2027, quality2017);
    expect(grid.rows).toHaveLength(1);
    expect(grid.rows[0]!.schoolName).toBe('S1');
    expect(grid.rows[0]!.ratios.degreeTeachers).toBeCloseTo(1, 10);
    expect(valueYears(values)).toEqual([2026, 2027]);
  });

  it('counts the share of cells at standard', () => {
    const grid = heatGrid(values, 2026, quality2017);
    // cells with a ratio: S1 4, S9 primary 2, S9 junior 2 → at standard: S1 teachingArea, equipmentValue, multimediaRooms; S9p degree; S9j degree
    expect(shareAtStandard(grid)).toBeCloseTo(5 / 8, 10);
    expect(shareAtStandard(heatGrid([], 2026, quality2017))).toBeNull();
  });

  it('has no ratio without a positive threshold, and picks the scenario\'s standard', () => {
    expect(ratioOf(3, null)).toBeNull();
    expect(ratioOf(3, 0)).toBeNull();
    expect(ratioOf(Number.NaN, 2)).toBeNull();
    expect(ratioOf(3, 2)).toBe(1.5);
    expect(standardById('basic-2012')).toBe(basic2012);
    expect(standardById(undefined)).toBe(quality2017);
    expect(standardById('no-such-standard')).toBe(quality2017);
    expect(thresholdIndicators(quality2017).map((d) => d.key)).toHaveLength(7);
  });
});
