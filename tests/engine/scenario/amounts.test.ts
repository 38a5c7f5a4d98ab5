/** Scenario amounts as expressions with money units (issue 15 item 6), worked by hand. */
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';

const base = { name: 's', horizon: [2026, 2027, 2028] };
const parse = (file: object) => parseScenarioText(JSON.stringify({ ...base, ...file }), 's.json').scenario;

describe('amounts with units and expressions', () => {
  it('reads 万 and 亿 and grows a budget by year', () => {
    // "1000万" = 1000 · 10⁴ = 10,000,000 yuan. `year` counts from the data year, so the first plan year is year 1:
    // "3000万 * 1.05^year" = 31,500,000, 33,075,000, 34,728,750 in 2026, 2027, 2028.
    const s = parse({ budget: { perYear: '3000万 * 1.05^year' }, costs: { multimediaRoom: '2.5万', teachingAreaPerM2: '2800' } });
    expect(s.budget.perYear[0]).toBeCloseTo(31_500_000, 6);
    expect(s.budget.perYear[1]).toBeCloseTo(33_075_000, 6);
    expect(s.budget.perYear[2]).toBeCloseTo(34_728_750, 6);
    expect(s.costs.multimediaRoom).toBe(25_000);
    expect(s.costs.teachingAreaPerM2).toBe(2800);
    const perYear = parse({ budget: { perYear: ['1000万', 12_000_000, '0.12亿'] } }).budget.perYear;
    expect(perYear).toEqual([10_000_000, 12_000_000, 12_000_000]);
  });

  it('refuses assignment and unknown variables, naming the field', () => {
    expect(() => parse({ budget: { perYear: 'x = 5' } })).toThrow(/\/budget\/perYear.*assignment is not allowed/);
    expect(() => parse({ budget: { perYear: 'import("fs", 1)' } })).toThrow(/\/budget\/perYear.*function "import" is not allowed/);
    expect(() => parse({ budget: { perYear: 1e7 }, costs: { teachingAreaPerM2: '2800 * 1.05^month' } }))
      .toThrow(/\/costs\/teachingAreaPerM2.*unknown variable "month".*character 13/);
    expect(() => parse({ budget: { perYear: '-5万' } })).toThrow(/\/budget\/perYear.*between 0/);
  });
});
