/**
 * How a school with several parts splits its facilities between them: by students weighted per level
 * (a junior pupil needs more room than a primary pupil, a senior pupil more still).
 * Source: 测算均衡系数拆分公式 in the 2012 provincial practice of 教督〔2012〕3号 (九年一贯制 primary :
 * junior = 1 : 1.1; 完全中学 junior : senior = 1 : 1.2; 十二年一贯制 primary : junior : senior = 1 : 1.1 : 1.32).
 * Only the compulsory parts (primary, junior) are evaluated; the senior part only takes its share.
 */
import type { PartWeights } from './types.ts';

export const SCHOOL_TYPE_SPLIT_SOURCE = '教督〔2012〕3号 测算均衡系数拆分公式（完全中学 初中:高中 = 1:1.2；十二年一贯制 1:1.1:1.32）';

export const DEFAULT_SCHOOL_TYPE_SPLIT: Readonly<Record<'complete-secondary' | 'twelve-year', PartWeights>> = {
  'complete-secondary': { primary: 0, junior: 1, senior: 1.2 },
  'twelve-year': { primary: 1, junior: 1.1, senior: 1.32 },
};
