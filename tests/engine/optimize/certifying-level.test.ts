import { describe, expect, it } from 'vitest';
import { certifyingLevel } from '../../../engine/optimize/floor-warm.ts';

// The sample baseline's search path: 2026 held at its own ceiling 0.4861, 2027 and 2028 at the common level θ.
const samplePath = (theta: number) => [0.4861, theta, theta];

describe('the level a floor-search check aims at to end the search', () => {
  it('is the lowest θ whose floors average what a plan within the gap needs', () => {
    // Bound 0.7698, gap 1 %: a plan needs an average of 0.7698 / 1.01 = 0.762178…;
    // (0.4861 + 2θ) / 3 = 0.762178 → θ = (3 × 0.762178 − 0.4861) / 2 = 0.900218…
    const theta = certifyingLevel(samplePath, 0.8987, 0.9127, 0.7698 / 1.01);
    expect(theta).toBeCloseTo((3 * (0.7698 / 1.01) - 0.4861) / 2, 8);
    // Never below what is needed: the plan's average is compared with the bound in floating point.
    expect((0.4861 + 2 * theta) / 3).toBeGreaterThanOrEqual(0.7698 / 1.01);
  });

  it('is the top of the range when no level in it is enough, and for a bound of 0 or less', () => {
    // At θ = 0.9127 the average is (0.4861 + 1.8254) / 3 = 0.7705, below the 0.78 needed.
    expect(certifyingLevel(samplePath, 0.8987, 0.9127, 0.78)).toBe(0.9127);
    expect(certifyingLevel(samplePath, 0.8987, 0.9127, 0)).toBe(0.9127);
    expect(certifyingLevel(samplePath, 0.8987, 0.9127, Number.NaN)).toBe(0.9127);
  });

  it('follows a path where a year stops at its own cap', () => {
    // Years capped at 0.5, 0.9, 1.0: θ = 0.95 gives 0.5, 0.9, 0.95, average 0.78333…; need 0.78 →
    // 0.5 + 0.9 + θ = 2.34 → θ = 0.94 (above the 0.9 cap, so only the third year moves).
    const capped = (theta: number) => [0.5, 0.9, 1.0].map((cap) => Math.min(cap, theta));
    expect(certifyingLevel(capped, 0.8, 1.0, 0.78)).toBeCloseTo(0.94, 8);
  });
});
