/** What a count of schools is out of: the evaluated schools of a year, and who left or entered them (data, results, report). */
import { defineMessages } from '../i18n/i18n.tsx';

const zh = {
  'counts.title': '参评学校数（达标学校数的分母）',
  'counts.base': '数据年 {year}：{n} 所',
  'counts.year': '{year}年：{n} 所',
  'counts.rule': '达标学校数 = 当年参评学校中达到标准的学校数。是否参评按当年（规划年份为预测）在校生数判断：不足 {min} 名学生的教学点以及特殊教育学校、职业学校不参评。',
  'counts.changes': '参评学校的变化',
  'counts.noChanges': '规划期内没有学校退出或进入评估。',
  'counts.ofYear': '（分母：{year}年参评学校）',
  'counts.ofBase': '（分母：数据年参评学校）',
  'counts.finalNote': '末年达标学校 = 末年达标学校数 / 末年参评学校数。参评学校随（预测）学生数变化：各方案的逐年参评学校数及退出、进入评估的学校见“规划进展：逐年说明”。',
  'data.evaluated': '参评学校 {evaluated} 所 = 数据中的 {all} 所学校 − 不参评 {excluded} 所。',
  'data.excludedTitle': '不参评的学校',
  'data.conditions': '办学条件一栏的分母不同：是能判断该项的参评学校（数据给出所需列的学校），因此可能少于 {evaluated} 所。',
  'data.planYears': '规划年份的参评学校按预测在校生数重新判断，可能与数据年不同（运行结果中列出变化的学校及原因）。',
  'conditions.unjudged': '另 {n} 所数据未给出，未判断',
};

const en: Record<keyof typeof zh, string> = {
  'counts.title': 'Schools evaluated (what schools passing is out of)',
  'counts.base': 'data year {year}: {n}',
  'counts.year': '{year}: {n}',
  'counts.rule': 'Schools passing counts the evaluated schools that meet the standard that year. Whether a school is evaluated depends on its pupils that year (projected for plan years): teaching points under {min} pupils, special schools and vocational schools are not evaluated.',
  'counts.changes': 'Schools leaving or entering the evaluation',
  'counts.noChanges': 'No school leaves or enters the evaluation over the plan.',
  'counts.ofYear': '(out of the schools evaluated in {year})',
  'counts.ofBase': '(out of the schools evaluated in the data year)',
  'counts.finalNote': 'Schools passing, final year = schools passing / schools evaluated in the final year. The evaluated schools change with (projected) pupils: each plan\'s count per year, and the schools that leave or enter the evaluation, are given under “The plan year by year”.',
  'data.evaluated': 'Evaluated schools {evaluated} = {all} {all|school|schools} in the data − {excluded} not evaluated.',
  'data.excludedTitle': 'Schools not evaluated',
  'data.conditions': 'The school conditions count differently: out of the evaluated schools whose data lets the condition be judged (the file gives the columns it needs), so possibly fewer than {evaluated}.',
  'data.planYears': 'In the plan years, schools are evaluated by their projected pupils, so the count may differ from the data year (the results list the schools that change, with the reason).',
  'conditions.unjudged': '{n} more not judged (not in the data)',
};

export const denominatorMessages = defineMessages(zh, en);
