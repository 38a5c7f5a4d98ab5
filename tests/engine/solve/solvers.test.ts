import { describe, expect, it } from 'vitest';
import { LpBuilder, checkFeasibility, getSolver } from '../../../engine/solve/index.ts';
import { parseMps } from './mps.ts';
import type { LpModel, SolverName } from '../../../engine/solve/index.ts';

function rangedSum(sense: 'min' | 'max'): LpModel {
  const b = new LpBuilder(sense);
  const x = b.addVariable('x', { cost: 1 });
  const y = b.addVariable('y', { cost: 1 });
  b.addConstraint('sum', [[x, 1], [y, 1]], { lb: 2, ub: 5 });
  return b.build();
}

/** max 5x + 4y, 6x + 4y <= 24, x + 2y <= 6, integers: LP optimum 21 at (3, 1.5), integer optimum 20 at (4, 0). */
function smallMip(integer: boolean): LpModel {
  const b = new LpBuilder('max');
  const x = b.addVariable('x', { cost: 5, integer });
  const y = b.addVariable('y', { cost: 4, integer });
  b.addLe('wood', [[x, 6], [y, 4]], 24);
  b.addLe('labour', [[x, 1], [y, 2]], 6);
  return b.build();
}

/** Market split (Cornuejols-Dawande): min |a·x - d| per row over binaries, slow for branch and bound. */
function marketSplit(rows: number, cols: number, seed: number): LpModel {
  let s = seed >>> 0;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const b = new LpBuilder('min', `market-split-${rows}x${cols}`);
  const x = Array.from({ length: cols }, (_, j) => b.addVariable(`x${j}`, { ub: 1, integer: true }));
  for (let i = 0; i < rows; i++) {
    const a = x.map(() => Math.floor(rnd() * 100));
    const d = Math.floor(a.reduce((p, q) => p + q, 0) / 2);
    const plus = b.addVariable(`plus${i}`, { cost: 1 });
    const minus = b.addVariable(`minus${i}`, { cost: 1 });
    b.addEq(`split${i}`, [...x.map((j, k): [number, number] => [j, a[k]!]), [plus, 1], [minus, -1]], d);
  }
  return b.build();
}

describe.each<SolverName>(['highs', 'jslp'])('%s on hand-made models', (name) => {
  const solver = getSolver(name);

  it('respects both sides of a ranged row 2 <= x + y <= 5', async () => {
    const min = await solver.solve(rangedSum('min'));
    expect(min.status).toBe('optimal');
    expect(min.objective).toBeCloseTo(2, 9);
    expect(min.rowActivities?.[0]).toBeCloseTo(2, 9);
    const max = await solver.solve(rangedSum('max'));
    expect(max.objective).toBeCloseTo(5, 9);
  });

  it('reports an infeasible model', async () => {
    const b = new LpBuilder();
    const x = b.addVariable('x', { cost: 1 });
    const y = b.addVariable('y', { cost: 1 });
    b.addGe('atLeast', [[x, 1], [y, 1]], 5);
    b.addLe('atMost', [[x, 1], [y, 1]], 3);
    const r = await solver.solve(b.build());
    expect(r.status).toBe('infeasible');
    expect(r.values).toEqual([]);
    expect(r.objective).toBeNaN();
  });

  it('reports crossed variable bounds as infeasible', async () => {
    const r = await solver.solve({ sense: 'min', variables: [{ name: 'x', lb: 2, ub: 1, cost: 1 }], constraints: [] });
    expect(r.status).toBe('infeasible');
  });

  it('reports an unbounded model', async () => {
    const b = new LpBuilder('max');
    const x = b.addVariable('x', { cost: 1 });
    const y = b.addVariable('y', { cost: 1 });
    b.addLe('diff', [[x, 1], [y, -1]], 4);
    const r = await solver.solve(b.build());
    expect(r.status).toBe('unbounded');
    expect(r.objective).toBe(Infinity);
  });

  it('finds the integer optimum of a small MIP, not the LP one', async () => {
    const lp = await solver.solve(smallMip(false));
    expect(lp.objective).toBeCloseTo(21, 9);
    const mip = await solver.solve(smallMip(true), { mipRelGap: 0 });
    expect(mip.status).toBe('optimal');
    expect(mip.objective).toBeCloseTo(20, 9);
    expect(mip.values.map((v) => Math.round(v) + 0)).toEqual([4, 0]);
  });

  it('solves equality rows', async () => {
    const b = new LpBuilder();
    const x = b.addVariable('x', { cost: 1 });
    const y = b.addVariable('y', { cost: 2 });
    b.addEq('sum', [[x, 1], [y, 1]], 3);
    b.addEq('diff', [[x, 1], [y, -1]], 1);
    const r = await solver.solve(b.build());
    expect(r.objective).toBeCloseTo(4, 9);
    expect(r.values[0]).toBeCloseTo(2, 9);
    expect(r.values[1]).toBeCloseTo(1, 9);
  });

  it('handles free, negative and shifted variables and the objective constant', async () => {
    const b = new LpBuilder('min');
    const free = b.addVariable('free', { lb: -Infinity, cost: 1 });
    const neg = b.addVariable('neg', { lb: -5, ub: -2, cost: -1 });
    const upOnly = b.addVariable('upOnly', { lb: -Infinity, ub: 3, cost: -2 });
    const shifted = b.addVariable('shifted', { lb: 1.5, ub: 4, cost: 1 });
    b.addGe('floor', [[free, 1], [neg, 1]], -10);
    b.addToObjective([], 100);
    const model = b.build();
    const r = await solver.solve(model);
    expect(r.status).toBe('optimal');
    // free = -10 - neg with neg = -2 at the optimum: 100 - 8 + 2 - 6 + 1.5
    expect(r.objective).toBeCloseTo(89.5, 9);
    expect(r.values.map((v) => Number(v.toFixed(9)))).toEqual([-8, -2, 3, 1.5]);
    expect(r.values[upOnly]).toBeCloseTo(3, 9);
    expect(r.values[shifted]).toBeCloseTo(1.5, 9);
    expect(checkFeasibility(model, r.values)).toEqual([]);
  });

  it('returns an error status for a structurally invalid model', async () => {
    const bad: LpModel = { sense: 'min', variables: [{ name: 'x', lb: 0, ub: 1, cost: 1 }], constraints: [{ name: 'r', terms: [[3, 1]], lb: 0, ub: 1 }] };
    const r = await solver.solve(bad);
    expect(r.status).toBe('error');
    expect(r.message).toContain('out of range');
  });

  it('solves a model without variables', async () => {
    const ok = await solver.solve({ sense: 'min', objectiveConstant: 3, variables: [], constraints: [{ name: 'r', terms: [], lb: -1, ub: 1 }] });
    expect([ok.status, ok.objective]).toEqual(['optimal', 3]);
    const bad = await solver.solve({ sense: 'min', variables: [], constraints: [{ name: 'r', terms: [], lb: 1, ub: 2 }] });
    expect(bad.status).toBe('infeasible');
  });

  it('solves a ranged MPS row with both sides active in turn', async () => {
    const text = 'NAME R\nOBJSENSE\n    MAX\nROWS\n N obj\n E r\nCOLUMNS\n    x obj 1 r 1\nRHS\n    RHS r 2\nRANGES\n    RNG r 3\nENDATA\n';
    const model = parseMps(text);
    expect((await solver.solve(model)).objective).toBeCloseTo(5, 9);
    expect((await solver.solve({ ...model, sense: 'min' })).objective).toBeCloseTo(2, 9);
  });
});

