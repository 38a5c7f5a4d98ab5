/** /api/runs: one solve of a dataset with a scenario version, its status and result, and its event stream. */
import { Type, type Static } from '@sinclair/typebox';
import type { SolveReport } from '../../engine/optimize/solve-report.ts';
import { EngineObject, Id, Nullable, Timestamp } from './common.ts';

export const RunStatus = Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('timeout'), Type.Literal('failed'), Type.Literal('cancelled')], {
  description: 'done: the solver finished (the result says optimal, infeasible, …); timeout: the time limit was reached (a result when an incumbent plan exists); failed: an error or a server restart; cancelled: a user stopped it (POST …/cancel), no result',
});
export type RunStatus = Static<typeof RunStatus>;

/** A finished run's solve status (the result's `status`), so a list can tell an infeasible run from a solved one. */
export const RunOutcome = Type.Union([Type.Literal('optimal'), Type.Literal('infeasible'), Type.Literal('unbounded'), Type.Literal('timeout'), Type.Literal('error')], {
  description: 'the result\'s solve status: optimal, infeasible, unbounded, timeout (time limit reached; hasPlan says whether a plan was found) or error',
});
export type RunOutcome = Static<typeof RunOutcome>;

/** 'min-budget': solve for the least money meeting the scenario's targets (objective mincost, budgets lifted). */
export const RunPurpose = Type.Literal('min-budget', { description: 'min-budget: the least total budget that meets the scenario\'s yearly targets' });
export type RunPurpose = Static<typeof RunPurpose>;

export const RunRequest = Type.Object({
  datasetId: Id,
  scenarioId: Id,
  scenarioVersion: Type.Optional(Type.Integer({ minimum: 1, description: 'default the latest' })),
  purpose: Type.Optional(RunPurpose),
}, { additionalProperties: false });
export type RunRequest = Static<typeof RunRequest>;

/** The answer to starting a run or a sweep (202). */
export const RunAccepted = Type.Object({ id: Id, status: Type.Literal('queued') });
export type RunAccepted = Static<typeof RunAccepted>;

export const Run = Type.Object({
  id: Id,
  datasetId: Id,
  scenarioId: Id,
  scenarioVersion: Type.Integer({ minimum: 1 }),
  purpose: Type.Optional(RunPurpose),
  status: RunStatus,
  stage: Nullable(Type.String({ description: 'last solver stage reported' })),
  error: Nullable(Type.String()),
  createdAt: Timestamp,
  startedAt: Nullable(Timestamp),
  finishedAt: Nullable(Timestamp),
  outcome: Type.Optional(RunOutcome),
  hasPlan: Type.Optional(Type.Boolean({ description: 'the result holds a plan (years); also in lists, which leave results out' })),
  result: Type.Optional(EngineObject<SolveReport>('the result of `junheng solve --json`')),
});
export type Run = Static<typeof Run>;

export const EventStream = Type.String({
  description: 'text/event-stream: `status` events ({status, stage}), `progress` events ({stage, detail}), and a last `end` event with the final status',
});

/** One server-sent event of a run or a sweep; the SSE event name is its `type`. */
export const JobEvent = Type.Union([
  Type.Object({ type: Type.Literal('status'), status: RunStatus, stage: Nullable(Type.String()) }),
  Type.Object({
    type: Type.Literal('progress'),
    stage: Type.String(),
    detail: Type.Optional(Type.String()),
    pointsDone: Type.Optional(Type.Integer({ description: 'sweeps: budgets solved so far' })),
    points: Type.Optional(Type.Integer({ description: 'sweeps: budgets in all' })),
  }),
  Type.Object({ type: Type.Literal('end'), status: RunStatus, error: Nullable(Type.String()) }),
]);
export type JobEvent = Static<typeof JobEvent>;
