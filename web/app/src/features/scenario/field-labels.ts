/** Names of scenario fields in both languages, by JSON pointer ('*' for a list index or a school id). */
import type { Text } from '../../../../../engine/standards/types.ts';
import { splitPointer } from './draft.ts';

const L = (zh: string, en: string): Text => ({ zh, en });

export const FIELD_LABELS: Record<string, Text> = {
  '/name': L('方案名称', 'Scenario name'),
  '/description': L('说明', 'Description'),
  '/standard': L('评估标准', 'Standard'),
  '/horizon': L('规划年份', 'Plan years'),
  '/horizon/*': L('规划年份', 'Plan year'),
  '/integer': L('按整数（人、间、项目）规划', 'Whole teachers, rooms and projects'),
  '/budget/perYear': L('每年预算', 'Budget per year'),
  '/budget/perYear/*': L('当年预算', 'Budget of the year'),
  '/budget/carryOver': L('未用资金结转下一年', 'Carry unspent money over'),
  '/costs/teachingAreaPerM2': L('教学用房造价（元/平方米）', 'Teaching building (yuan/m²)'),
  '/costs/sportsAreaPerM2': L('运动场造价（元/平方米）', 'Sports ground (yuan/m²)'),
  '/costs/multimediaRoom': L('多媒体教室改造（元/间）', 'Multimedia room fit-out (yuan/room)'),
  '/costs/teacherPerYear': L('新教师年人员成本（元/人·年）', 'New teacher (yuan/year)'),
  '/costs/backboneTeacherPerYear': L('骨干教师引进年成本（元/人·年）', 'Recruited backbone teacher (yuan/year)'),
  '/costs/degreeUpgrade': L('学历提升（元/人）', 'Degree upgrade (yuan/teacher)'),
  '/costs/rotationSubsidyPerYear': L('轮岗补贴（元/人·年）', 'Rotation subsidy (yuan/teacher/year)'),
  '/enrollment/growth/default': L('学生年增长率（默认）', 'Yearly student growth (default)'),
  '/enrollment/growth/urban': L('学生年增长率（城区）', 'Yearly student growth (urban)'),
  '/enrollment/growth/town': L('学生年增长率（镇区）', 'Yearly student growth (town)'),
  '/enrollment/growth/rural': L('学生年增长率（乡村）', 'Yearly student growth (rural)'),
  '/enrollment/schools': L('按学校的学生年增长率', 'Yearly growth by school'),
  '/enrollment/schools/*': L('学校学生年增长率', 'Yearly growth of a school'),
  '/enrollment/table': L('按学校逐年学生数', 'Students per year by school'),
  '/enrollment/table/*': L('学校逐年学生数', 'Students per year of a school'),
  '/uncertainty': L('招生不确定性', 'Enrollment uncertainty'),
  '/uncertainty/distribution': L('分布', 'Distribution'),
  '/uncertainty/spread/default': L('增长率波动（默认）', 'Growth spread (default)'),
  '/uncertainty/spread/urban': L('增长率波动（城区）', 'Growth spread (urban)'),
  '/uncertainty/spread/town': L('增长率波动（镇区）', 'Growth spread (town)'),
  '/uncertainty/spread/rural': L('增长率波动（乡村）', 'Growth spread (rural)'),
  '/uncertainty/schools': L('按学校的波动', 'Spread by school'),
  '/uncertainty/schools/*': L('学校波动', 'Spread of a school'),
  '/uncertainty/correlation': L('组内相关系数', 'Correlation within a group'),
  '/uncertainty/groupBy': L('分组依据', 'Group by'),
  '/uncertainty/seed': L('随机种子', 'Random seed'),
  '/robust': L('稳健规划', 'Robust plan'),
  '/robust/quantile/growing': L('增长学校按分位数规划', 'Quantile for growing schools'),
  '/robust/quantile/shrinking': L('减少学校按分位数规划', 'Quantile for shrinking schools'),
  '/robust/paths': L('抽样路径数', 'Sampled paths'),
  '/robust/seed': L('随机种子（稳健）', 'Random seed (robust)'),
  '/policy/rotation/minShare': L('每年轮岗比例（占符合条件教师）', 'Yearly rotation share of eligible teachers'),
  '/policy/rotation/backboneShare': L('轮岗中骨干教师最低比例', 'Minimum backbone share among rotated'),
  '/policy/rotation/countsAtReceiver': L('轮岗教师计入接收学校', 'Rotated teachers count at the receiving school'),
  '/policy/rotation/maxOutShare': L('派出学校每年最多轮出比例', 'Most of a donor school rotating out per year'),
  '/policy/rotation/protectDonors': L('派出学校不得因此降至标准以下', 'Donor schools stay at standard'),
  '/policy/rotation/termYears': L('轮岗年限（年）', 'Rotation term (years)'),
  '/policy/rotation/donorRule': L('派出学校的认定', 'Which schools send teachers'),
  '/policy/rotation/levelAware': L('按教师资格学段轮岗（小学教师须有初中资格方可到初中）', 'Rotation follows certificate levels (primary teachers go to junior schools only with a junior certificate)'),
  '/schoolConditions': L('办学条件', 'School conditions'),
  '/schoolConditions/classrooms': L('新建标准教室（消除大班额、保障学位）', 'Build standard classrooms (class size and seats)'),
  '/schoolConditions/classrooms/unitCost': L('标准教室造价（元/间）', 'Standard classroom cost (yuan/room)'),
  '/schoolConditions/classrooms/area': L('每间标准教室面积（平方米）', 'Area of a standard classroom (m²)'),
  '/schoolConditions/classrooms/noOverSizeFrom': L('消除大班额的起始年份', 'No over-size classes from'),
  '/schoolConditions/classrooms/everyPupilSeated': L('每年每名学生都有学位', 'Every pupil has a seat every year'),
  '/schoolConditions/artsRooms': L('配备音乐、美术教室（每12个班各1间）', 'Fit out music and art rooms (one each per 12 classes)'),
  '/schoolConditions/artsRooms/musicRoomCost': L('音乐教室造价（元/间）', 'Music room cost (yuan/room)'),
  '/schoolConditions/artsRooms/artRoomCost': L('美术教室造价（元/间）', 'Art room cost (yuan/room)'),
  '/schoolConditions/artsRooms/meetFrom': L('音乐、美术教室达标的起始年份', 'Music and art rooms complete from'),
  '/commitments': L('经常性支出', 'Recurring commitments'),
  '/commitments/operatingFunds': L('先从每年预算中拨付生均公用经费', 'Take the per-pupil operating funds from each year\'s budget first'),
  '/commitments/teacherTraining': L('只拨付其中的教师培训经费（公用经费另有来源）', 'Take only their teacher-training share (operating funds paid elsewhere)'),
  '/commitments/perPupil/primary': L('小学生均公用经费（元/生·年）', 'Primary operating funds (yuan/pupil/year)'),
  '/commitments/perPupil/junior': L('初中生均公用经费（元/生·年）', 'Junior operating funds (yuan/pupil/year)'),
  '/commitments/minPupils': L('不足此人数的学校按此人数核定（人）', 'Smaller schools funded as (pupils)'),
  '/commitments/trainingShare': L('教师培训经费占公用经费比例', 'Training share of the operating funds'),
  '/construction/leadYears': L('建设周期（开工到投用，年）', 'Construction lead time (years)'),
  '/construction/allowExpansion': L('允许按平方米扩建', 'Allow building by the m²'),
  '/construction/useLandLimits': L('受可用土地限制', 'Respect land limits'),
  '/construction/buildingFloors': L('教学楼层数（用地折算）', 'Building floors (land use)'),
  '/construction/projects': L('候选建设项目', 'Candidate projects'),
  '/construction/projects/*': L('建设项目', 'Project'),
  '/construction/projects/*/id': L('项目编号', 'Project id'),
  '/construction/projects/*/school': L('项目学校', 'Project school'),
  '/construction/projects/*/kind': L('项目类型', 'Project kind'),
  '/construction/projects/*/area': L('项目面积（平方米）', 'Project area (m²)'),
  '/construction/projects/*/cost': L('项目造价（元）', 'Project cost (yuan)'),
  '/construction/projects/*/earliestYear': L('最早开工年份', 'Earliest start year'),
  '/hiring/maxNewTeachers': L('每年最多新聘教师（人）', 'New teachers per year at most'),
  '/hiring/maxNewTeachers/*': L('当年最多新聘教师（人）', 'New teachers of the year at most'),
  '/hiring/quota': L('全县教师编制（人）', 'County staffing quota (teachers)'),
  '/hiring/allowBackboneRecruitment': L('允许引进骨干教师', 'Allow recruiting backbone teachers'),
  '/objective/kind': L('优化目标', 'Objective'),
  '/objective/targets': L('逐年达标学校比例目标', 'Yearly targets: share of schools passing'),
  '/objective/targets/*': L('当年达标比例目标', 'Target of the year'),
  '/objective/tieBreak': L('次要目标', 'Tie-break'),
  '/objective/margin': L('达标余量（按标准的若干倍规划）', 'Margin above each standard'),
  '/solver/timeLimitSeconds': L('求解时限（秒）', 'Solver time limit (s)'),
  '/solver/mipRelGap': L('整数规划相对间隙', 'MIP relative gap'),
};

const ANY_KEY = ['/enrollment/schools/', '/enrollment/table/', '/uncertainty/schools/'];

/** The pattern of a concrete path: list indexes and school ids become '*'. */
export function fieldPattern(path: string): string {
  const keys = splitPointer(path);
  let out = '';
  for (const key of keys) {
    out += ANY_KEY.includes(`${out}/`) || /^\d+$/.test(key) ? '/*' : `/${key}`;
  }
  return out;
}

/** The field's name, or its nearest named parent's; undefined for the whole file. */
export function fieldLabel(path: string): Text | undefined {
  let pattern = fieldPattern(path);
  while (pattern !== '') {
    const label = FIELD_LABELS[pattern];
    if (label) return label;
    pattern = pattern.slice(0, pattern.lastIndexOf('/'));
  }
  return undefined;
}
