/** Words for live solves: elapsed time and estimate. */
import { defineMessages } from '../i18n/i18n.tsx';

export const liveMessages = defineMessages(
  { elapsed: '已用时 {time}', estimate: '同类运行约需 {time}', minBudget: '最少预算求解' },
  { elapsed: 'elapsed {time}', estimate: 'similar runs took about {time}', minBudget: 'least-budget solve' },
);
