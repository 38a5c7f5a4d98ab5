import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMerged, mergeTerms } from '../../../engine/solve/model.ts';

/** The plain definition: sum per index (in input order), drop zeros, sort by index. */
function reference(terms: [number, number][]): [number, number][] {
  const acc = new Map<number, number>();
  for (const [j, a] of terms) acc.set(j, (acc.get(j) ?? 0) + a);
  return [...acc].filter(([, a]) => a !== 0).sort((p, q) => p[0] - q[0]);
}

describe('mergeTerms (no Map per row)', () => {
  it('equals the plain definition, sorted and merged', () => {
    const term = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.oneof(fc.constant(0), fc.constant(1), fc.constant(-1), fc.double({ min: -5, max: 5, noNaN: true })));
    fc.assert(fc.property(fc.array(term, { maxLength: 20 }), (terms) => {
      const merged = mergeTerms(terms);
      expect(merged).toEqual(reference(terms));
      expect(isMerged(merged)).toBe(true);
    }), { numRuns: 300 });
  });

  it('leaves its input alone', () => {
    const terms: [number, number][] = [[3, 1], [1, 2], [3, -1]];
    mergeTerms(terms);
    expect(terms).toEqual([[3, 1], [1, 2], [3, -1]]);
  });
});
