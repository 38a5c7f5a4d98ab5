/** Labels of the admin screen: the audit trail and the trash. */
import { defineMessages } from '../../i18n/i18n.tsx';

const zh = {
  'title': '审计记录与回收站',
  'trash.title': '回收站',
  'trash.empty': '回收站是空的',
  'trash.restore': '恢复',
  'trash.emptyAll': '清空回收站',
  'trash.confirm': '清空后无法恢复（已被运行使用的数据仍为这些运行保留）。确定清空？',
  'trash.kind.dataset': '数据集',
  'trash.kind.scenario': '方案',
  'audit.title': '审计记录（最近 200 条）',
  'audit.at': '时间',
  'audit.user': '用户',
  'audit.action': '操作',
  'audit.target': '对象',
  'audit.detail': '详情',
  'audit.nobody': '（单用户）',
  'forbidden': '只有管理员可以查看此页',
} as const;

const en: Record<keyof typeof zh, string> = {
  'title': 'Audit trail and trash',
  'trash.title': 'Trash',
  'trash.empty': 'The trash is empty',
  'trash.restore': 'Restore',
  'trash.emptyAll': 'Empty the trash',
  'trash.confirm': 'Emptied items cannot be restored (what runs used is kept for those runs). Empty the trash?',
  'trash.kind.dataset': 'dataset',
  'trash.kind.scenario': 'scenario',
  'audit.title': 'Audit trail (latest 200)',
  'audit.at': 'When',
  'audit.user': 'Who',
  'audit.action': 'Action',
  'audit.target': 'Record',
  'audit.detail': 'Detail',
  'audit.nobody': '(single user)',
  'forbidden': 'Only administrators can see this page',
};

export const adminMessages = defineMessages(zh, en);
