import { describe, expect, it } from 'vitest';
import { deepEqual, escapePointer, scenarioDiff } from '../../../engine/compare/scenario-diff.ts';

describe('scenarioDiff', () => {
  it('is empty for equal documents, whatever the key order', () => {
    expect(scenarioDiff({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it('reports changed leaves with JSON-pointer paths and both values', () => {
    expect(scenarioDiff({ policy: { rotation: { minShare: 0.1, backboneShare: 0.2 } } }, { policy: { rotation: { minShare: 0.15, backboneShare: 0.2 } } }))
      .toEqual([{ path: '/policy/rotation/minShare', change: 'changed', baseline: 0.1, value: 0.15 }]);
  });

  it('reports an object present on one side leaf by leaf', () => {
    expect(scenarioDiff({ name: 'a' }, { name: 'a', policy: { rotation: { minShare: 0.15, termYears: 2 } } })).toEqual([
      { path: '/policy/rotation/minShare', change: 'added', baseline: undefined, value: 0.15 },
      { path: '/policy/rotation/termYears', change: 'added', baseline: undefined, value: 2 },
    ]);
    expect(scenarioDiff({ construction: { allowExpansion: false } }, {})).toEqual([
      { path: '/construction/allowExpansion', change: 'removed', baseline: false, value: undefined },
    ]);
  });

  it('treats a list of numbers as one value, also when a number becomes a list', () => {
    expect(scenarioDiff({ budget: { perYear: [1, 2, 3] } }, { budget: { perYear: [1, 2, 4] } }))
      .toEqual([{ path: '/budget/perYear', change: 'changed', baseline: [1, 2, 3], value: [1, 2, 4] }]);
    expect(scenarioDiff({ budget: { perYear: 5 } }, { budget: { perYear: [5, 5, 5] } }))
      .toEqual([{ path: '/budget/perYear', change: 'changed', baseline: 5, value: [5, 5, 5] }]);
  });

  it('follows lists of objects element by element, whole elements when on one side only', () => {
    const p = (earliestYear: number) => ({ id: 'p1', school: 'S003', kind: 'teaching', area: 1800, earliestYear });
    expect(scenarioDiff({ projects: [p(2026), p(2026)] }, { projects: [p(2026), p(2027)] }))
      .toEqual([{ path: '/projects/1/earliestYear', change: 'changed', baseline: 2026, value: 2027 }]);
    expect(scenarioDiff({ projects: [] }, { projects: [p(2026)] }))
      .toEqual([{ path: '/projects/0', change: 'added', baseline: undefined, value: p(2026) }]);
    expect(scenarioDiff({ construction: {} }, { construction: { projects: [p(2026), p(2027)] } }).map((e) => [e.path, e.change]))
      .toEqual([['/construction/projects/0', 'added'], ['/construction/projects/1', 'added']]);
    expect(scenarioDiff({ projects: [p(2026), p(2027)] }, { projects: [p(2026)] }))
      .toEqual([{ path: '/projects/1', change: 'removed', baseline: p(2027), value: undefined }]);
  });

  it('escapes / and ~ in keys', () => {
    expect(escapePointer('a/b~c')).toBe('a~1b~0c');
    expect(scenarioDiff({ table: { 'S/1': [1] } }, { table: { 'S/1': [2] } })[0]!.path).toBe('/table/S~11');
  });

  it('leaves out ignored paths and everything under them', () => {
    expect(scenarioDiff({ name: 'a', description: 'x', budget: { perYear: 1 } }, { name: 'b', description: 'y', budget: { perYear: 2 } }, { ignore: ['/name', '/description'] }))
      .toEqual([{ path: '/budget/perYear', change: 'changed', baseline: 1, value: 2 }]);
    expect(scenarioDiff({ a: { b: 1, c: 2 } }, { a: { b: 3, c: 4 } }, { ignore: ['/a'] })).toEqual([]);
  });

  it('reports a change of the whole value at the empty path', () => {
    expect(scenarioDiff(1, 2)).toEqual([{ path: '', change: 'changed', baseline: 1, value: 2 }]);
    expect(scenarioDiff(null, { a: 1 })).toEqual([{ path: '', change: 'changed', baseline: null, value: { a: 1 } }]);
  });
});

describe('deepEqual', () => {
  it('compares plain JSON structurally', () => {
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
  });
});
