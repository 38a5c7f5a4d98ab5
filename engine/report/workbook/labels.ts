/** Sheet names and column headers of the exported workbook and CSV, in zh-CN and English; units in the header. */
import type { ActionKind, RotationCategory, TeacherCategory } from '../../plan/types.ts';
import type { Text } from '../labels.ts';

export const SHEETS = {
  summary: { zh: '年度汇总', en: 'Summary by year' },
  actions: { zh: '各校行动与费用', en: 'Actions and costs' },
  rotations: { zh: '教师交流轮岗', en: 'Rotations' },
  indicators: { zh: '各校指标', en: 'School indicators' },
  assumptions: { zh: '假设与说明', en: 'Assumptions' },
} satisfies Record<string, Text>;

export const H = {
  year: { zh: '年份', en: 'Year' },
  budget: { zh: '预算（元）', en: 'Budget (yuan)' },
  available: { zh: '可用资金（含结转，元）', en: 'Available incl. carry-over (yuan)' },
  spendTotal: { zh: '支出合计（元）', en: 'Total spend (yuan)' },
  passing: { zh: '达标学校（所）', en: 'Schools at standard' },
  evaluated: { zh: '参评学校（所）', en: 'Schools evaluated' },
  floor: { zh: '最低比值（现值/标准）', en: 'Lowest value/standard ratio' },
  countyPasses: { zh: '全县达标', en: 'County passes' },
  cv: { zh: '差异系数', en: 'CV' },
  schoolId: { zh: '学校代码', en: 'School ID' },
  school: { zh: '学校', en: 'School' },
  action: { zh: '行动', en: 'Action' },
  category: { zh: '类别', en: 'Category' },
  started: { zh: '开始年份', en: 'Start year' },
  amount: { zh: '数量', en: 'Amount' },
  unit: { zh: '单位', en: 'Unit' },
  servesFrom: { zh: '起用年份', en: 'Serves from' },
  costThisYear: { zh: '当年费用（元）', en: 'Cost this year (yuan)' },
  fromId: { zh: '派出学校代码', en: 'From (ID)' },
  from: { zh: '派出学校', en: 'From' },
  toId: { zh: '接收学校代码', en: 'To (ID)' },
  to: { zh: '接收学校', en: 'To' },
  teachers: { zh: '教师（人）', en: 'Teachers' },
  untilYear: { zh: '截止年份', en: 'Until' },
  yearsAway: { zh: '规划期内交流年数', en: 'Years away in the plan' },
  distance: { zh: '距离（公里）', en: 'Distance (km)' },
  subsidy: { zh: '补贴合计（元）', en: 'Subsidy total (yuan)' },
  level: { zh: '学段', en: 'Level' },
  indicator: { zh: '指标', en: 'Indicator' },
  value: { zh: '现值', en: 'Value' },
  standard: { zh: '标准值', en: 'Standard' },
  ratio: { zh: '比值（现值/标准）', en: 'Ratio (value/standard)' },
  meets: { zh: '达标', en: 'Meets' },
  setting: { zh: '项目', en: 'Setting' },
  settingValue: { zh: '取值', en: 'Value' },
  source: { zh: '来源/说明', en: 'Source / note' },
  run: { zh: '方案', en: 'Run' },
} satisfies Record<string, Text>;

export const ROWS = {
  yearTotal: { zh: '年度合计', en: 'Year total' },
  planTotal: { zh: '规划期合计', en: 'Plan total' },
  dataYear: { zh: '数据年 {year}', en: 'Data year {year}' },
  subsidies: { zh: '轮岗补贴（各校合计）', en: 'Rotation subsidies (all schools)' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
} satisfies Record<string, Text>;

export const KIND_LABELS: Record<ActionKind, Text> = {
  teachingArea: { zh: '新建教学用房', en: 'Build teaching rooms' },
  sportsArea: { zh: '新建运动场地', en: 'Build sports ground' },
  project: { zh: '建设项目', en: 'Building project' },
  equipment: { zh: '购置教学仪器设备', en: 'Teaching equipment' },
  multimediaRooms: { zh: '建设网络多媒体教室', en: 'Multimedia classrooms' },
  hire: { zh: '招聘教师', en: 'Hire teachers' },
  degreeUpgrade: { zh: '教师学历提升', en: 'Degree upgrades' },
  classrooms: { zh: '新建标准教室', en: 'Standard classrooms' },
  musicRooms: { zh: '建设音乐专用教室', en: 'Music rooms' },
  artRooms: { zh: '建设美术专用教室', en: 'Art rooms' },
};

export const CATEGORY_LABELS: Record<TeacherCategory | RotationCategory, Text> = {
  general: { zh: '普通教师', en: 'general' },
  peArt: { zh: '体育艺术教师', en: 'PE/art' },
  backbone: { zh: '骨干教师', en: 'backbone' },
};

export const UNIT_LABELS: Record<'m2' | 'yuan' | 'rooms' | 'teachers', Text> = {
  m2: { zh: '平方米', en: 'm²' },
  yuan: { zh: '元', en: 'yuan' },
  rooms: { zh: '间', en: 'rooms' },
  teachers: { zh: '人', en: 'teachers' },
};
