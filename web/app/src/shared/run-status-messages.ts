/** A run's outcome in words (shared/run-status.ts): the runs list, the live status, the compare picker, the plan heading. */
import { defineMessages } from '../i18n/i18n.tsx';
import type { RunOutcomeKey } from './run-status.ts';

const zh: Record<`outcome.${RunOutcomeKey}`, string> = {
  'outcome.queued': '排队中',
  'outcome.running': '求解中',
  'outcome.optimal': '完成：最优方案',
  'outcome.plan-timeout': '超时：时限内最好方案',
  'outcome.timeout': '超时：无方案',
  'outcome.infeasible': '无可行方案',
  'outcome.unbounded': '模型无界（无方案）',
  'outcome.error': '求解出错（无方案）',
  'outcome.failed': '失败',
  'outcome.cancelled': '已取消',
  'outcome.done': '完成',
};

const en: typeof zh = {
  'outcome.queued': 'Queued',
  'outcome.running': 'Solving',
  'outcome.optimal': 'Done: optimal plan',
  'outcome.plan-timeout': 'Timed out: best plan within the limit',
  'outcome.timeout': 'Timed out: no plan',
  'outcome.infeasible': 'Infeasible: no plan',
  'outcome.unbounded': 'Unbounded model: no plan',
  'outcome.error': 'Solver error: no plan',
  'outcome.failed': 'Failed',
  'outcome.cancelled': 'Cancelled',
  'outcome.done': 'Done',
};

export const runStatusMessages = defineMessages(zh, en);
