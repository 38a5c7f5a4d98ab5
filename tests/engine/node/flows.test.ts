/**
 * Flows without threads or Redis: the parent's result assembled from its children's outcomes (a failed child
 * fails only its point or county, and every Monte Carlo batch is needed), and submitFlow on a runner without
 * flows of its own (children one by one, ends reported, deadline, cancel).
 */
import { describe, expect, it } from 'vitest';
import { failedCountyRow } from '../../../engine/compare/province/summary.ts';
import { assembleFlow, submitFlow } from '../../../engine/node/flows.ts';
import { isAbort, type Job, type JobKind, type JobRunner, type SubmitOptions } from '../../../engine/node/jobs.ts';
import { reportWithoutPlan } from '../../../engine/optimize/solve-report.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';

const scenario = (name: string): Scenario => ({ name, budget: { perYear: [1, 1] } }) as unknown as Scenario;

/** A runner whose jobs end when the test says: `finish(i)` with a value, `fail(i)` with an error. */
function manualRunner(): JobRunner & { jobs: { kind: JobKind; input: unknown; options: SubmitOptions<JobKind>; settle: (v: unknown, e?: Error) => void; cancelled: boolean }[] } {
  const jobs: ReturnType<typeof manualRunner>['jobs'] = [];
  return {
    threads: 2, jobs, close: async () => {},
    submit: (kind, input, options = {}) => {
      let settle: (v: unknown, e?: Error) => void = () => {};
      const result = new Promise((resolve, reject) => { settle = (v, e) => (e ? reject(e) : resolve(v)); });
      const entry = { kind, input, options: options as SubmitOptions<JobKind>, settle, cancelled: false };
      jobs.push(entry);
      return {
        kind, result, cancel: () => {
          entry.cancelled = true;
          settle(undefined, Object.assign(new Error('cancelled'), { name: 'AbortError' }));
        },
      } as Job<typeof kind>;
    },
  };
}

describe('assembleFlow', () => {
  it('a province: rows of children that completed, failed rows (with file) for those that failed, and the counties that failed before', () => {
    const early = failedCountyRow('bad', 'bad.csv', 'bad.csv row 3, column students: not a number', [{ code: 'not-a-number', file: 'bad.csv', row: 3, column: 'students', message: 'not a number' }]);
    const done = { ...failedCountyRow('a', 'a.csv', 'x'), status: 'done' as const, error: undefined };
    const summary = assembleFlow('province', { scenario: 's', years: [2026], failed: [early], counties: [{ county: 'a', file: 'a.csv' }, { county: 'b', file: 'b.csv' }] }, [
      { result: done }, { error: 'the worker died' },
    ]);
    expect(summary.totals).toMatchObject({ counties: 3, failed: 2 });
    expect(summary.counties.find((c) => c.county === 'b')).toMatchObject({ status: 'failed', file: 'b.csv', error: { message: 'b.csv: the worker died' } });
    expect(summary.counties.find((c) => c.county === 'bad')!.error!.issues[0]).toMatchObject({ row: 3, column: 'students' });
  });

  it('a sweep: a failed point keeps its budget and error; a Monte Carlo run with a failed batch fails', () => {
    const report = reportWithoutPlan('p', '', undefined, []);
    const sweep = assembleFlow('sweep', { budgets: [10, 20], scenarios: [scenario('p1'), scenario('p2')] }, [{ result: report }, { error: 'no school "X"' }]);
    expect(sweep.points.map((p) => [p.budget, p.error])).toEqual([[10, undefined], [20, 'no school "X"']]);
    expect(() => assembleFlow('monte-carlo', { input: {} as never, seed: 1 }, [{ result: [] }, { error: 'out of memory' }])).toThrow('out of memory');
  });
});

