/** What a run's or a sweep's status means to the screens: finished or not, and a finished run's outcome in words and colour. */
import type { Run, RunStatus } from '../api/client.ts';

/** Done, timed out, failed or cancelled: nothing more will happen to it. */
export function isFinished(status: RunStatus): boolean {
  return status !== 'queued' && status !== 'running';
}

/**
 * A run as a planner reads it. The job status alone says "done" for an infeasible scenario, so a finished run
 * is told by its result: an optimal plan, the best plan at the time limit, no plan (time limit, infeasible, …).
 */
export type RunOutcomeKey =
  | 'queued' | 'running' | 'optimal' | 'plan-timeout' | 'timeout' | 'infeasible' | 'unbounded' | 'error' | 'failed' | 'cancelled' | 'done';

/** good: a plan to use; warn: a plan, but not proven best; bad: no plan; pending: not finished; neutral: unknown. */
export type RunTone = 'good' | 'warn' | 'bad' | 'pending' | 'neutral';

export interface RunOutcomeView { key: RunOutcomeKey; tone: RunTone }

const TONES: Record<RunOutcomeKey, RunTone> = {
  queued: 'pending', running: 'pending', optimal: 'good', 'plan-timeout': 'warn', timeout: 'bad',
  infeasible: 'bad', unbounded: 'bad', error: 'bad', failed: 'bad', cancelled: 'neutral', done: 'neutral',
};

/** The outcome from the job status and the result's status (`outcome`, or the result itself when loaded). */
export function runOutcome(run: Pick<Run, 'status'> & Partial<Pick<Run, 'outcome' | 'hasPlan' | 'result'>>): RunOutcomeView {
  const view = (key: RunOutcomeKey): RunOutcomeView => ({ key, tone: TONES[key] });
  if (run.status === 'queued' || run.status === 'running' || run.status === 'failed' || run.status === 'cancelled') return view(run.status);
  const outcome = run.outcome ?? run.result?.status;
  const hasPlan = run.hasPlan ?? (run.result ? run.result.years.length > 0 : undefined);
  if (outcome === 'infeasible' || outcome === 'unbounded' || outcome === 'error') return view(outcome);
  if (run.status === 'timeout' || outcome === 'timeout') return view(hasPlan ? 'plan-timeout' : 'timeout');
  if (outcome === 'optimal') return view(hasPlan === false ? 'done' : 'optimal');
  return view('done');
}
