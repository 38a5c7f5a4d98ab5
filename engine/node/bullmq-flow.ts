/**
 * Flows on BullMQ (FlowProducer): a parent job with one child per sweep point, county or batch of Monte Carlo
 * samples (flows.ts). Children have the
 * flow's priority (batch children wait behind interactive runs) and `ignoreDependencyOnFailure`, so a failed
 * child only moves to the parent's failed dependencies and the parent still runs when the last child ends;
 * the worker that takes the parent assembles its result from getChildrenValues and
 * getIgnoredChildrenFailures (queue-worker.ts). The submitter follows each child's start and end through the
 * queue's events, for progress; the parent is the one result it keeps.
 */
import { randomUUID } from 'node:crypto';
import type { FlowJobNode, FlowProducer, Queue } from 'bullmq';
import { FLOW_CHILD } from './flows.ts';
import { JobAborted, type ChildOutcome, type Flow, type FlowKind, type FlowOptions, type FlowResult, type FlowSpec } from './jobs.ts';
import { childId, PRIORITY, QUEUE_NAME, type QueueFlowData, type QueueJobData } from './queue.ts';

/** What the runner does when the queue's events name one of the jobs it waits for. */
export interface Pending {
  cancel: () => void;
  /** Adds the job (or the flow it is the parent of) to the queue again, after Redis lost it; none for children. */
  add?: () => void;
  onStart: () => void;
  onProgress: (p: unknown) => void;
  resolve: (value: unknown) => void;
  reject: (e: Error) => void;
}

/** What a flow needs of the runner (bullmq-runner.ts). */
export interface QueueContext {
  queue: Queue<QueueJobData>;
  flows: FlowProducer;
  version: string;
  pending: Map<string, Pending>;
  /** Stops jobs wherever they are: marks them, removes those waiting, tells the workers running them. */
  cancelRemote: (ids: string[]) => void;
}

/** Finished jobs are kept this long (s) for a look with a queue dashboard, failed ones longer. */
const KEEP = { removeOnComplete: { age: 3600 }, removeOnFail: { age: 24 * 3600 } };

export function submitQueueFlow<F extends FlowKind>(ctx: QueueContext, kind: F, spec: FlowSpec<F>, opts: FlowOptions<F> = {}): Flow<F> {
  const parentId = randomUUID();
  const ids = spec.children.map((_, i) => childId(parentId, i));
  let settled = false;
  let resolveFlow: (value: FlowResult<F>) => void = () => {};
  let rejectFlow: (e: Error) => void = () => {};
  const result = new Promise<FlowResult<F>>((resolve, reject) => {
    resolveFlow = resolve;
    rejectFlow = reject;
  });
  const forget = (): void => {
    for (const id of [parentId, ...ids]) ctx.pending.delete(id);
    opts.signal?.removeEventListener('abort', cancel);
  };
  const end = (outcome: { value: FlowResult<F> } | { error: Error }): void => {
    if (settled) return;
    settled = true;
    forget();
    if ('value' in outcome) resolveFlow(outcome.value);
    else rejectFlow(outcome.error);
  };
  function cancel(): void {
    if (settled) return;
    end({ error: new JobAborted() });
    ctx.cancelRemote([parentId, ...ids]);
  }

  function add(): void {
    const child = FLOW_CHILD[kind];
    const parent: QueueFlowData<F> = { engineVersion: ctx.version, kind, input: spec.parent, children: ids.length };
    const children: FlowJobNode[] = spec.children.map((input, i) => {
      const data: QueueJobData = { engineVersion: ctx.version, kind: child, input, ...(opts.childDeadline ? { deadline: opts.childDeadline } : {}) };
      return {
        name: child, queueName: QUEUE_NAME, data,
        opts: { jobId: ids[i]!, priority: PRIORITY[opts.priority ?? 'interactive'], attempts: 1, ignoreDependencyOnFailure: true, ...KEEP },
      };
    });
    // The parent runs once its children have ended; it only assembles, so it goes ahead of waiting batch work.
    ctx.flows.add({ name: kind, queueName: QUEUE_NAME, data: parent, opts: { jobId: parentId, priority: PRIORITY.interactive, attempts: 1, ...KEEP }, children })
      .catch((e: Error) => end({ error: new Error(`the job queue did not take the job: ${e.message}`) }));
  }

  const childEnded = (index: number, outcome: ChildOutcome<F>): void => {
    if (settled || !ctx.pending.has(ids[index]!)) return;
    ctx.pending.delete(ids[index]!);
    opts.onChildEnd?.(index, outcome);
  };
  ids.forEach((id, index) => {
    let started = false;
    const pending: Pending = {
      cancel,
      onStart: () => {
        if (started || settled) return;
        started = true;
        opts.onChildStart?.(index);
      },
      onProgress: (p) => {
        if (!settled) opts.onChildProgress?.(index, p as never);
      },
      resolve: (value) => {
        pending.onStart();
        childEnded(index, { result: value } as ChildOutcome<F>);
      },
      reject: (e) => childEnded(index, { error: e.message }),
    };
    ctx.pending.set(id, pending);
  });
  ctx.pending.set(parentId, {
    cancel, add, onStart: () => {}, onProgress: () => {},
    resolve: (value) => end({ value: value as FlowResult<F> }),
    reject: (e) => end({ error: e }),
  });
  if (opts.signal?.aborted) cancel();
  else opts.signal?.addEventListener('abort', cancel, { once: true });
  if (!settled) add();
  void result.catch(() => {});
  return { kind, result, cancel };
}
