import { describe, expect, it } from 'vitest';
import { growthRate, projectEnrollment, unknownSchoolIds } from '../../../engine/scenario/enrollment.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { county, school } from '../helpers.ts';

const scenarioOf = (yaml: string) => parseScenarioText(`name: t\nbudget: { perYear: 1 }\n${yaml}`, 't.yaml').scenario;

const sample = county([
  school('R', { location: 'rural', students: 100 }),
  school('T', { location: 'town', students: 1000 }),
  school('U', { location: 'urban', students: 1500 }),
  school('N', { students: 200 }),
  school('X', { location: 'rural', students: 300 }),
  school('Y', { location: 'rural', level: 'nine-year', students: 600, juniorStudents: 200 }),
]);

describe('projectEnrollment', () => {
  const scenario = scenarioOf(`enrollment:
  growth: { default: 0.01, rural: -0.04, town: 0.02, urban: 0.03 }
  schools: { X: 0.1 }
  table: { U: [1400, 1300, 1200] }
`);
  const p = projectEnrollment(sample, scenario);

  it('compounds the yearly growth of the school location from the base year', () => {
    expect(p.get('R')!.students).toEqual([96, 92, 88]); // 100 × 0.96^(t+1), rounded
    expect(p.get('T')!.students).toEqual([1020, 1040, 1061]);
  });

  it('uses the default rate without a location and the school rate over the location', () => {
    expect(p.get('N')!.students).toEqual([202, 204, 206]);
    expect(p.get('X')!.students).toEqual([330, 363, 399]);
    expect(growthRate(sample.schools[4]!, scenario)).toBe(0.1);
    expect(growthRate(sample.schools[3]!, scenario)).toBe(0.01);
  });

  it('takes an explicit table as given', () => {
    expect(p.get('U')!.students).toEqual([1400, 1300, 1200]);
  });

  it('keeps a nine-year school\'s junior share', () => {
    const y = p.get('Y')!;
    expect(y.students).toEqual([576, 553, 531]);
    expect(y.juniorStudents).toEqual([192, 184, 177]);
    expect(p.get('R')!.juniorStudents).toBeUndefined();
  });

  it('never projects fewer than one student', () => {
    const tiny = county([school('A', { students: 1, location: 'rural' })]);
    expect(projectEnrollment(tiny, scenarioOf('enrollment: { growth: { rural: -0.5 } }\n')).get('A')!.students).toEqual([1, 1, 1]);
  });

  it('keeps enrollment flat without growth settings', () => {
    expect(projectEnrollment(sample, scenarioOf('')).get('T')!.students).toEqual([1000, 1000, 1000]);
  });

  it('follows the horizon length', () => {
    const s = scenarioOf('horizon: [2026, 2027, 2028, 2029, 2030]\nenrollment: { growth: { default: 0.1 } }\n');
    expect(projectEnrollment(sample, s).get('R')!.students).toEqual([110, 121, 133, 146, 161]);
  });
});

describe('unknownSchoolIds', () => {
  it('reports ids of growth rates, tables and projects that are not in the data', () => {
    const s = scenarioOf(`enrollment:
  schools: { R: 0.1, GHOST1: 0.1 }
  table: { GHOST2: [1, 2, 3] }
construction:
  projects:
    - { id: p1, school: T, kind: teaching, area: 100 }
    - { id: p2, school: GHOST3, kind: sports, area: 100 }
uncertainty:
  schools: { T: 0.05, GHOST4: 0.05 }
`);
    expect(unknownSchoolIds(sample, s)).toEqual([
      '/enrollment/schools/GHOST1: no school with id "GHOST1" in the data',
      '/enrollment/table/GHOST2: no school with id "GHOST2" in the data',
      '/uncertainty/schools/GHOST4: no school with id "GHOST4" in the data',
      '/construction/projects/1/school: no school with id "GHOST3" in the data',
    ]);
  });

  it('is empty when every id exists', () => {
    expect(unknownSchoolIds(sample, scenarioOf('enrollment: { schools: { R: 0.1 } }\n'))).toEqual([]);
  });
});
