import { describe, expect, it } from 'vitest';
import { getHighsRuntime } from '../../../engine/solve/index.ts';
import { MpsParseError, parseMps, parseMpsDetailed } from './mps.ts';
import type { LpModel } from '../../../engine/solve/index.ts';
import { netlibNames, netlibText } from './netlib-data.ts';

const FEATURES = `* free-format model using every supported feature
NAME          FEATURES
OBJSENSE
    MAX
ROWS
 N  obj
 E  eqpos
 E  eqneg
 E  eqzero
 L  le
 G  ge
 N  spare
COLUMNS
    x   obj  1   eqpos  1
    x   eqneg  1
    y   obj  2   le  1
    y   spare  5
    MARKER   'MARKER'   'INTORG'
    z   obj  3   ge  1
    w   obj  4   eqzero  1
    MARKER   'MARKER'   'INTEND'
    u   obj  -1  ge  2
    v   le  1
RHS
    RHS  obj  3.5  eqpos  2
    RHS  eqneg  4  eqzero  6
    RHS  le  10  ge  1
RANGES
    RNG  eqpos  3  eqneg  -1.5
    RNG  eqzero  0  le  -4
    RNG  ge  2.5
BOUNDS
 UP BND  x  -5
 UP BND  w  7
 MI BND  y
 UP BND  y  8
 LO BND  u  -2
 UP BND  u  -1
 BV BND  v
ENDATA
`;

/** Expected reading of FEATURES; see the conventions in engine/solve/mps.ts. */
function expectFeatures(model: LpModel): void {
  expect(model.name).toBe('FEATURES');
  expect(model.sense).toBe('max');
  expect(model.objectiveConstant).toBe(-3.5);
  expect(model.variables).toEqual([
    { name: 'x', lb: -Infinity, ub: -5, cost: 1 },
    { name: 'y', lb: -Infinity, ub: 8, cost: 2 },
    { name: 'z', lb: 0, ub: 1, cost: 3, integer: true },
    { name: 'w', lb: 0, ub: 7, cost: 4, integer: true },
    { name: 'u', lb: -2, ub: -1, cost: -1 },
    { name: 'v', lb: 0, ub: 1, cost: 0, integer: true },
  ]);
  expect(model.constraints).toEqual([
    { name: 'eqpos', terms: [[0, 1]], lb: 2, ub: 5 },
    { name: 'eqneg', terms: [[0, 1]], lb: 2.5, ub: 4 },
    { name: 'eqzero', terms: [[3, 1]], lb: 6, ub: 6 },
    { name: 'le', terms: [[1, 1], [5, 1]], lb: 6, ub: 10 },
    { name: 'ge', terms: [[2, 1], [4, 2]], lb: 1, ub: 3.5 },
  ]);
}

/** A line with fields at the fixed-format columns 2, 5, 15, 25, 40, 50. */
function fixed(...f: string[]): string {
  const starts = [1, 4, 14, 24, 39, 49];
  let line = '';
  f.forEach((text, k) => {
    line = line.padEnd(starts[k]!) + text;
  });
  return line;
}

function parseError(text: string): MpsParseError {
  try {
    parseMps(text);
  } catch (e) {
    if (e instanceof MpsParseError) return e;
    throw e;
  }
  throw new Error('expected an MpsParseError');
}

const SMALL = (body: string) => `NAME T\nROWS\n N obj\n L r1\nCOLUMNS\n    x obj 1 r1 1\n${body}`;

describe('parseMps conventions', () => {
  it('reads ranges, bounds, markers, objective sense and constant', () => {
    const { model, warnings } = parseMpsDetailed(FEATURES);
    expectFeatures(model);
    expect(warnings.some((w) => w.includes('free row "spare" dropped'))).toBe(true);
    expect(warnings.some((w) => w.includes('negative upper bound -5 on column "x"'))).toBe(true);
    expect(warnings.some((w) => w.includes('column "u"'))).toBe(false);
  });

  it('accepts OBJSENSE on the header line, CRLF line ends and a Fortran D exponent', () => {
    const text = FEATURES.replace('OBJSENSE\n    MAX\n', 'OBJSENSE MAXIMIZE\n').replace('eqpos  1\n', 'eqpos  1.0D0\n');
    expectFeatures(parseMps(text.replace(/\n/g, '\r\n')));
    expect(parseMps(SMALL('RHS\n    RHS r1 1\nENDATA\n').replace('NAME T', 'NAME T\nOBJSENSE MIN')).sense).toBe('min');
  });

  it('matches the HiGHS MPS reader except for the negative-UP rule', async () => {
    const h = await getHighsRuntime();
    const model = parseMps(FEATURES);
    const m = h.createModel({ format: 'mps', data: FEATURES });
    try {
      const lp = m.getLp('csr');
      expect(Array.from(lp.colLower)).toEqual([0, ...model.variables.slice(1).map((v) => v.lb)]);
      expect(Array.from(lp.colUpper)).toEqual(model.variables.map((v) => v.ub));
      expect(Array.from(lp.rowLower)).toEqual(model.constraints.map((r) => r.lb));
      expect(Array.from(lp.rowUpper)).toEqual(model.constraints.map((r) => r.ub));
      expect(lp.offset).toBe(model.objectiveConstant);
      expect(Array.from(lp.integrality)).toEqual(model.variables.map((v) => (v.integer ? 1 : 0)));
    } finally {
      m.dispose();
    }
  });

  it('uses the N row named by OBJNAME and drops the others', () => {
    const text = 'NAME T\nOBJNAME\n    cost\nROWS\n N first\n N cost\n G r\nCOLUMNS\n    x first 9 cost 2\n    x r 1\nRHS\n    r 1\nENDATA\n';
    const model = parseMps(text);
    expect(model.variables[0]).toEqual({ name: 'x', lb: 0, ub: Infinity, cost: 2 });
    expect(model.constraints).toEqual([{ name: 'r', terms: [[0, 1]], lb: 1, ub: Infinity }]);
  });

  it('keeps the first of duplicate entries with a warning, uses only the first RHS set', () => {
    const { model, warnings } = parseMpsDetailed(SMALL('    x r1 2\nRHS\n    A r1 5\n    B r1 7\nENDATA\n'));
    expect(model.constraints[0]).toEqual({ name: 'r1', terms: [[0, 1]], lb: -Infinity, ub: 5 });
    expect(warnings).toHaveLength(2);
  });

  it('reads 1e30 as infinity and removes the binary default once an integer column has a bound', () => {
    const text = 'NAME T\nROWS\n N obj\nCOLUMNS\n    M1 \'MARKER\' \'INTORG\'\n    i obj 1\n    j obj 1\n    M2 \'MARKER\' \'INTEND\'\nBOUNDS\n LO B i 2\n UP B j 1e30\nENDATA\n';
    expect(parseMps(text).variables).toEqual([
      { name: 'i', lb: 2, ub: Infinity, cost: 1, integer: true },
      { name: 'j', lb: 0, ub: Infinity, cost: 1, integer: true },
    ]);
  });

  it('reads names with spaces by fixed-format columns', () => {
    const text = [
      'NAME          SPACES',
      'ROWS',
      fixed('N', 'COST'),
      fixed('L', 'LIM 1'),
      'COLUMNS',
      fixed('', 'MY COL', 'COST', '1.5', 'LIM 1', '2'),
      fixed('', 'X', 'LIM 1', '1'),
      'RHS',
      fixed('', 'RHS', 'LIM 1', '8'),
      'BOUNDS',
      fixed('UP', 'BND', 'MY COL', '3'),
      'ENDATA',
    ].join('\n');
    const model = parseMps(text);
    expect(model.variables.map((v) => [v.name, v.ub, v.cost])).toEqual([
      ['MY COL', 3, 1.5],
      ['X', Infinity, 0],
    ]);
    expect(model.constraints).toEqual([{ name: 'LIM 1', terms: [[0, 2], [1, 1]], lb: -Infinity, ub: 8 }]);
  });
});

