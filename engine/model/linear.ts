/** Sparse linear expressions over model columns: Σ coef·x + constant. */

export class LinExpr {
  readonly terms = new Map<number, number>();
  constant = 0;

  add(index: number, coef: number): this {
    if (coef === 0 || index < 0) return this;
    this.terms.set(index, (this.terms.get(index) ?? 0) + coef);
    return this;
  }

  addExpr(other: LinExpr, scale = 1): this {
    for (const [j, a] of other.terms) this.add(j, a * scale);
    this.constant += other.constant * scale;
    return this;
  }

  scaled(k: number): LinExpr {
    return new LinExpr().addExpr(this, k);
  }

  value(x: readonly number[]): number {
    let v = this.constant;
    for (const [j, a] of this.terms) v += a * (x[j] ?? 0);
    return v;
  }

  /** Terms for a row; the constant goes to the row bounds. */
  entries(): [number, number][] {
    return [...this.terms];
  }
}

export function sumExprs(exprs: Iterable<LinExpr>): LinExpr {
  const out = new LinExpr();
  for (const e of exprs) out.addExpr(e);
  return out;
}