describe('HiGHS specifics', () => {
  const highs = getSolver('highs');

  it('returns shadow prices d(objective)/d(bound) for either sense', async () => {
    const build = (sense: 'min' | 'max', sign: number) => {
      const b = new LpBuilder(sense);
      const x = b.addVariable('x', { cost: sign });
      const y = b.addVariable('y', { cost: sign });
      b.addLe('first', [[x, 1], [y, 2]], 4);
      b.addLe('second', [[x, 3], [y, 1]], 6);
      b.addLe('slack', [[x, 1]], 100);
      return b.build();
    };
    const max = await highs.solve(build('max', 1));
    expect(max.objective).toBeCloseTo(2.8, 9);
    expect(max.rowDuals?.map((d) => Number(d.toFixed(9)))).toEqual([0.4, 0.2, 0]);
    const min = await highs.solve(build('min', -1));
    expect(min.rowDuals?.map((d) => Number(d.toFixed(9)))).toEqual([-0.4, -0.2, 0]);
    const ranged = await highs.solve(rangedSum('min'));
    expect(ranged.rowDuals?.[0]).toBeCloseTo(1, 9);
  });

  it('gives no duals but a gap for a MIP', async () => {
    const r = await highs.solve(smallMip(true));
    expect(r.rowDuals).toBeUndefined();
    expect(r.mipGap).toBeGreaterThanOrEqual(0);
    expect(r.mipGap).toBeLessThanOrEqual(1e-4);
  });

  it('stops at the time limit with status timeout and keeps a feasible incumbent', async () => {
    const model = marketSplit(4, 30, 12345);
    const r = await highs.solve(model, { timeLimitSeconds: 0.2 });
    expect(r.status).toBe('timeout');
    expect(r.seconds).toBeLessThan(5);
    if (r.values.length > 0) expect(checkFeasibility(model, r.values)).toEqual([]);
  });

  it('decides "unbounded or infeasible" from presolve by a feasibility solve', async () => {
    // HiGHS 1.15 presolve reports model status 9 (unbounded or infeasible) for this MIP.
    const b = new LpBuilder('min');
    b.addVariable('x', { cost: -1, integer: true });
    const y = b.addVariable('y', { integer: true });
    b.addLe('cap', [[y, 1]], 4);
    expect((await highs.solve(b.build())).status).toBe('unbounded');
    b.addEq('odd', [[y, 2]], 1);
    expect((await highs.solve(b.build())).status).toBe('infeasible');
  });

  it('rejects invalid options as an error result', async () => {
    const r = await highs.solve(rangedSum('min'), { timeLimitSeconds: -1 });
    expect(r.status).toBe('error');
  });
});
