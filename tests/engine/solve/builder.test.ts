import { describe, expect, it } from 'vitest';
import { LpBuilder, checkFeasibility, getSolver, objectiveValue, rowActivities, validateModel, valuesByName } from '../../../engine/solve/index.ts';
import type { LpModel } from '../../../engine/solve/index.ts';

describe('LpBuilder', () => {
  it('returns indices, looks names up and builds plain data', () => {
    const b = new LpBuilder('max', 'plan');
    const [a, c] = b.addVariables(['a', 'c'], { ub: 10 });
    const n = b.addVariable('n', { lb: 1, cost: 3, integer: true });
    expect([a, c, n]).toEqual([0, 1, 2]);
    expect(b.variable('n')).toBe(2);
    expect(b.hasVariable('zzz')).toBe(false);
    const row = b.addConstraint('mix', [[a!, 1], [n, 2], [a!, 1], [c!, 0]], { lb: 1, ub: 8 });
    expect(b.constraint('mix')).toBe(row);
    b.setCost(a!, 2);
    b.addToObjective([[c!, 1], [c!, 1]], 5);
    expect(b.build()).toEqual({
      name: 'plan',
      sense: 'max',
      objectiveConstant: 5,
      variables: [
        { name: 'a', lb: 0, ub: 10, cost: 2 },
        { name: 'c', lb: 0, ub: 10, cost: 2 },
        { name: 'n', lb: 1, ub: Infinity, cost: 3, integer: true },
      ],
      constraints: [{ name: 'mix', terms: [[0, 2], [2, 2]], lb: 1, ub: 8 }],
    });
  });

  it('has le/ge/eq shorthands and returns snapshots', () => {
    const b = new LpBuilder();
    const x = b.addVariable('x');
    b.addLe('le', [[x, 1]], 4);
    b.addGe('ge', [[x, 1]], 1);
    b.addEq('eq', [[x, 2]], 6);
    const first = b.build();
    b.setBounds(x, -1, 1);
    b.setRowBounds(0, 0, 3);
    expect(first.variables[0]).toEqual({ name: 'x', lb: 0, ub: Infinity, cost: 0 });
    expect(first.constraints.map((r) => [r.lb, r.ub])).toEqual([
      [-Infinity, 4],
      [1, Infinity],
      [6, 6],
    ]);
    expect(b.build().constraints[0]).toMatchObject({ lb: 0, ub: 3 });
  });

  it('rejects duplicate names, unknown names and bad indices', () => {
    const b = new LpBuilder();
    const x = b.addVariable('x');
    expect(() => b.addVariable('x')).toThrow('duplicate variable name "x"');
    expect(() => b.variable('y')).toThrow('unknown variable "y"');
    expect(() => b.addLe('r', [[x + 1, 1]], 1)).toThrow('out of range');
    expect(() => b.addLe('r', [[x, Infinity]], 1)).toThrow('not finite');
    b.addLe('r', [[x, 1]], 1);
    expect(() => b.addGe('r', [[x, 1]], 0)).toThrow('duplicate constraint name "r"');
    expect(() => b.constraint('s')).toThrow('unknown constraint "s"');
    expect(() => b.setCost(7, 1)).toThrow('out of range');
  });

  it('feeds a solver and maps values back to names', async () => {
    const b = new LpBuilder('min');
    const teachers = b.addVariable('teachers', { cost: 1, integer: true });
    const rooms = b.addVariable('rooms', { cost: 2, integer: true });
    b.addGe('classes', [[teachers, 1], [rooms, 1]], 7);
    b.addGe('rooms-per-teacher', [[rooms, 3], [teachers, -1]], 0);
    const model = b.build();
    const r = await getSolver('highs').solve(model);
    expect(r.objective).toBeCloseTo(9, 9);
    expect(valuesByName(model, r.values.map((v) => Math.round(v)))).toEqual(new Map([['teachers', 5], ['rooms', 2]]));
  });
});

describe('model helpers', () => {
  const model: LpModel = {
    sense: 'min',
    objectiveConstant: 1,
    variables: [
      { name: 'x', lb: 0, ub: 4, cost: 2 },
      { name: 'k', lb: 0, ub: 10, cost: 1, integer: true },
    ],
    constraints: [
      { name: 'cap', terms: [[0, 1], [1, 1]], lb: -Infinity, ub: 5 },
      { name: 'need', terms: [[0, 1]], lb: 1, ub: Infinity },
    ],
  };

  it('evaluates objective and row activities', () => {
    expect(objectiveValue(model, [2, 3])).toBe(8);
    expect(rowActivities(model, [2, 3])).toEqual([5, 2]);
  });

  it('checkFeasibility accepts a feasible point within tolerance', () => {
    expect(checkFeasibility(model, [1, 4 + 1e-9])).toEqual([]);
  });

  it('checkFeasibility flags violated rows, bounds and integrality with names and amounts', () => {
    const v = checkFeasibility(model, [4.5, 2.5]);
    expect(v).toEqual([
      { kind: 'var-upper', name: 'x', index: 0, value: 4.5, bound: 4, amount: 0.5 },
      { kind: 'integrality', name: 'k', index: 1, value: 2.5, bound: 3, amount: 0.5 },
      { kind: 'row-upper', name: 'cap', index: 0, value: 7, bound: 5, amount: 2 },
    ]);
    expect(checkFeasibility(model, [0.5, 0]).map((x) => [x.kind, x.name, x.amount])).toEqual([['row-lower', 'need', 0.5]]);
    expect(checkFeasibility(model, [1]).map((x) => x.kind)).toEqual(['value']);
  });

  it('scales the tolerance with the bound', () => {
    const big: LpModel = { sense: 'min', variables: [{ name: 'x', lb: 0, ub: 1e6, cost: 0 }], constraints: [] };
    expect(checkFeasibility(big, [1e6 + 0.5], 1e-6)).toEqual([]);
    expect(checkFeasibility(big, [1e6 + 2], 1e-6)).toHaveLength(1);
  });

  it('validateModel reports structural problems only', () => {
    expect(validateModel(model)).toEqual([]);
    const crossed: LpModel = { ...model, variables: [{ name: 'x', lb: 3, ub: 1, cost: 0 }], constraints: [] };
    expect(validateModel(crossed)).toEqual([]);
    const broken: LpModel = {
      sense: 'min',
      variables: [{ name: 'x', lb: Infinity, ub: Infinity, cost: NaN }],
      constraints: [{ name: 'r', terms: [[1, 1]], lb: NaN, ub: 0 }],
    };
    expect(validateModel(broken)).toHaveLength(4);
  });
});
