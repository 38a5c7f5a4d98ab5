import type { Standard } from './types.ts';

/**
 * 基本均衡 (basic balanced development), 2012.
 * Source: 教育部《县域义务教育均衡发展督导评估暂行办法》(教督〔2012〕3号), 第九条: eight indicators,
 * composite (average) difference coefficient ≤0.65 primary, ≤0.55 junior; its precondition article (第五条 [P]: the
 * number is from secondary sources) has the county's schools first reach the provincial 办学基本标准. The 2012 method sets no national per-school pass marks: the
 * indicators' thresholds stay null (no 6-of-7 rule), and the basic standard below is data that a provincial
 * variant replaces (`basicStandard` in its file). The defaults are national floors where one exists:
 *  - teachers per 100 students: 中央编办 教育部 财政部《关于统一城乡中小学教职工编制标准的通知》
 *    (中央编办发〔2014〕72号): 小学 1 : 19 → 100/19 = 5.26, 初中 1 : 13.5 → 100/13.5 = 7.41;
 *  - library books per student: 教育部《中小学图书馆（室）规程》(教基〔2018〕5号) 附件: 小学 25, 初中 35 册.
 * Every other indicator is left to the province (null).
 */
const none = { primary: null, junior: null };

export const basic2012: Standard = {
  id: 'basic-2012',
  name: { zh: '县域义务教育基本均衡发展（2012）', en: 'Basic balanced development (2012)' },
  source: '教育部《县域义务教育均衡发展督导评估暂行办法》教督〔2012〕3号 第九条',
  indicators: [
    { key: 'teachingArea', short: { zh: '教学用房', en: 'Teach m²' }, resource: 'teachingArea', per: 1, split: 'facilities', threshold: none,
      name: { zh: '生均教学及辅助用房面积', en: 'Teaching and auxiliary rooms per student' }, unit: { zh: '平方米', en: 'm²' },
      gapText: { zh: '需增加教学及辅助用房 {n} 平方米', en: 'needs {n} m² more teaching area' } },
    { key: 'sportsArea', short: { zh: '运动场馆', en: 'Sport m²' }, resource: 'sportsArea', per: 1, split: 'facilities', threshold: none,
      name: { zh: '生均体育运动场馆面积', en: 'Sports grounds per student' }, unit: { zh: '平方米', en: 'm²' },
      gapText: { zh: '需增加体育运动场馆 {n} 平方米', en: 'needs {n} m² more sports area' } },
    { key: 'equipmentValue', short: { zh: '仪器设备', en: 'Equip ¥' }, resource: 'equipmentValue', per: 1, split: 'facilities', threshold: none,
      name: { zh: '生均教学仪器设备值', en: 'Equipment value per student' }, unit: { zh: '元', en: 'yuan' },
      gapText: { zh: '需增加教学仪器设备 {n} 元', en: 'needs {n} yuan more equipment' } },
    { key: 'computers', short: { zh: '计算机', en: 'Computers' }, resource: 'computers', per: 100, split: 'facilities', threshold: none,
      name: { zh: '每百名学生拥有计算机台数', en: 'Computers per 100 students' }, unit: { zh: '台', en: 'units' },
      gapText: { zh: '需增加计算机 {n} 台', en: 'needs {n} more computers' } },
    { key: 'books', short: { zh: '图书', en: 'Books' }, resource: 'books', per: 1, split: 'facilities', threshold: none,
      name: { zh: '生均图书册数', en: 'Library books per student' }, unit: { zh: '册', en: 'volumes' },
      gapText: { zh: '需增加图书 {n} 册', en: 'needs {n} more books' } },
    { key: 'teachers', short: { zh: '教师', en: 'Teachers' }, resource: 'teachers', per: 100, split: 'teachers', threshold: none,
      name: { zh: '师生比（每百名学生拥有教师数）', en: 'Teachers per 100 students' }, unit: { zh: '人', en: 'persons' },
      gapText: { zh: '需增加教师 {n} 名', en: 'needs {n} more teachers' } },
    { key: 'degreeTeachers', short: { zh: '高学历教师', en: 'Degree' }, resource: 'degreeTeachers', per: 100, split: 'teachers', threshold: none,
      name: { zh: '每百名学生拥有高于规定学历教师数', en: 'Teachers above required degree per 100 students' }, unit: { zh: '人', en: 'persons' },
      gapText: { zh: '需增加高于规定学历教师 {n} 名', en: 'needs {n} more teachers above the required degree' } },
    { key: 'seniorTitleTeachers', short: { zh: '中高职称', en: 'Titled' }, resource: 'seniorTitleTeachers', per: 100, split: 'teachers', threshold: none,
      name: { zh: '每百名学生拥有中级及以上专业技术职务教师数', en: 'Teachers with intermediate-or-higher title per 100 students' }, unit: { zh: '人', en: 'persons' },
      gapText: { zh: '需增加中级及以上职称教师 {n} 名', en: 'needs {n} more teachers with intermediate-or-higher title' } },
  ],
  cvLimit: { primary: 0.65, junior: 0.55 },
  cvRule: 'composite',
  schoolRule: null,
  exclusions: { teachingPointMinStudents: 50, kinds: ['special', 'vocational'] },
  nineYearSplit: { juniorFacilityWeight: 1.1 },
  basicStandard: {
    source: '教督〔2012〕3号 第五条（省定办学基本标准）；默认值：中央编办发〔2014〕72号（师生比），教基〔2018〕5号（生均图书）',
    thresholds: {
      teachers: { primary: Math.round((100 / 19) * 100) / 100, junior: Math.round((100 / 13.5) * 100) / 100 },
      books: { primary: 25, junior: 35 },
    },
  },
};
