/**
 * Formula indicators of a provincial variant (addIndicators), evaluated with a restricted mathjs parser.
 * Worked example: computers per 100 pupils = computers / students · 100, primary ≥ 12.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCounty, EvaluationError } from '../../../engine/indicators/evaluate.ts';
import { compileFormula, FormulaError } from '../../../engine/standards/formula.ts';
import { loadStandardFile, StandardFileError } from '../../../engine/standards/index.ts';
import { county, school } from '../helpers.ts';

const computers = {
  key: 'computers100', name: { zh: '每百名学生拥有计算机台数', en: 'Computers per 100 pupils' }, unit: { zh: '台', en: 'units' },
  formula: 'computers / students * 100', threshold: { primary: 12, junior: 15 },
};
const variant = (extra: object = {}) => loadStandardFile({ id: 'p', extends: 'quality-2017', source: '某省', addIndicators: [{ ...computers, ...extra }] }, 'p.json');

describe('formula indicators', () => {
  it('gives values, meets and coefficients under the key, keeping the built-in indicators', () => {
    // A: 60 / 400 · 100 = 15 ≥ 12; B: 40 / 400 · 100 = 10 < 12.
    // County value (15 + 10) / 2 = 12.5 (equal weights); S = 2.5; CV = 2.5 / 12.5 = 0.2.
    const std = variant();
    const ev = evaluateCounty(county([school('A', { students: 400, resources: { computers: 60 } }), school('B', { students: 400, resources: { computers: 40 } })]), std);
    expect(ev.schools.map((s) => s.values.computers100)).toEqual([15, 10]);
    expect(ev.schools.map((s) => s.meets.computers100)).toEqual([true, false]);
    expect(ev.levels.primary.cv.computers100).toBeCloseTo(0.2, 12);
    expect(ev.indicators.map((i) => i.key)).toEqual([...std.indicators.map((i) => i.key), 'computers100']);
    // Not in the school rule unless the variant says so: B still passes all seven built-in standards.
    expect(ev.schools[1]!.passes).toBe(true);
    const ruled = evaluateCounty(county([school('B', { students: 400, resources: { computers: 40 } })]), variant({ inSchoolRule: true }));
    expect(ruled.schools[0]!.metCount).toBe(7); // 7 of 8 met; the eighth at 10 / 12 = 0.833 < 0.85 → fails
    expect(ruled.schools[0]!.passes).toBe(false);
  });

  it('counts in the county rule only when the variant says so', () => {
    // Values 30 and 2 per 100 for equal schools: X̄ = 16, S = 14, CV = 0.875 > 0.5.
    const schools = [school('A', { students: 400, resources: { computers: 120 } }), school('B', { students: 400, resources: { computers: 8 } })];
    expect(evaluateCounty(county(schools), variant()).levels.primary.passes).toBe(true);
    const counted = evaluateCounty(county(schools), variant({ inCoefficients: true })).levels.primary;
    expect(counted.cv.computers100).toBeCloseTo(0.875, 12);
    expect(counted.failing).toEqual(['computers100']);
  });

  it('reads extra county columns by their header', () => {
    // labs / classes: 3 / 12 = 0.25 per class.
    const std = loadStandardFile({ id: 'p', extends: 'quality-2017', source: 's', addIndicators: [{ ...computers, key: 'labs', formula: 'labs / classes', threshold: { primary: null, junior: null } }] }, 'p.json');
    const c = { ...county([school('A', { students: 480, classes: 12, extra: { labs: '3' } })]), ignoredColumns: ['labs'] };
    expect(evaluateCounty(c, std).schools[0]!.values.labs).toBeCloseTo(0.25, 12);
    expect(() => evaluateCounty(county([school('A')]), std)).toThrow(EvaluationError);
    expect(() => evaluateCounty(county([school('A')]), std)).toThrow(/unknown variable "labs"/);
  });

  it('refuses a bad formula with its field, position and reason', () => {
    const bad = (formula: string) => {
      try {
        loadStandardFile({ id: 'p', extends: 'quality-2017', source: 's', addIndicators: [{ ...computers, formula }] }, 'p.json');
      } catch (e) {
        if (e instanceof StandardFileError) return e.message;
      }
      return 'accepted';
    };
    expect(bad('computers = 3')).toMatch(/\/addIndicators\/0\/formula: assignment is not allowed \(character 11 of/);
    expect(bad('f(x) = x')).toMatch(/function definitions are not allowed/);
    expect(bad('import({}, {})')).toMatch(/function "import" is not allowed.*\(character 1 of/);
    expect(bad('computers / (students')).toMatch(/\/addIndicators\/0\/formula: Parenthesis \) expected \(character 22 of/);
    expect(bad('evaluate("1")')).toMatch(/function "evaluate" is not allowed/);
    expect(bad('computers.length')).toMatch(/not allowed/);
  });
});

describe('restricted formulas', () => {
  it('allows only the documented variables and functions', () => {
    const f = compileFormula('max(0, a - 2) ^ 2', 'x', ['a']);
    expect(f.evaluate({ a: 5 })).toBe(9); // (5 − 2)² = 9
    expect(() => compileFormula('b + 1', 'x', ['a'])).toThrow(FormulaError);
    const e = (() => { try { compileFormula('a + bb', '/f', ['a']); } catch (err) { return err as FormulaError; } })()!;
    expect([e.field, e.position]).toEqual(['/f', 5]);
  });
});
