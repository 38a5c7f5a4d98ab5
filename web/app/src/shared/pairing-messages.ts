/** The rotation pairing table's words. */
import { defineMessages } from '../i18n/i18n.tsx';

const zh = {
  title: '教师轮岗配对',
  summary: '{n} 组配对，共 {teachers} 人次',
  'col.from': '派出学校',
  'col.to': '接收学校',
  'col.category': '类别',
  'col.teachers': '人数',
  'col.years': '年份',
  'col.km': '距离（公里）',
  'category.general': '一般教师',
  'category.backbone': '骨干教师',
};
const en: Record<keyof typeof zh, string> = {
  title: 'Teacher rotation pairings',
  summary: '{n} {n|pairing|pairings}, {teachers} {teachers|teacher|teachers} in all',
  'col.from': 'From',
  'col.to': 'To',
  'col.category': 'Category',
  'col.teachers': 'Teachers',
  'col.years': 'Years',
  'col.km': 'Distance (km)',
  'category.general': 'General',
  'category.backbone': 'Backbone',
};
export const pairingMessages = defineMessages(zh, en);