describe('parseMps errors carry line numbers', () => {
  it.each([
    ['unknown row', SMALL('    x nosuch 1\nENDATA\n'), 7, 'unknown row "nosuch"'],
    ['bad number', SMALL('    y r1 abc\nENDATA\n'), 7, 'invalid number "abc"'],
    ['unknown section', SMALL('COLUMN\nENDATA\n'), 7, 'unknown section "COLUMN"'],
    ['unsupported section', SMALL('QUADOBJ\n    x x 1\nENDATA\n'), 7, 'QUADOBJ is not supported'],
    ['row type', 'NAME T\nROWS\n Q r\nENDATA\n', 3, 'unknown row type "Q"'],
    ['bound type', SMALL('BOUNDS\n XX B x 1\nENDATA\n'), 8, 'unknown bound type "XX"'],
    ['bound column', SMALL('BOUNDS\n UP B nosuch 1\nENDATA\n'), 8, 'unknown column "nosuch"'],
    ['semi-continuous', SMALL('BOUNDS\n SC B x 1\nENDATA\n'), 8, 'SC is not supported'],
    ['marker', SMALL("    M 'MARKER' 'INTEND'\nENDATA\n"), 7, "unbalanced 'INTEND' marker"],
    ['column reappears', SMALL('    y r1 1\n    x r1 2\nENDATA\n'), 8, 'column "x" appears again'],
    ['data before section', '    x obj 1\nENDATA\n', 1, 'data before any section header'],
    ['missing value', SMALL('    y r1\nENDATA\n'), 7, 'expected column, row, value'],
    ['missing ENDATA', SMALL('RHS\n    RHS r1 1\n'), 9, 'missing ENDATA'],
  ])('%s', (_label, text, line, message) => {
    const e = parseError(text);
    expect(e.line).toBe(line);
    expect(e.message).toContain(`MPS line ${line}:`);
    expect(e.message).toContain(message);
  });
});

describe('parseMps on netlib', () => {
  it.each(netlibNames())('%s matches the HiGHS MPS reader', async (name) => {
    const text = netlibText(name);
    const { model, warnings } = parseMpsDetailed(text);
    expect(warnings).toEqual([]);
    const h = await getHighsRuntime();
    const m = h.createModel({ format: 'mps', data: text });
    try {
      const lp = m.getLp('csr');
      expect([lp.numCols, lp.numRows]).toEqual([model.variables.length, model.constraints.length]);
      expect(lp.offset).toBe(model.objectiveConstant);
      expect(Array.from(lp.colCost)).toEqual(model.variables.map((v) => v.cost));
      expect(Array.from(lp.colLower)).toEqual(model.variables.map((v) => v.lb));
      expect(Array.from(lp.colUpper)).toEqual(model.variables.map((v) => v.ub));
      expect(Array.from(lp.rowLower)).toEqual(model.constraints.map((r) => r.lb));
      expect(Array.from(lp.rowUpper)).toEqual(model.constraints.map((r) => r.ub));
      expect(Array.from(lp.matrix.starts).slice(1)).toEqual(model.constraints.map((r, i, all) => all.slice(0, i + 1).reduce((s, q) => s + q.terms.length, 0)));
      expect(Array.from(lp.matrix.indices)).toEqual(model.constraints.flatMap((r) => r.terms.map((t) => t[0])));
      expect(Array.from(lp.matrix.values)).toEqual(model.constraints.flatMap((r) => r.terms.map((t) => t[1])));
    } finally {
      m.dispose();
    }
  });
});
