/** The province summary as an Excel workbook: counties, totals by year, ranking (one sheet each). */
import ExcelJS from 'exceljs';
import type { ProvinceSummary } from '../compare/province/summary.ts';
import { pick, type Lang } from '../report/format.ts';
import { note } from '../report/province-report.ts';
import { CliError } from './read-county.ts';

export async function writeProvinceWorkbook(summary: ProvinceSummary, path: string, lang: Lang): Promise<void> {
  const book = new ExcelJS.Workbook();
  const counties = book.addWorksheet(pick({ zh: '各县', en: 'Counties' }, lang));
  counties.addRow(pick({
    zh: ['县', '文件', '学校', '学生', '预算（元）', '参评学校', '现达标', '规划后达标', '规划支出（元）', '达标最少资金（元）', '每名学生（元）', '说明'],
    en: ['County', 'File', 'Schools', 'Pupils', 'Budget (yuan)', 'Evaluated', 'Passing now', 'Passing after', 'Plan spend (yuan)', 'Least for targets (yuan)', 'Per pupil (yuan)', 'Notes'],
  }, lang));
  for (const c of summary.counties) {
    counties.addRow([
      c.county, c.file, c.schools, c.students, Math.round(c.budget), c.schoolsTotal, c.passingBefore,
      'passingAfter' in c.plan ? c.plan.passingAfter : null, 'spend' in c.plan && c.plan.spend !== null ? Math.round(c.plan.spend) : null,
      'total' in c.least && c.least.total !== null ? Math.round(c.least.total) : null,
      c.costPerPupil === null ? null : Math.round(c.costPerPupil), note(c, lang),
    ]);
  }
  const years = book.addWorksheet(pick({ zh: '按年合计', en: 'Totals by year' }, lang));
  years.addRow(pick({ zh: ['年份', '达标最少资金（元）'], en: ['Year', 'Least for targets (yuan)'] }, lang));
  for (const y of summary.totals.leastByYear) years.addRow([y.year, Math.round(y.yuan)]);
  const ranking = book.addWorksheet(pick({ zh: '排序', en: 'Ranking' }, lang));
  ranking.addRow(pick({ zh: ['名次', '县', '元/生', '未达标学生', '最少资金（元）'], en: ['Rank', 'County', 'Yuan/pupil', 'Pupils below', 'Least (yuan)'] }, lang));
  summary.ranking.forEach((r, i) => ranking.addRow([i + 1, r.county, Math.round(r.costPerPupil), r.pupilsBelow, Math.round(r.least)]));
  try {
    await book.xlsx.writeFile(path);
  } catch (e) {
    throw new CliError(`${path}: cannot write the workbook (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
