/** The student-weighted difference coefficient (差异系数) of the 2012/2017 evaluations. */

export interface WeightedValue {
  weight: number; // students
  value: number; // indicator value
}

export interface Dispersion {
  /** County value: Σ P_i·X_i / Σ P_i. */
  mean: number;
  /** Population standard deviation with weights P_i / P. */
  sd: number;
  /** sd / mean; 0 when all values are equal (including all zero). */
  cv: number;
}

/** CV = sqrt(Σ (P_i/P)(X_i − X̄)²) / X̄ with X̄ = Σ P_i X_i / P. */
export function differenceCoefficient(points: readonly WeightedValue[]): Dispersion {
  let total = 0;
  let weighted = 0;
  for (const p of points) {
    total += p.weight;
    weighted += p.weight * p.value;
  }
  if (total <= 0) return { mean: 0, sd: 0, cv: 0 };
  const mean = weighted / total;
  let variance = 0;
  for (const p of points) variance += (p.weight / total) * (p.value - mean) ** 2;
  const sd = Math.sqrt(variance);
  const cv = sd === 0 ? 0 : sd / mean;
  return { mean, sd, cv };
}

/** Plain (every school equal) coefficient, population form; reported for contrast only. */
export function unweightedCoefficient(values: readonly number[]): number {
  return differenceCoefficient(values.map((value) => ({ weight: 1, value }))).cv;
}
