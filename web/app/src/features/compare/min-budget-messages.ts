/** The least-budget question's words. */
import { defineMessages } from '../../i18n/i18n.tsx';

const zh = {
  title: '达到这些目标最少需要多少预算？',
  ask: '求最少预算',
  asking: '求解中…',
  hint: '按方案的逐年达标目标做最小成本求解（不受预算限制）。',
  answer: '最少需要 {total}（规划期合计）',
  perYear: '{year}年：{spend}，{passing}/{schools} 所达标（目标 {target}）',
  binding: '起决定作用的年份：{year}年（需 {spend}，为各年最多）',
  tight: '恰好达到目标的年份：{years}',
  none: '无论预算多少都达不到这些目标。',
  failed: '求解失败：{error}',
  run: '运行 #{id}',
  sweepSet: '扫描范围已设为其附近：{from} – {to}，{steps} 点',
};
const en: Record<keyof typeof zh, string> = {
  title: 'What is the least budget that meets these targets?',
  ask: 'Find the least budget',
  asking: 'Solving…',
  hint: 'A minimum-cost solve of the scenario\'s yearly targets, with no budget limit.',
  answer: 'At least {total} over the plan',
  perYear: '{year}: {spend}, {passing} of {schools} {schools|school|schools} {passing|passes|pass} (target {target})',
  binding: 'The year that binds: {year} (needs {spend}, the most of any year)',
  tight: 'Years met with no school to spare: {years}',
  none: 'No budget meets these targets.',
  failed: 'The solve failed: {error}',
  run: 'run #{id}',
  sweepSet: 'Sweep range set around it: {from} – {to}, {steps} {steps|point|points}',
};
export const minBudgetMessages = defineMessages(zh, en);
