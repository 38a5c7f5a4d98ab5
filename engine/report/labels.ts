/** Names people read for solve statuses, school levels and spend categories, in zh-CN and English; one place for every report. */
import type { EvaluatedLevel } from '../county/types.ts';
import type { ConditionKey } from '../indicators/conditions.ts';
import type { SpendCategory } from '../plan/types.ts';
import type { SolveStatus } from '../solve/model.ts';

export type Text = { zh: string; en: string };

export const STATUS_LABELS: Record<SolveStatus, Text> = {
  optimal: { zh: '最优', en: 'optimal' },
  infeasible: { zh: '不可行', en: 'infeasible' },
  unbounded: { zh: '无界', en: 'unbounded' },
  timeout: { zh: '超时', en: 'time limit' },
  error: { zh: '出错', en: 'error' },
};

/** The school conditions of the evaluation (indicators/conditions.ts). */
export const CONDITION_LABELS: Record<ConditionKey, Text> = {
  classSize: { zh: '班额（小学≤45，初中≤50）', en: 'Class size (primary ≤ 45, junior ≤ 50)' },
  schoolSize: { zh: '学校规模', en: 'School size' },
  musicRooms: { zh: '音乐专用教室', en: 'Music rooms' },
  artRooms: { zh: '美术专用教室', en: 'Art rooms' },
  basicStandard: { zh: '省定办学基本标准', en: 'Provincial school basic standard' },
};

export const LEVEL_LABELS: Record<EvaluatedLevel, Text> = { primary: { zh: '小学', en: 'Primary' }, junior: { zh: '初中', en: 'Junior' } };

export const SPEND_LABELS: Record<SpendCategory, Text> = {
  construction: { zh: '建设', en: 'Construction' },
  equipment: { zh: '设备', en: 'Equipment' },
  multimedia: { zh: '多媒体', en: 'Multimedia' },
  hiring: { zh: '招聘', en: 'Hiring' },
  upgrades: { zh: '学历提升', en: 'Upgrades' },
  rotation: { zh: '轮岗', en: 'Rotation' },
};

/** Column heads of the plan report's money table, which has a column per category: short English, the subsidy named in Chinese. */
export const SPEND_COLUMN_LABELS: Record<SpendCategory, Text> = {
  construction: { zh: '建设', en: 'Build' },
  equipment: { zh: '设备', en: 'Equip' },
  multimedia: { zh: '多媒体', en: 'Media' },
  hiring: { zh: '招聘', en: 'Hiring' },
  upgrades: { zh: '学历提升', en: 'Upgrade' },
  rotation: { zh: '轮岗补贴', en: 'Rotation' },
};
