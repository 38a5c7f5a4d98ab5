/** Runs: queued on POST, solved in the pool, status and result stored, progress sent to event streams. */
import type { County } from '../../../engine/county/types.ts';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import type { Run } from '../schemas.ts';
import type { Store } from '../store/index.ts';
import type { DeadlineRule } from './deadline.ts';
import type { JobEvents } from './events.ts';
import type { SolveCall, SolvePool } from './pool.ts';

export interface JobContext {
  store: Store;
  pool: SolvePool;
  events: JobEvents;
  deadline: DeadlineRule;
}

/** The error text stored for a failed run: the engine's message, never a stack. */
export function failureMessage(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0]!.slice(0, 500) || 'the solve failed';
}

/** Runs one solve with the deadline; 'timeout' when the deadline passed before the solver gave a result. */
export async function solveWithDeadline(ctx: JobContext, call: Omit<SolveCall, 'signal'>): Promise<{ report: SolveReport } | { timedOut: true }> {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  let settled = false;
  const onStart = (): void => {
    if (settled) return;
    timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, ctx.deadline(call.scenario) * 1000);
    call.onStart?.();
  };
  try {
    return { report: await ctx.pool.solve({ ...call, onStart, signal: abort.signal }) };
  } catch (e) {
    if (timedOut) return { timedOut: true };
    throw e;
  } finally {
    settled = true;
    clearTimeout(timer);
  }
}

export function startRun(ctx: JobContext, run: Run, county: County, scenario: Scenario): void {
  const key = `run:${run.id}` as const;
  let finished = false;
  let storedStage: string | undefined;
  void solveWithDeadline(ctx, {
    county, scenario, shadowPrices: true, keepValues: true,
    onStart: () => {
      if (finished) return;
      ctx.store.runs.started(run.id);
      ctx.events.emit(key, { type: 'status', status: 'running', stage: null });
    },
    onProgress: (p) => {
      if (finished) return;
      // A write is a synced commit: only a change of stage is stored; details go to the event stream.
      if (p.stage !== storedStage) ctx.store.runs.stage(run.id, p.stage);
      storedStage = p.stage;
      ctx.events.emit(key, { type: 'progress', stage: p.stage, ...(p.detail ? { detail: p.detail } : {}) });
    },
  }).then((outcome) => {
    finished = true;
    if ('timedOut' in outcome) {
      const message = `stopped after ${ctx.deadline(scenario)} s: the solve went past the scenario's time limit (${scenario.solver.timeLimitSeconds} s per solver stage)`;
      ctx.store.runs.finish(run.id, 'timeout', null, message);
      ctx.events.emit(key, { type: 'end', status: 'timeout', error: message });
      return;
    }
    const status = outcome.report.status === 'timeout' ? 'timeout' : 'done';
    ctx.store.runs.finish(run.id, status, outcome.report, null);
    ctx.events.emit(key, { type: 'end', status, error: null });
  }, (e: unknown) => {
    finished = true;
    const message = failureMessage(e);
    ctx.store.runs.finish(run.id, 'failed', null, message);
    ctx.events.emit(key, { type: 'end', status: 'failed', error: message });
  }).catch(() => {
    // The store is closed (server stopping): the run is marked failed on the next start.
  });
}
