/** Labels of the report and the presentation. */
import { defineMessages } from '../../i18n/i18n.tsx';

const zh = {
  title: '县域义务教育优质均衡规划报告',
  subtitle: '均衡 Junheng · {date}',
  scenarios: '方案',
  print: '打印 / 另存为 PDF',
  printHint: '在打印对话框中选择“另存为 PDF”；纸张为 A4 横向，每页一张图。',
  nothing: '还没有可报告的运行：请先在“运行与结果”中求解，或在“比较”中选择 2 至 4 个运行。',
  keyFigures: '关键数字',
  run: '运行',
  deltas: '与基准的差异',
  present: '开始演示',
  presentHint: '方向键或按钮翻页，Esc 退出。',
  prev: '上一张',
  next: '下一张',
  leave: '退出演示',
  slideOf: '{n} / {total}',
  slides: '共 {n} 张',
};

const en: Record<keyof typeof zh, string> = {
  title: 'County compulsory-education balance plan: report',
  subtitle: 'Junheng 均衡 · {date}',
  scenarios: 'Scenarios',
  print: 'Print / save as PDF',
  printHint: 'Choose “Save as PDF” in the print dialog; A4 landscape, one chart per page.',
  nothing: 'Nothing to report yet: solve a scenario under “Run & results”, or choose 2 to 4 runs under “Compare”.',
  keyFigures: 'Key figures',
  run: 'Run',
  deltas: 'Differences from the baseline',
  present: 'Start presentation',
  presentHint: 'Arrow keys or the buttons step through; Escape leaves.',
  prev: 'Previous',
  next: 'Next',
  leave: 'Leave',
  slideOf: '{n} / {total}',
  slides: '{n} {n|slide|slides}',
};

export const reportMessages = defineMessages(zh, en);
