/** The rotation chart's groups, flow labels and controls. */
import { defineMessages } from '../i18n/i18n.tsx';

const zh = {
  'group.urban': '城区学校',
  'group.town': '镇区学校',
  'group.rural': '乡村学校',
  'group.unknown': '未注明位置的学校',
  groupLabel: '{name}（{n}校）',
  internal: '，组内轮岗 {n} 人',
  flowLabel: '{n}人 · {years}',
  allYears: '全部年份',
  year: '年份',
  collapse: '收起分组',
  groupedHint: '学校较多，已按城区/镇区/乡村汇总；点击分组展开',
  expandedHint: '点击校名查看学校详情',
};
const en: Record<keyof typeof zh, string> = {
  'group.urban': 'Urban schools',
  'group.town': 'Town schools',
  'group.rural': 'Rural schools',
  'group.unknown': 'Schools without a location',
  groupLabel: '{name} ({n})',
  internal: ', {n} within',
  flowLabel: '{n} · {years}',
  allYears: 'All years',
  year: 'Year',
  collapse: 'Collapse groups',
  groupedHint: 'Many schools: summed by urban/town/rural; click a group to expand it',
  expandedHint: 'Click a school name to open its page',
};
export const rotationMessages = defineMessages(zh, en);
