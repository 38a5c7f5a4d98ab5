/**
 * Operating funds (生均公用经费) as a recurring commitment of the county budget.
 * Sources:
 *  - 国务院《关于进一步完善城乡义务教育经费保障机制的通知》(国发〔2015〕67号) 二（二）: a unified per-pupil
 *    benchmark (基准定额) for urban and rural schools; 对城乡不足 100 人的规模较小学校按 100 人核定公用经费;
 *  - 财政部 教育部 2023 benchmark as in domain.md: 小学 650 元, 初中 850 元 per pupil and year [V];
 *  - 《国务院关于加强教师队伍建设的意见》(国发〔2012〕41号) 五: 中小学按照年度公用经费预算总额的 5% 安排教师
 *    培训经费 (the training share is part of the operating funds, not on top of them) [P].
 */
import type { EvaluatedLevel } from '../county/types.ts';

export interface OperatingFundsRule {
  /** yuan per pupil and year, by compulsory level (senior pupils are not funded here). */
  perPupil: Record<EvaluatedLevel, number>;
  /** A school with fewer compulsory pupils is funded as if it had this many. */
  minPupils: number;
  /** Share of the operating funds that goes to teacher training. */
  trainingShare: number;
  source: string;
}

export const OPERATING_FUNDS_2023: OperatingFundsRule = {
  perPupil: { primary: 650, junior: 850 },
  minPupils: 100,
  trainingShare: 0.05,
  source: '国发〔2015〕67号（基准定额，不足100人按100人核定）；小学650元、初中850元；国发〔2012〕41号（公用经费5%用于教师培训）',
};
