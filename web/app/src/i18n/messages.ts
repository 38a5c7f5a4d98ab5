/** Every label of the interface in Chinese (default) and English. Add keys to both tables. */
const zh = {
  'app.title': '均衡 · 县域义务教育优质均衡规划',
  'app.language': 'English',
  'nav.data': '数据',
  'nav.scenario': '方案',
  'nav.results': '运行与结果',
  'nav.compare': '比较',
  'nav.province': '全省',
  'nav.report': '报告',
  'nav.present': '演示',
  'nav.admin': '审计与回收站',
  'common.loading': '加载中…',
  'common.error': '出错了',
  'common.save': '保存',
  'common.cancel': '取消',
  'common.close': '关闭',
  'export.svg': '导出 SVG',
  'export.png': '导出 PNG',
  'chart.dataDate': '数据日期：{date}',
  'chart.unit': '单位：{unit}',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.title': 'Junheng · county education balance planning',
  'app.language': '中文',
  'nav.data': 'Data',
  'nav.scenario': 'Scenario',
  'nav.results': 'Run & results',
  'nav.compare': 'Compare',
  'nav.province': 'Province',
  'nav.report': 'Report',
  'nav.present': 'Present',
  'nav.admin': 'Audit & trash',
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'export.svg': 'Export SVG',
  'export.png': 'Export PNG',
  'chart.dataDate': 'Data date: {date}',
  'chart.unit': 'Unit: {unit}',
};

export const messages: Record<'zh' | 'en', Record<MessageKey, string>> = { zh, en };
