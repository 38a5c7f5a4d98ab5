/**
 * Flows: a parent job with one child job per sweep point, county or batch of Monte Carlo samples. Where the
 * parent's result comes from is one pure function, assembleFlow, from the children's outcomes in order; a
 * failed child is an outcome like any other (its point or county shows the error), so it does not fail a sweep
 * or a province batch (a Monte Carlo run needs every sample, and fails). On BullMQ the parent is a
 * queue job that a worker assembles once its children have ended (bullmq-flow.ts); on the thread pool,
 * submitFlow submits the children one by one and assembles them here.
 */
import { failedCountyRow, summarizeProvince } from '../compare/province/summary.ts';
import { budgetOrder, carryForward } from '../compare/sweep-monotone.ts';
import { summarizeSweep } from '../compare/sweep-summary.ts';
import { summarize } from '../uncertainty/monte-carlo.ts';
import { solveInChains } from './sweep-chains.ts';
import {
  deadlineMessage, JobAborted, type ChildOutcome, type Flow, type FlowKind, type FlowKinds, type FlowOptions,
  type FlowResult, type FlowSpec, type Job, type JobRunner,
} from './jobs.ts';

/** The kind of each flow's children. */
export const FLOW_CHILD: { [F in FlowKind]: FlowKinds[F]['child'] } = { sweep: 'sweep-point', province: 'county', 'monte-carlo': 'samples' };

type Assemblers = { [F in FlowKind]: (parent: FlowKinds[F]['parent'], outcomes: ChildOutcome<F>[]) => FlowResult<F> };

const assemblers: Assemblers = {
  sweep: (parent, outcomes) => {
    const points = outcomes.map((o) => ('result' in o ? { report: o.result } : o));
    // On a queue the children run in parallel, so none starts from its neighbour's plan (on the thread pool they
    // run in chains, flowByChildren); either way the frontier is made monotone here.
    return summarizeSweep(parent.budgets, parent.scenarios, parent.county ? carryForward(parent.county, parent.scenarios, points, budgetOrder(parent.scenarios)) : points);
  },
  province: (parent, outcomes) => summarizeProvince(parent.scenario, parent.years, [
    ...parent.failed,
    ...outcomes.map((o, i) => {
      const { county, file } = parent.counties[i]!;
      return 'result' in o ? o.result : failedCountyRow(county, file, `${file}: ${o.error}`);
    }),
  ]),
  'monte-carlo': (parent, outcomes) => {
    const failed = outcomes.find((o) => 'error' in o);
    if (failed && 'error' in failed) throw new Error(failed.error);
    return summarize(parent.input, outcomes.flatMap((o) => ('result' in o ? o.result : [])), parent.seed);
  },
};

/** The parent's result from its children's outcomes, in the children's order. */
export function assembleFlow<F extends FlowKind>(kind: F, parent: FlowKinds[F]['parent'], outcomes: ChildOutcome<F>[]): FlowResult<F> {
  const assemble = assemblers[kind] as Assemblers[F] | undefined;
  if (!assemble) throw new Error(`unknown flow kind "${String(kind)}"`);
  return assemble(parent, outcomes);
}

export const isFlowKind = (name: string): name is FlowKind => Object.hasOwn(assemblers, name);

/** Runs a flow on the runner: as one parent job when the runner has flows (BullMQ), else child by child. */
export function submitFlow<F extends FlowKind>(runner: JobRunner, kind: F, spec: FlowSpec<F>, options: FlowOptions<F> = {}): Flow<F> {
  if (runner.submitFlow) return runner.submitFlow(kind, spec, options);
  return flowByChildren(runner, kind, spec, options);
}

/**
 * One child on a runner without flows (`input`: its spec's, or that with a start plan): its deadline counts from
 * its start; its end is reported at once.
 */
async function runChild<F extends FlowKind>(runner: JobRunner, kind: F, input: FlowSpec<F>['children'][number], index: number, options: FlowOptions<F>, jobs: Set<Job<never>>, cancelled: () => boolean): Promise<ChildOutcome<F>> {
  const child = FLOW_CHILD[kind] as FlowKinds[F]['child'];
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  if (cancelled()) throw new JobAborted(); // a sweep's chains submit their next point only while the flow runs
  const job: Job<FlowKinds[F]['child']> = runner.submit(child, input, {
    ...(options.priority ? { priority: options.priority } : {}),
    onProgress: (p) => options.onChildProgress?.(index, p),
    onStart: () => {
      options.onChildStart?.(index);
      if (options.childDeadline === undefined) return;
      timer = setTimeout(() => {
        timedOut = true;
        job.cancel();
      }, options.childDeadline * 1000);
    },
  });
  jobs.add(job as Job<never>);
  let outcome: ChildOutcome<F>;
  try {
    outcome = { result: await job.result } as ChildOutcome<F>;
  } catch (e) {
    if (timedOut) outcome = { error: deadlineMessage(options.childDeadline!) };
    // Only the flow's own cancel stops the flow; a child the runner aborted (a pool closing) is that child's error.
    else if (cancelled()) throw e;
    else outcome = { error: (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 500) };
  } finally {
    clearTimeout(timer);
    jobs.delete(job as Job<never>);
  }
  options.onChildEnd?.(index, outcome);
  return outcome;
}

type ChildRunner<F extends FlowKind> = (index: number, input: FlowSpec<F>['children'][number]) => Promise<ChildOutcome<F>>;

/**
 * A sweep's points on the thread pool: in chains of increasing budget, one per thread, each point from the plan of
 * the point before it (sweep-chains.ts). The server's 20-point sweep of the sample baseline on its 2 warm threads
 * (POST /api/sweeps, A/B interleaved): every point at once 23.6 / 27.5 s, in chains 16.3 / 19.1 s.
 */
async function sweepChildren(runner: JobRunner, spec: FlowSpec<'sweep'>, run: ChildRunner<'sweep'>): Promise<ChildOutcome<'sweep'>[]> {
  const points = await solveInChains(spec.parent.scenarios, runner.threads, async (i, start) => {
    const outcome = await run(i, start ? { ...spec.children[i]!, start } : spec.children[i]!);
    return 'result' in outcome ? { report: outcome.result } : outcome;
  });
  return points.map((p) => ('report' in p ? { result: p.report } : p));
}

function flowByChildren<F extends FlowKind>(runner: JobRunner, kind: F, spec: FlowSpec<F>, options: FlowOptions<F>): Flow<F> {
  const jobs = new Set<Job<never>>();
  let cancelled = false;
  const cancel = (): void => {
    cancelled = true;
    for (const job of [...jobs]) job.cancel();
  };
  if (options.signal?.aborted) cancelled = true;
  else options.signal?.addEventListener('abort', cancel, { once: true });
  const result = (async (): Promise<FlowResult<F>> => {
    try {
      if (cancelled) throw new JobAborted();
      const run = (i: number, input = spec.children[i]!) => runChild(runner, kind, input, i, options, jobs, () => cancelled);
      const outcomes = kind === 'sweep' ? await sweepChildren(runner, spec as FlowSpec<'sweep'>, run as ChildRunner<'sweep'>) as ChildOutcome<F>[]
        : await Promise.all(spec.children.map((_, i) => run(i)));
      if (cancelled) throw new JobAborted();
      return assembleFlow(kind, spec.parent, outcomes);
    } catch (e) {
      cancel();
      throw e;
    } finally {
      options.signal?.removeEventListener('abort', cancel);
    }
  })();
  return { kind, result, cancel };
}
