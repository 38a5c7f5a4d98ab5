/**
 * floor-bound.ts shortBelow: the line α − β·z over [L, U] that the school-rule cuts use for the most an
 * indicator can be short when every ratio is ≥ z, i.e. max(0, 1 − z). Worked examples from that definition,
 * then the property for any interval.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortBelow } from '../../../engine/optimize/floor-bound.ts';

const line = (L: number, U: number) => {
  const { alpha, beta } = shortBelow(L, U);
  return (z: number) => alpha - beta * z;
};

describe('shortBelow', () => {
  it('is 1 − z while the floor cannot pass the standard', () => {
    const g = line(0.7, 0.95);
    expect(g(0.7)).toBeCloseTo(0.3, 12);
    expect(g(0.95)).toBeCloseTo(0.05, 12);
  });

  it('is the chord from (L, 1 − L) to (U, 0) when it can: floor 1.06 leaves no indicator short', () => {
    // L = 0.9, U = 1.1: at z = 0.9 up to 0.1 short; at z = 1.1 nothing; at z = 1.06 the line allows 0.02 (≥ 0).
    const g = line(0.9, 1.1);
    expect(g(0.9)).toBeCloseTo(0.1, 12);
    expect(g(1.1)).toBeCloseTo(0, 12);
    expect(g(1.06)).toBeCloseTo(0.02, 12);
    expect(g(1)).toBeCloseTo(0.05, 12); // above max(0, 1 − 1) = 0: valid, weaker than 1 − z there
  });

  it('is 0 when every plan has floor ≥ 1', () => {
    expect(line(1.02, 1.2)(1.1)).toBe(0);
  });

  it('lies on or above max(0, 1 − z) on [L, U], for any interval', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1.5, noNaN: true }), fc.double({ min: 0, max: 1.5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, s) => {
      const [L, U] = a <= b ? [a, b] : [b, a];
      const z = L + s * (U - L);
      expect(line(L, U)(z)).toBeGreaterThanOrEqual(Math.max(0, 1 - z) - 1e-12);
    }));
  });
});
