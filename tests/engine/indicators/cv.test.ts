import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceCoefficient, unweightedCoefficient } from '../../../engine/indicators/cv.ts';

describe('student-weighted difference coefficient', () => {
  // domain.md worked example: backbone teachers per 100 students at four schools.
  const P = [420, 96, 1210, 310];
  const backbone = [22, 3, 41, 9];
  const X = P.map((p, i) => (100 * backbone[i]!) / p);

  it('reproduces the worked example to 1e-6', () => {
    const d = differenceCoefficient(P.map((weight, i) => ({ weight, value: X[i]! })));
    expect(d.mean).toBeCloseTo(3.683694, 6);
    expect(d.sd).toBeCloseTo(0.810986, 6);
    expect(Math.abs(d.cv - 0.220156)).toBeLessThan(1e-6);
  });

  it('tells weighted and unweighted apart', () => {
    const weighted = differenceCoefficient(P.map((weight, i) => ({ weight, value: X[i]! }))).cv;
    const unweighted = unweightedCoefficient(X);
    expect(Math.abs(unweighted - 0.252497)).toBeLessThan(1e-6);
    expect(Math.abs(weighted - unweighted)).toBeGreaterThan(0.03);
  });

  const sample = fc.array(
    fc.record({ weight: fc.integer({ min: 1, max: 3000 }), value: fc.double({ min: 0.01, max: 1e4, noNaN: true }) }),
    { minLength: 1, maxLength: 40 },
  );

  it('is scale-invariant', () => {
    fc.assert(fc.property(sample, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (points, k) => {
      const a = differenceCoefficient(points).cv;
      const b = differenceCoefficient(points.map((p) => ({ ...p, value: p.value * k }))).cv;
      expect(Math.abs(a - b)).toBeLessThan(1e-9 * Math.max(1, a));
    }));
  });

  it('is zero when all schools are equal', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 40 }), fc.double({ min: 0, max: 1e4, noNaN: true }), (weights, value) => {
      expect(differenceCoefficient(weights.map((weight) => ({ weight, value }))).cv).toBeLessThan(1e-12);
    }));
  });

  it('does not depend on school order', () => {
    fc.assert(fc.property(sample.chain((points) => fc.tuple(fc.constant(points), fc.shuffledSubarray(points, { minLength: points.length, maxLength: points.length }))), ([points, shuffled]) => {
      const a = differenceCoefficient(points).cv;
      const b = differenceCoefficient(shuffled).cv;
      expect(Math.abs(a - b)).toBeLessThan(1e-12 * Math.max(1, a));
    }));
  });

  it('scales weights without changing the coefficient', () => {
    fc.assert(fc.property(sample, fc.integer({ min: 2, max: 50 }), (points, k) => {
      const a = differenceCoefficient(points).cv;
      const b = differenceCoefficient(points.map((p) => ({ ...p, weight: p.weight * k }))).cv;
      expect(Math.abs(a - b)).toBeLessThan(1e-9 * Math.max(1, a));
    }));
  });
});
