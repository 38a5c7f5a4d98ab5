/** Keeps a number of solves in flight: POST /api/runs, poll until finished, start the next, until the deadline. */
import { count, type Tally } from './stats.ts';

export interface SolveOutcome {
  id: number;
  status: string;
  /** s between the POST and a solve thread taking the run */
  queuedSeconds: number;
  /** s from a thread taking the run to its result */
  solveSeconds: number;
}

const POLL_MS = 250;

/** One request, counted in `tally`; undefined after a socket error or a timeout. */
export async function timed(tally: Tally, url: string, init: RequestInit = {}, timeoutMs = 10_000): Promise<{ status: number; body: unknown } | undefined> {
  const started = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    count(tally, res.status, performance.now() - started);
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  } catch (e) {
    if ((e as Error).name === 'TimeoutError') tally.timeouts += 1;
    else tally.errors += 1;
    return undefined;
  }
}

const seconds = (from: string | null, to: string | null): number => (from && to ? (Date.parse(to) - Date.parse(from)) / 1000 : Number.NaN);

async function solveOnce(base: string, request: object, tally: Tally): Promise<SolveOutcome | undefined> {
  const posted = await timed(tally, `${base}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  if (posted?.status !== 202) return undefined;
  const id = (posted.body as { id: number }).id;
  for (let unanswered = 0; unanswered < 5;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const polled = await timed(tally, `${base}/api/runs/${id}`);
    unanswered = polled ? 0 : unanswered + 1;
    const run = polled?.status === 200 ? polled.body as { status: string; createdAt: string; startedAt: string | null; finishedAt: string | null } : undefined;
    if (run && run.status !== 'queued' && run.status !== 'running') {
      return { id, status: run.status, queuedSeconds: seconds(run.createdAt, run.startedAt), solveSeconds: seconds(run.startedAt, run.finishedAt) };
    }
  }
  return undefined; // the server stopped answering: counted as errors in the tally
}

/** `inFlight` loops; each starts a new solve when its last one finished, until `until` (ms since epoch); the last ones are waited for. */
export async function keepSolving(base: string, request: object, inFlight: number, until: number, tally: Tally): Promise<SolveOutcome[]> {
  const outcomes: SolveOutcome[] = [];
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (Date.now() < until) {
      const outcome = await solveOnce(base, request, tally);
      if (outcome) outcomes.push(outcome);
      else await new Promise((r) => setTimeout(r, 1000)); // refused or failed: counted in the tally; try again shortly
    }
  }));
  return outcomes;
}
