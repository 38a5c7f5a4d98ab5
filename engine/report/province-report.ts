/** The province summary for people: a county table, totals by year and the cost-per-pupil ranking (zh-CN / en). */
import type { CountyRow, ProvinceSummary } from '../compare/province/summary.ts';
import { formatValue, pick, type Lang } from './format.ts';
import { textTable } from './text-table.ts';

const yuan = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : formatValue(v, 0));

/** Header and cells of the county table; shared by the text report and the workbook. */
export function countyTable(summary: ProvinceSummary, lang: Lang): { header: string[]; rows: string[][] } {
  const header = pick({
    zh: ['县', '学校', '学生', '预算（元）', '现达标', '规划后达标', '规划支出（元）', '达标最少资金（元）', '每名学生（元）', '说明'],
    en: ['County', 'Schools', 'Pupils', 'Budget (yuan)', 'Passing now', 'Passing after', 'Plan spend (yuan)', 'Least for targets (yuan)', 'Per pupil (yuan)', 'Notes'],
  }, lang);
  const rows = summary.counties.map((c) => [
    c.county, String(c.schools), String(c.students), yuan(c.budget),
    c.passingBefore === null ? '—' : `${c.passingBefore}/${c.schoolsTotal}`,
    'passingAfter' in c.plan && c.plan.passingAfter !== null ? `${c.plan.passingAfter}/${c.schoolsTotal}` : '—',
    yuan('spend' in c.plan ? c.plan.spend : null), yuan('total' in c.least ? c.least.total : null),
    c.costPerPupil === null ? '—' : formatValue(c.costPerPupil, 0), note(c, lang),
  ]);
  return { header, rows };
}

/** Why a county has no figures: its error (file, row, column), else the first infeasibility sentence. */
export function note(c: CountyRow, lang: Lang): string {
  if (c.error) return `${pick({ zh: '失败', en: 'failed' }, lang)}: ${c.error.message}`;
  const errors = [c.plan, c.least].flatMap((o) => ('error' in o ? [o.error] : []));
  if (errors.length > 0) return errors[0]!;
  const first = c.infeasibility[0];
  return first ? pick({ zh: first.zh, en: first.en }, lang) : '';
}

export function provinceReport(summary: ProvinceSummary, lang: Lang): string {
  const t = summary.totals;
  const { header, rows } = countyTable(summary, lang);
  const lines = [
    pick({ zh: `全省汇总 — 方案：${summary.scenario}`, en: `Province summary — scenario: ${summary.scenario}` }, lang), '',
    textTable(header, rows), '',
    pick({
      zh: `${t.counties} 个县（${t.failed} 个失败），${t.schools} 所学校，${t.students} 名学生；达标学校 ${t.passingBefore} → ${t.passingAfter}；规划支出 ${yuan(t.planSpend)} 元。`,
      en: `${t.counties} counties (${t.failed} failed), ${t.schools} schools, ${t.students} pupils; schools passing ${t.passingBefore} → ${t.passingAfter}; plan spend ${yuan(t.planSpend)} yuan.`,
    }, lang),
    pick({ zh: '各县达到目标所需最少资金（元），按年：', en: 'Least money for every county to reach its targets (yuan), by year:' }, lang),
    textTable([pick({ zh: '年份', en: 'Year' }, lang), pick({ zh: '资金（元）', en: 'Yuan' }, lang)],
      [...t.leastByYear.map((y) => [String(y.year), yuan(y.yuan)]), [pick({ zh: '合计', en: 'Total' }, lang), yuan(t.least)]]),
  ];
  if (t.unreachable.length > 0) {
    lines.push(pick({ zh: `上限内无法达到目标（不计入合计）：${t.unreachable.join('、')}`, en: `Targets out of reach within the ceiling (not in the total): ${t.unreachable.join(', ')}` }, lang));
  }
  if (summary.ranking.length > 0) {
    lines.push('', pick({ zh: '按每名达标学生成本排序（最少资金 ÷ 现未达标学校的学生）：', en: 'Ranked by cost per pupil brought to standard (least money ÷ pupils in schools below standard today):' }, lang));
    lines.push(textTable(
      pick({ zh: ['名次', '县', '元/生', '未达标学生', '最少资金（元）'], en: ['Rank', 'County', 'Yuan/pupil', 'Pupils below', 'Least (yuan)'] }, lang),
      summary.ranking.map((r, i) => [String(i + 1), r.county, formatValue(r.costPerPupil, 0), String(r.pupilsBelow), yuan(r.least)]),
    ));
  }
  return lines.join('\n');
}
