/** Labels of the province screen. */
import { defineMessages } from '../../i18n/i18n.tsx';

const zh = {
  title: '全省批量规划',
  intro: '选择各县的数据集和一个方案：每个县求出规划和达到目标的最少资金，汇总为全省表格。',
  datasets: '县（数据集）',
  scenario: '方案',
  scale: '按学生数调整各县预算',
  start: '开始批量计算',
  progress: '批量 #{id}：{status}，已完成 {done} / {total} 个县',
  failed: '批量失败：{error}',
  needDatasets: '请至少选择一个数据集和一个方案。',
  county: '县',
  schools: '学校',
  passing: '现达标 → 规划后',
  spend: '规划支出',
  least: '达标最少资金',
  perPupil: '元/生',
  notes: '说明',
  totals: '合计：{counties} 个县（{failed} 个失败），达标学校 {before} → {after}，达标最少资金 {least}',
  byYear: '各年所需：{years}',
};

const en: Record<keyof typeof zh, string> = {
  title: 'Province batch',
  intro: 'Choose the counties\' datasets and one scenario: each county gets its plan and the least money for the targets, summed up for the province.',
  datasets: 'Counties (datasets)',
  scenario: 'Scenario',
  scale: 'Scale each county\'s budget by pupils',
  start: 'Start batch',
  progress: 'Batch #{id}: {status}, {done} of {total} {total|county|counties} done',
  failed: 'Batch failed: {error}',
  needDatasets: 'Choose at least one dataset and a scenario.',
  county: 'County',
  schools: 'Schools',
  passing: 'Passing now → after',
  spend: 'Plan spend',
  least: 'Least for targets',
  perPupil: 'Yuan/pupil',
  notes: 'Notes',
  totals: 'In all: {counties} {counties|county|counties} ({failed} failed), schools passing {before} → {after}, least money for the targets {least}',
  byYear: 'By year: {years}',
};

export const provinceMessages = defineMessages(zh, en);
