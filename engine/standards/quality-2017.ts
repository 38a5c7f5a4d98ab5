import { GUARANTEE_2017 } from './guarantee-2017.ts';
import type { Standard } from './types.ts';

/**
 * 优质均衡 (high-quality balanced development), 2017.
 * Source: 教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号), 第五条 (seven resource
 * indicators, thresholds; ≥6 met and the rest ≥85%; difference coefficients ≤0.50 primary, ≤0.45 junior).
 * Degree: 专科+ for primary, 本科+ for junior. Nine-year split 1 : 1.1 from the 2012 practice.
 */
export const quality2017: Standard = {
  id: 'quality-2017',
  name: { zh: '县域义务教育优质均衡发展（2017）', en: 'High-quality balanced development (2017)' },
  source: '教育部《县域义务教育优质均衡发展督导评估办法》教督〔2017〕6号 第五条',
  indicators: [
    {
      key: 'degreeTeachers', short: { zh: '高学历教师', en: 'Degree' }, resource: 'degreeTeachers', per: 100, split: 'teachers',
      name: { zh: '每百名学生拥有高于规定学历教师数', en: 'Teachers above required degree per 100 students' },
      unit: { zh: '人', en: 'persons' },
      threshold: { primary: 4.2, junior: 5.3 },
      gapText: { zh: '需增加高于规定学历教师 {n} 名', en: 'needs {n} more teachers above the required degree' },
    },
    {
      key: 'backboneTeachers', short: { zh: '骨干教师', en: 'Backbone' }, resource: 'backboneTeachers', per: 100, split: 'teachers',
      name: { zh: '每百名学生拥有县级以上骨干教师数', en: 'Backbone teachers per 100 students' },
      unit: { zh: '人', en: 'persons' },
      threshold: { primary: 1.0, junior: 1.0 },
      gapText: { zh: '需增加骨干教师 {n} 名', en: 'needs {n} more backbone teachers' },
    },
    {
      key: 'peArtTeachers', short: { zh: '体艺教师', en: 'PE/art' }, resource: 'peArtTeachers', per: 100, split: 'teachers',
      name: { zh: '每百名学生拥有体育、艺术专任教师数', en: 'PE and art teachers per 100 students' },
      unit: { zh: '人', en: 'persons' },
      threshold: { primary: 0.9, junior: 0.9 },
      gapText: { zh: '需增加体育艺术专任教师 {n} 名', en: 'needs {n} more PE and art teachers' },
    },
    {
      key: 'teachingArea', short: { zh: '教学用房', en: 'Teach m²' }, resource: 'teachingArea', per: 1, split: 'facilities',
      name: { zh: '生均教学及辅助用房面积', en: 'Teaching and auxiliary rooms per student' },
      unit: { zh: '平方米', en: 'm²' },
      threshold: { primary: 4.5, junior: 5.8 },
      gapText: { zh: '需增加教学及辅助用房 {n} 平方米', en: 'needs {n} m² more teaching area' },
    },
    {
      key: 'sportsArea', short: { zh: '运动场馆', en: 'Sport m²' }, resource: 'sportsArea', per: 1, split: 'facilities',
      name: { zh: '生均体育运动场馆面积', en: 'Sports grounds and halls per student' },
      unit: { zh: '平方米', en: 'm²' },
      threshold: { primary: 7.5, junior: 10.2 },
      gapText: { zh: '需增加体育运动场馆 {n} 平方米', en: 'needs {n} m² more sports area' },
    },
    {
      key: 'equipmentValue', short: { zh: '仪器设备', en: 'Equip ¥' }, resource: 'equipmentValue', per: 1, split: 'facilities',
      name: { zh: '生均教学仪器设备值', en: 'Teaching equipment value per student' },
      unit: { zh: '元', en: 'yuan' },
      threshold: { primary: 2000, junior: 2500 },
      gapText: { zh: '需增加教学仪器设备 {n} 元', en: 'needs {n} yuan more teaching equipment' },
    },
    {
      key: 'multimediaRooms', short: { zh: '多媒体室', en: 'Media' }, resource: 'multimediaRooms', per: 100, split: 'facilities',
      name: { zh: '每百名学生拥有网络多媒体教室数', en: 'Networked multimedia classrooms per 100 students' },
      unit: { zh: '间', en: 'rooms' },
      threshold: { primary: 2.3, junior: 2.4 },
      gapText: { zh: '需增加网络多媒体教室 {n} 间', en: 'needs {n} more multimedia classrooms' },
    },
  ],
  cvLimit: { primary: 0.5, junior: 0.45 },
  cvRule: 'each',
  schoolRule: { minMet: 6, otherMinRatio: 0.85 },
  exclusions: { teachingPointMinStudents: 50, kinds: ['special', 'vocational'] },
  nineYearSplit: { juniorFacilityWeight: 1.1 },
  conditions: GUARANTEE_2017,
};
