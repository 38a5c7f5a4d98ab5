/** The cancel button of a run, a sweep or a province batch (shared/CancelButton.tsx). */
import { defineMessages } from '../i18n/i18n.tsx';

const zh = {
  cancel: '取消',
  cancelling: '正在取消…',
  'label.run': '取消运行 #{id}',
  'label.sweep': '取消扫描 #{id}',
  'label.batch': '取消批量 #{id}',
  'ended.run': '运行 #{id} 已经结束，无需取消。',
  'ended.sweep': '扫描 #{id} 已经结束，无需取消。',
  'ended.batch': '批量 #{id} 已经结束，无需取消。',
  failed: '取消失败：{error}',
};

const en: Record<keyof typeof zh, string> = {
  cancel: 'Cancel',
  cancelling: 'Cancelling…',
  'label.run': 'Cancel run #{id}',
  'label.sweep': 'Cancel sweep #{id}',
  'label.batch': 'Cancel batch #{id}',
  'ended.run': 'Run #{id} has already finished; there is nothing to cancel.',
  'ended.sweep': 'Sweep #{id} has already finished; there is nothing to cancel.',
  'ended.batch': 'Batch #{id} has already finished; there is nothing to cancel.',
  failed: 'Could not cancel: {error}',
};

export const cancelMessages = defineMessages(zh, en);
