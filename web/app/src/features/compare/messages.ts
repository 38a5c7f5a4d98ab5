/** Labels of the compare screen. */
import { defineMessages } from '../../i18n/i18n.tsx';
import { comparisonMessages } from '../../shared/messages.ts';

const zh = {
  ...comparisonMessages.zh,
  title: '方案比较',
  pick: '选择 2 至 4 个已完成的运行（第一个为基准）',
  compare: '比较',
  comparing: '比较中…',
  needTwo: '请至少选择 2 个运行。',
  noRuns: '还没有已完成的运行。请先在“运行与结果”中求解方案。',
  chartsTitle: '并列图表（统一刻度）',
  sweepTitle: '预算扫描：预算与效果的前沿',
  sweepScenario: '方案',
  sweepFrom: '总预算从（{unit}）',
  sweepTo: '到（{unit}）',
  sweepSteps: '点数',
  sweepStart: '开始扫描',
  sweepProgress: '扫描 #{id}：{status}，已完成 {done} / {steps} 点',
  sweepFailed: '扫描失败：{error}',
  runLabel: '运行 #{id}',
  'sweep.budget': '总预算',
  'sweep.spent': '实际支出',
  'sweep.maxCv': '最大差异系数',
  'sweep.passing': '达标学校',
  'sweep.status': '状态',
  'sweep.efficient': '前沿',
};

const en: Record<keyof typeof zh, string> = {
  ...comparisonMessages.en,
  title: 'Compare scenarios',
  pick: 'Choose 2 to 4 finished runs (the first is the baseline)',
  compare: 'Compare',
  comparing: 'Comparing…',
  needTwo: 'Choose at least 2 runs.',
  noRuns: 'No finished runs yet. Solve scenarios under “Run & results” first.',
  chartsTitle: 'Side by side (shared scales)',
  sweepTitle: 'Budget sweep: the frontier of budget and effect',
  sweepScenario: 'Scenario',
  sweepFrom: 'Total budget from ({unit})',
  sweepTo: 'to ({unit})',
  sweepSteps: 'Points',
  sweepStart: 'Start sweep',
  sweepProgress: 'Sweep #{id}: {status}, {done} of {steps} {steps|point|points} done',
  sweepFailed: 'Sweep failed: {error}',
  runLabel: 'Run #{id}',
  'sweep.budget': 'Total budget',
  'sweep.spent': 'Spent',
  'sweep.maxCv': 'Largest coefficient',
  'sweep.passing': 'Schools passing',
  'sweep.status': 'Status',
  'sweep.efficient': 'Frontier',
};

export const compareMessages = defineMessages(zh, en);
