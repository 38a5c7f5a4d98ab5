import { beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../engine/indicators/types.ts';
import { filterRows, nextSort, sortRows, sortValue } from '../../../web/app/src/features/data/evaluation-table.ts';
import { sampleEvaluation } from './sample-evaluation.ts';

let evaluation: Evaluation;
beforeAll(async () => { evaluation = await sampleEvaluation(); });

describe('evaluation table rows', () => {
  it('puts excluded schools last whichever way the result column sorts', () => {
    const excluded = evaluation.schools.filter((s) => s.excluded).length;
    expect(excluded).toBeGreaterThan(0);
    for (const direction of ['asc', 'desc'] as const) {
      const rows = sortRows(evaluation.schools, { key: 'passes', direction });
      expect(rows.slice(-excluded).every((r) => r.excluded)).toBe(true);
      const results = rows.slice(0, -excluded).map((r) => (r.passes ? 1 : 0));
      expect(results).toEqual([...results].sort((a, b) => (direction === 'asc' ? a - b : b - a)));
    }
  });

  it('sorts by the number of gaps and keeps the order of equal rows', () => {
    const rows = sortRows(evaluation.schools, { key: 'gaps', direction: 'desc' });
    const counts = rows.filter((r) => !r.excluded).map((r) => sortValue(r, 'gaps') as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts[counts.length - 1]!);
    const zero = rows.filter((r) => sortValue(r, 'gaps') === 0).map((r) => r.id);
    expect(zero).toEqual(evaluation.schools.filter((r) => !r.excluded && Object.keys(r.gaps).length === 0).map((r) => r.id));
  });

  it('filters on level and location together', () => {
    const rows = filterRows(evaluation.schools, 'primary', 'town');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBe(evaluation.schools.filter((s) => s.level === 'primary' && s.location === 'town').length);
    expect(rows.every((r) => r.level === 'primary' && r.location === 'town')).toBe(true);
  });

  it('a click on the sorted column flips it, on another starts ascending', () => {
    expect(nextSort({ key: 'students', direction: 'asc' }, 'students')).toEqual({ key: 'students', direction: 'desc' });
    expect(nextSort({ key: 'students', direction: 'desc' }, 'indicator:sportsArea')).toEqual({ key: 'indicator:sportsArea', direction: 'asc' });
  });
});
