/**
 * Rows of an LpModel as the compressed sparse row arrays HiGHS reads (the whole model in highs.ts,
 * rows added later in highs-lazy.ts). Duplicate indices within a row are summed and exact zeros dropped
 * (mergeTerms): HiGHS refuses a row that names a column twice.
 */
import { isMerged, mergeTerms, type LpConstraint } from './model.ts';

export interface CsrRows {
  format: 'csr';
  numRows: number;
  numCols: number;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export function csrRows(rows: readonly LpConstraint[], numCols: number): CsrRows {
  const starts = new Int32Array(rows.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  rows.forEach((row, i) => {
    for (const [j, a] of isMerged(row.terms) ? row.terms : mergeTerms(row.terms)) {
      indices.push(j);
      values.push(a);
    }
    starts[i + 1] = indices.length;
  });
  return { format: 'csr', numRows: rows.length, numCols, starts, indices: Int32Array.from(indices), values: Float64Array.from(values) };
}
