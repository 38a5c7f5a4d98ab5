/** Labels shown on more than one screen; the features' own tables include them, so each screen still uses one table. */
import { defineMessages } from '../i18n/i18n.tsx';

/** A run's key figures and solver status: results, compare (sweep table), report title page. */
const runFigureZh = {
  scenario: '方案',
  totalSpend: '规划期总支出',
  finalPassing: '末年达标学校',
  maxCv: '末年最大差异系数',
  'solve.optimal': '最优',
  'solve.infeasible': '不可行',
  'solve.unbounded': '无界',
  'solve.timeout': '超时（取当前最好方案）',
  'solve.error': '出错',
  'job.queued': '排队中',
  'job.running': '进行中',
  'job.done': '完成',
  'job.timeout': '超时',
  'job.failed': '失败',
};

const runFigureEn: Record<keyof typeof runFigureZh, string> = {
  scenario: 'Scenario',
  totalSpend: 'Total spend over the plan',
  finalPassing: 'Schools passing, final year',
  maxCv: 'Largest coefficient, final year',
  'solve.optimal': 'optimal',
  'solve.infeasible': 'infeasible',
  'solve.unbounded': 'unbounded',
  'solve.timeout': 'timed out (best plan so far)',
  'solve.error': 'error',
  'job.queued': 'queued',
  'job.running': 'running',
  'job.done': 'done',
  'job.timeout': 'timed out',
  'job.failed': 'failed',
};

export const runFigureMessages = defineMessages(runFigureZh, runFigureEn);

/** The comparison's difference table and level names: compare, report, presentation. */
const comparisonZh = {
  baseline: '基准',
  deltasTitle: '与基准的差异',
  onlyChanged: '只显示有变化的行',
  metric: '指标',
  better: '更好',
  worse: '更差',
  same: '相同',
  'metric.spend.total': '规划期总支出',
  'metric.spend.construction': '建设支出',
  'metric.spend.equipment': '设备支出',
  'metric.spend.multimedia': '多媒体教室支出',
  'metric.spend.hiring': '新聘教师支出',
  'metric.spend.upgrades': '学历提升支出',
  'metric.spend.rotation': '轮岗补贴支出',
  'metric.passing': '末年达标学校数',
  'metric.maxCv': '末年最大差异系数',
  'metric.cv': '末年差异系数 · {level} · {indicator}',
  'level.primary': '小学',
  'level.junior': '初中',
};

const comparisonEn: Record<keyof typeof comparisonZh, string> = {
  baseline: 'baseline',
  deltasTitle: 'Differences from the baseline',
  onlyChanged: 'Only rows that changed',
  metric: 'Figure',
  better: 'better',
  worse: 'worse',
  same: 'same',
  'metric.spend.total': 'Total spend over the plan',
  'metric.spend.construction': 'Construction',
  'metric.spend.equipment': 'Equipment',
  'metric.spend.multimedia': 'Multimedia classrooms',
  'metric.spend.hiring': 'Hiring',
  'metric.spend.upgrades': 'Degree upgrades',
  'metric.spend.rotation': 'Rotation subsidies',
  'metric.passing': 'Schools passing, final year',
  'metric.maxCv': 'Largest coefficient, final year',
  'metric.cv': 'Coefficient, final year · {level} · {indicator}',
  'level.primary': 'primary',
  'level.junior': 'junior',
};

export const comparisonMessages = defineMessages(comparisonZh, comparisonEn);
