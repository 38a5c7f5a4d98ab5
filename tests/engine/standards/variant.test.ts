import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getStandard, loadStandardFile, StandardFileError } from '../../../engine/standards/index.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { evaluateCounty } from '../../../engine/indicators/evaluate.ts';
import { county, school } from '../helpers.ts';

const file = 'data/standards/example-province.json';
const variant = () => loadStandardFile(JSON.parse(readFileSync(file, 'utf8')), file);

describe('standards as data', () => {
  it('ships the two national standards with their rules', () => {
    const q = getStandard('quality-2017')!;
    expect(q.indicators.map((i) => i.key)).toEqual(['degreeTeachers', 'backboneTeachers', 'peArtTeachers', 'teachingArea', 'sportsArea', 'equipmentValue', 'multimediaRooms']);
    expect(q.cvLimit).toEqual({ primary: 0.5, junior: 0.45 });
    expect(q.schoolRule).toEqual({ minMet: 6, otherMinRatio: 0.85 });
    const b = getStandard('basic-2012')!;
    expect(b.indicators).toHaveLength(8);
    expect([b.cvRule, b.cvLimit.primary, b.cvLimit.junior]).toEqual(['composite', 0.65, 0.55]);
  });

  it('loads a provincial variant file that extends quality-2017 without code changes', () => {
    const v = variant();
    expect(v.id).toBe('example-province-2021');
    expect(v.indicators.find((i) => i.key === 'sportsArea')!.threshold).toEqual({ primary: 8, junior: 11 });
    expect(v.indicators.find((i) => i.key === 'teachingArea')!.threshold).toEqual(quality2017.indicators[3]!.threshold);
    expect(v.cvLimit).toEqual({ primary: 0.45, junior: 0.4 });
    expect(quality2017.indicators[4]!.threshold.primary).toBe(7.5); // the base is not modified
    const s = school('A', { students: 500, resources: { sportsArea: 500 * 7.8 } });
    expect(evaluateCounty(county([s]), quality2017).schools[0]!.meets.sportsArea).toBe(true);
    expect(evaluateCounty(county([s]), v).schools[0]!.meets.sportsArea).toBe(false);
  });

  it('rejects bad variant files with the field named', () => {
    const bad = (data: unknown) => () => loadStandardFile(data, 'p.json');
    expect(bad({ id: 'x', extends: 'quality-2017' })).toThrow(/source/);
    expect(bad({ id: 'x', extends: 'nope', source: 's' })).toThrow(/unknown standard "nope"/);
    expect(bad({ id: 'x', extends: 'quality-2017', source: 's', thresholds: { sportArea: { primary: 8 } } })).toThrow(/thresholds\/sportArea/);
    expect(bad({ id: 'x', source: 's' })).toThrow(StandardFileError);
    expect(bad({ id: 'x', extends: 'quality-2017', source: 's', cvLimit: { primary: -1 } })).toThrow(/cvLimit/);
  });
});