describe('submitFlow on a runner without flows', () => {
  it('submits one child per input, reports each start and end, and assembles the result in order', async () => {
    const runner = manualRunner();
    const started: number[] = [];
    const ended: [number, boolean][] = [];
    const row = (county: string) => ({ ...failedCountyRow(county, `${county}.csv`, 'x'), status: 'done' as const, error: undefined });
    const counties = ['a', 'b', 'c'].map((county) => ({ county, file: `${county}.csv` }));
    const flow = submitFlow(runner, 'province', { parent: { scenario: 's', years: [2026], failed: [], counties }, children: counties.map(() => ({}) as never) }, {
      priority: 'batch', onChildStart: (i) => started.push(i), onChildEnd: (i, o) => ended.push([i, 'result' in o]),
    });
    expect(runner.jobs.map((j) => [j.kind, j.options.priority])).toEqual([['county', 'batch'], ['county', 'batch'], ['county', 'batch']]);
    runner.jobs[2]!.options.onStart?.();
    runner.jobs[2]!.settle(row('c'));
    runner.jobs[0]!.settle(undefined, new Error('bad county'));
    runner.jobs[1]!.settle(row('b'));
    const result = await flow.result;
    expect(started).toEqual([2]);
    expect(ended).toEqual([[2, true], [0, false], [1, true]]);
    expect(Object.fromEntries(result.counties.map((c) => [c.county, c.error?.message]))).toEqual({ a: 'a.csv: bad county', b: undefined, c: undefined });
  });

  it('a sweep runs in one chain of increasing budget per thread, each point from the plan of the point before it', async () => {
    const runner = manualRunner(); // 2 threads
    // Budgets out of order: the chains follow the budget (10, 20 | 30, 40), not the children's order.
    const budgets = [30, 10, 40, 20];
    const scenarios = budgets.map((b, i) => ({ name: `p${i}`, budget: { perYear: [b] } }) as unknown as Scenario);
    const planned = (tag: string) => ({ ...reportWithoutPlan('p', '', undefined, []), method: 'mip', actions: [{ kind: 'equipment', school: tag, year: 0, amount: 1 }], rotations: [] }) as never;
    const flow = submitFlow(runner, 'sweep', { parent: { budgets, scenarios }, children: scenarios.map((scenario) => ({ county: {} as never, scenario })) }, {});
    const named = () => runner.jobs.map((j) => (j.input as { scenario: Scenario }).scenario.name);
    const startOf = (k: number) => (runner.jobs[k]!.input as { start?: { actions: { school: string }[] } }).start?.actions[0]!.school;
    expect(named()).toEqual(['p1', 'p0']); // the lowest budget of each chain, with no start
    expect([startOf(0), startOf(1)]).toEqual([undefined, undefined]);
    runner.jobs[0]!.settle(planned('from p1'));
    await new Promise((r) => setTimeout(r, 0));
    expect(named()).toEqual(['p1', 'p0', 'p3']);
    expect(startOf(2)).toBe('from p1');
    runner.jobs[1]!.settle(planned('from p0'));
    await new Promise((r) => setTimeout(r, 0));
    expect(named()).toEqual(['p1', 'p0', 'p3', 'p2']);
    expect(startOf(3)).toBe('from p0');
    runner.jobs[2]!.settle(planned('from p3'));
    runner.jobs[3]!.settle(planned('from p2'));
    const result = await flow.result;
    expect(result.points.map((p) => p.budget)).toEqual(budgets);
    expect(result.points.every((p) => p.error === undefined)).toBe(true);
  });

  it('a cancelled sweep submits no further point', async () => {
    const runner = manualRunner();
    const abort = new AbortController();
    const scenarios = [10, 20, 30, 40].map((b, i) => ({ name: `p${i}`, budget: { perYear: [b] } }) as unknown as Scenario);
    const flow = submitFlow(runner, 'sweep', { parent: { budgets: [10, 20, 30, 40], scenarios }, children: scenarios.map((scenario) => ({ county: {} as never, scenario })) }, { signal: abort.signal });
    expect(runner.jobs).toHaveLength(2);
    abort.abort();
    const error = await flow.result.catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(runner.jobs).toHaveLength(2);
    expect(runner.jobs.every((j) => j.cancelled)).toBe(true);
  });

  it('aborting the signal cancels every child and rejects with an AbortError', async () => {
    const runner = manualRunner();
    const abort = new AbortController();
    const flow = submitFlow(runner, 'sweep', { parent: { budgets: [1, 2], scenarios: [scenario('a'), scenario('b')] }, children: [0, 1].map(() => ({ county: {} as never, scenario: scenario('x') })) }, { signal: abort.signal });
    abort.abort();
    const error = await flow.result.catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    expect(runner.jobs.map((j) => j.cancelled)).toEqual([true, true]);
  });
});
