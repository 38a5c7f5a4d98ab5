/** How the model's objective reads for people: sign, unit and wording of the effect of more money. */
import type { PlanningModel } from '../model/build.ts';
import { MONEY_UNIT } from '../model/context.ts';
import type { ObjectiveKind } from '../scenario/schema.ts';
import type { ObjectiveScale } from './shadow.ts';

/** `valueSign`/`factor`: reported objective = valueSign × factor × model objective; `sign` turns an objective change into the effect's direction. */
export function objectiveScale(kind: ObjectiveKind, _pm: PlanningModel): ObjectiveScale & { unit: string; factor: number; valueSign: 1 | -1 } {
  switch (kind) {
    case 'floor':
      return { sign: -1, valueSign: -1, factor: 1, unit: 'average over years of the lowest value/standard', effect: { zh: '最弱学校的最低比值（现值/标准）提高', en: 'raises the weakest school\'s lowest value/standard ratio by' }, format: (d) => d.toFixed(4) };
    case 'shortfall':
      return { sign: -1, valueSign: 1, factor: 1, unit: 'student-weighted shortfall below standard', effect: { zh: '加权差距减少', en: 'reduces the weighted shortfall by' }, format: (d) => d.toFixed(4) };
    case 'mincost':
      return { sign: -1, valueSign: 1, factor: MONEY_UNIT, unit: 'yuan', effect: { zh: '总成本减少', en: 'saves in total cost' }, format: (d) => `${Math.round(d * MONEY_UNIT).toLocaleString('en-US')} yuan` };
    case 'cv':
      return { sign: 1, valueSign: 1, factor: 1, unit: 'largest difference coefficient / limit (final year)', effect: { zh: '差异系数变化', en: 'changes the coefficient by' }, format: (d) => d.toFixed(4) };
  }
}
