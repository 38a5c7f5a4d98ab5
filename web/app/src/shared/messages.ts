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
  'job.cancelled': '已取消',
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
  'job.cancelled': 'cancelled',
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

/** Plan action kinds, teacher categories and units: the actions table, the school page and the pairing table. */
const actionWordZh = {
  'kind.teachingArea': '新建教学及辅助用房',
  'kind.sportsArea': '新建/改造运动场馆',
  'kind.project': '候选项目',
  'kind.equipment': '购置教学仪器设备',
  'kind.multimediaRooms': '建设网络多媒体教室',
  'kind.hire': '招聘教师',
  'kind.degreeUpgrade': '教师学历提升',
  'kind.classrooms': '新建标准教室',
  'kind.musicRooms': '建设音乐专用教室',
  'kind.artRooms': '建设美术专用教室',
  'category.general': '一般',
  'category.peArt': '体育艺术',
  'category.backbone': '骨干',
  'unit.m2': '平方米',
  'unit.yuan': '元',
  'unit.rooms': '间',
  'unit.teachers': '名',
  /** Punctuation around words that are joined in code, so English text gets no Chinese brackets. */
  'punct.paren': '（{text}）',
  'punct.colon': '：',
  'punct.comma': '，',
};

const actionWordEn: Record<keyof typeof actionWordZh, string> = {
  'kind.teachingArea': 'Build teaching rooms',
  'kind.sportsArea': 'Build or resurface sports grounds',
  'kind.project': 'Candidate project',
  'kind.equipment': 'Buy teaching equipment',
  'kind.multimediaRooms': 'Fit multimedia classrooms',
  'kind.hire': 'Hire teachers',
  'kind.degreeUpgrade': 'Degree upgrades',
  'kind.classrooms': 'Build standard classrooms',
  'kind.musicRooms': 'Fit music rooms',
  'kind.artRooms': 'Fit art rooms',
  'category.general': 'general',
  'category.peArt': 'PE and art',
  'category.backbone': 'backbone',
  'unit.m2': 'm²',
  'unit.yuan': 'yuan',
  'unit.rooms': 'rooms',
  'unit.teachers': 'teachers',
  'punct.paren': ' ({text})',
  'punct.colon': ': ',
  'punct.comma': ', ',
};

export const actionWordMessages = defineMessages(actionWordZh, actionWordEn);
