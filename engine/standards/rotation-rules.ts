/**
 * Who may rotate where (交流轮岗), as settings with the national rule as default.
 * Sources:
 *  - 教育部 财政部 人力资源社会保障部《关于推进县（区）域内义务教育学校校长教师交流轮岗的意见》(教师〔2014〕4号)
 *    三: 重点推动城镇学校向乡村学校、优质学校向薄弱学校交流; 城镇学校和优质学校每学年教师交流轮岗的比例
 *    应不低于符合交流条件教师总数的 10%, 其中骨干教师不低于交流总数的 20%. Sending schools are urban or
 *    town schools (城镇学校) and quality schools (优质学校); schools run above the county level also send,
 *    but are not in a county's data.
 *  - 《教师资格条例》第五条 (with 《教师法》第十一条): a teacher may teach at the level of the certificate held
 *    or below, so junior teachers may rotate to primary schools and primary teachers to junior schools only
 *    with a junior certificate (column eligible_junior_certified).
 */
export type DonorRule = 'national' | 'county-ratio';

export const ROTATION_RULE_SOURCE = '教师〔2014〕4号 三（城镇学校、优质学校向乡村学校、薄弱学校交流；不低于10%，骨干不低于20%）；《教师资格条例》第五条';

/**
 * 'national': only 城镇学校 (urban or town location) and 优质学校 (at or above the county ratio in every rotation
 * category) send, each where it is at or above the county ratio; the ≥ 10 % minimum counts their eligible teachers
 * only; every other school receives.
 * 'county-ratio': per category, schools at or above the county ratio send and the others receive (the
 * earlier behaviour); the minimum counts every school's eligible teachers.
 */
export const DEFAULT_DONOR_RULE: DonorRule = 'national';
