import { describe, expect, it } from 'vitest';
import { checkFeasibility, getSolver } from '../../../engine/solve/index.ts';
import { ERRATA, netlibModel, netlibNames, readOptima, referenceOptimum, relativeError } from './netlib-data.ts';

const optima = readOptima();
const names = netlibNames();

/**
 * javascript-lp-solver (dense-tableau simplex) solves these 15 in 5-120 ms each, all within 1e-9
 * relative of the optimum; the test asks for 1e-6 because the library rounds values to 1e-9.
 * Skipped, because the library does not return within 20 s (it has no LP time limit; its `timeout`
 * is only checked between branch-and-bound nodes, so a cycling LP can only be stopped by killing the
 * worker): boeing2, brandy, capri, e226, share1b, share2b. Which models cycle depends on the column
 * substitution in engine/solve/jslp.ts: with the library's own `unrestricted` flag capri solved and
 * vtp.base cycled, but that flag gives wrong optima (see jslp.ts), so it is not used.
 */
const JSLP_SOLVES = [
  'adlittle',
  'afiro',
  'blend',
  'bore3d',
  'israel',
  'kb2',
  'lotfi',
  'recipe',
  'sc105',
  'sc50a',
  'sc50b',
  'scagr7',
  'scorpion',
  'stocfor1',
  'vtp.base',
];
const JSLP_REL_TOL = 1e-6;

describe('netlib data', () => {
  it('has 21 instances, each with a listed optimum', () => {
    expect(names).toHaveLength(21);
    for (const name of names) expect(optima.values.has(name), name).toBe(true);
  });

  it('reads the e226 objective constant from RHS on the objective row (= -RHS)', () => {
    expect(optima.constants.get('e226')).toBe(7.113);
    expect(netlibModel('e226').objectiveConstant).toBeCloseTo(7.113, 12);
  });

  it('corrects only the known scagr7 misprint', () => {
    for (const e of ERRATA.values()) expect(relativeError(e.listed, e.exact)).toBeLessThan(1e-6);
    expect(referenceOptimum(optima, 'afiro')).toBe(optima.values.get('afiro'));
  });
});

describe('HiGHS on netlib', () => {
  it.each(names)('%s reaches the listed optimum (rel. error < 1e-8)', async (name) => {
    const model = netlibModel(name);
    const r = await getSolver('highs').solve(model);
    expect(r.status, r.message).toBe('optimal');
    const objective = r.objective - (model.objectiveConstant ?? 0);
    expect(relativeError(objective, referenceOptimum(optima, name))).toBeLessThan(1e-8);
    expect(r.values).toHaveLength(model.variables.length);
    expect(r.rowActivities).toHaveLength(model.constraints.length);
    expect(r.rowDuals).toHaveLength(model.constraints.length);
    expect(checkFeasibility(model, r.values, 1e-6)).toEqual([]);
  });
});

describe('javascript-lp-solver on netlib', () => {
  it('covers every instance it is not documented to skip', () => {
    expect(JSLP_SOLVES.every((n) => names.includes(n))).toBe(true);
    expect(names.length - JSLP_SOLVES.length).toBe(6);
  });

  it.each(JSLP_SOLVES)(`%s reaches the optimum (rel. error < ${JSLP_REL_TOL}) within 5 s`, async (name) => {
    const model = netlibModel(name);
    const r = await getSolver('jslp').solve(model);
    expect(r.status, r.message).toBe('optimal');
    const objective = r.objective - (model.objectiveConstant ?? 0);
    expect(relativeError(objective, referenceOptimum(optima, name))).toBeLessThan(JSLP_REL_TOL);
    expect(r.seconds).toBeLessThan(5);
    expect(checkFeasibility(model, r.values, 1e-6)).toEqual([]);
  });
});
