/** School ids a scenario names: NFKC-compared with the county's, invisible characters refused naming the field (issue 16). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCounty } from '../../../engine/county/import.ts';
import { projectEnrollment, unknownSchoolIds } from '../../../engine/scenario/enrollment.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { ScenarioError } from '../../../engine/scenario/resolve.ts';
import { county, school } from '../helpers.ts';

const text = (yaml: string): string => `name: t\nbudget: { perYear: 1 }\n${yaml}`;
const scenarioOf = (yaml: string) => parseScenarioText(text(yaml), 't.yaml').scenario;
const refusal = (yaml: string): ScenarioError => {
  try {
    scenarioOf(yaml);
  } catch (e) {
    if (e instanceof ScenarioError) return e;
    throw e;
  }
  throw new Error('the scenario was accepted');
};

const data = county([school('S001', { students: 1000 }), school('S002', { students: 500 })]);

describe('school ids named by a scenario', () => {
  it('match the county after NFKC: full-width Ｓ００１ in projects, growth, tables and uncertainty is S001', () => {
    const scenario = scenarioOf(`enrollment:
  schools: { Ｓ００１: 0.1 }
  table: { Ｓ００２: [600, 700, 800] }
uncertainty:
  schools: { Ｓ００１: 0.05 }
construction:
  projects:
    - { id: P1, school: Ｓ００１, kind: teaching, area: 500 }
`);
    expect(scenario.construction.projects[0]!.school).toBe('S001');
    expect(Object.keys(scenario.enrollment.schools)).toEqual(['S001']);
    expect(Object.keys(scenario.uncertainty!.schools)).toEqual(['S001']);
    expect(unknownSchoolIds(data, scenario)).toEqual([]);
    const projected = projectEnrollment(data, scenario);
    expect(projected.get('S001')!.students).toEqual([1100, 1210, 1331]);
    expect(projected.get('S002')!.students).toEqual([600, 700, 800]);
  });

  it('refuses an id holding a zero-width or bidi character, naming the field and its line', () => {
    const e = refusal(`construction:
  projects:
    - { id: P1, school: "S001\\u200b", kind: teaching, area: 500 }
enrollment:
  schools: { "S002\\u202e": 0.1 }
`);
    expect(e.kind).toBe('invalid');
    expect(e.problems).toEqual([
      { path: '/construction/projects/0/school', line: 5, message: expect.stringMatching(/invisible or control characters \(U\+200B\)/) },
      { path: '/enrollment/schools/S002\u202e', line: 7, message: expect.stringMatching(/U\+202E/) },
    ]);
  });

  it('refuses two keys of one map that are the same school after NFKC', () => {
    const e = refusal('enrollment:\n  table: { S001: [1, 2, 3], Ｓ００１: [4, 5, 6] }\n');
    expect(e.problems).toEqual([{ path: '/enrollment/table/Ｓ００１', line: 4, message: expect.stringMatching(/"Ｓ００１" is the same school id as "S001"/) }]);
  });

  it('keeps a key such as __proto__ an ordinary (unknown) id', () => {
    const scenario = scenarioOf('enrollment:\n  schools: { __proto__: 0.1 }\n');
    expect(Object.hasOwn(scenario.enrollment.schools, '__proto__')).toBe(true);
    expect(unknownSchoolIds(data, scenario)).toEqual(['/enrollment/schools/__proto__: no school with id "__proto__" in the data']);
  });

  it('meets a county whose file wrote the id in full width: the importer stores ids in NFKC form', async () => {
    const csv = readFileSync('data/sample-county.csv', 'utf8').replace(/^S001,/m, 'Ｓ００１,');
    const imported = await importCounty(new TextEncoder().encode(csv), { fileName: 'c.csv' });
    expect(imported.status).toBe('ok');
    const ids = imported.status === 'ok' ? imported.value.schools.map((s) => s.id) : [];
    expect(ids[0]).toBe('S001');
    expect(ids).not.toContain('Ｓ００１');
  });
});
