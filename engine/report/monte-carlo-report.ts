/** Monte Carlo result as text: pass probability per year, CV quantiles, schools most often failing. */
import type { Standard } from '../standards/types.ts';
import type { MonteCarloResult } from '../uncertainty/monte-carlo.ts';
import { formatCoefficient, pick, type Lang } from './format.ts';
import { textTable } from './text-table.ts';

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

export function monteCarloReport(r: MonteCarloResult, standard: Standard, lang: Lang): string {
  const en = lang === 'en';
  const out: string[] = [];
  out.push(`${en ? 'Samples' : '抽样次数'}: ${r.samples}   ${en ? 'seed' : '随机种子'}: ${r.seed}`, '');
  if (r.deterministic) {
    out.push(en
      ? 'Deterministic simulation: the scenario sets no enrollment uncertainty (every spread is 0), so every sample equals the projection and there is no probability to report.'
      : '确定性模拟：方案未设定入学人数的不确定性（各波动均为0），每条抽样路径都与预测相同，不给出概率。');
    out.push(textTable(en ? ['Year', 'County passes (projection)', 'Schools passing'] : ['年份', '全县达标（按预测）', '达标学校'],
      r.years.map((y) => [String(y.year), y.passProbability >= 0.5 ? '✓' : '✗', y.schoolsPassing ? y.schoolsPassing.mean.toFixed(0) : '—'])));
    return out.join('\n');
  }
  out.push(textTable(
    en ? ['Year', 'P(county passes)', 'Schools passing (mean)', '5%', '95%'] : ['年份', '县域达标概率', '达标学校（均值）', '5%', '95%'],
    r.years.map((y) => [String(y.year), pct(y.passProbability), y.schoolsPassing ? y.schoolsPassing.mean.toFixed(1) : '—',
      y.schoolsPassing ? y.schoolsPassing.p5.toFixed(1) : '—', y.schoolsPassing ? y.schoolsPassing.p95.toFixed(1) : '—']),
  ), '');
  for (const level of ['primary', 'junior'] as const) {
    const inds = standard.indicators.filter((ind) => r.years.some((y) => y.cv[level][ind.key]));
    if (inds.length === 0) continue;
    out.push(`${pick({ zh: level === 'primary' ? '小学差异系数（均值 / 5% / 50% / 95%）' : '初中差异系数（均值 / 5% / 50% / 95%）', en: `${level === 'primary' ? 'Primary' : 'Junior'} CV (mean / 5% / 50% / 95%)` }, lang)}`);
    out.push(textTable([en ? 'Indicator' : '指标', ...r.years.map((y) => String(y.year))], inds.map((ind) => [pick(ind.short, lang), ...r.years.map((y) => {
      const d = y.cv[level][ind.key];
      return d ? [d.mean, d.p5, d.p50, d.p95].map((v) => formatCoefficient(v)).join(' / ') : '—';
    })])), '');
  }
  const last = r.years[r.years.length - 1];
  if (last && last.mostFailing.length > 0) {
    const names = new Map(standard.indicators.map((i) => [i.key, pick(i.short, lang)]));
    out.push(`${en ? `Schools most often failing in ${last.year}` : `${last.year}年最常不达标的学校`}`);
    out.push(textTable(en ? ['School', 'P(fails)', 'Indicators missed (share of samples)'] : ['学校', '不达标概率', '未达标指标（占抽样比例）'],
      last.mostFailing.map((f) => [`${f.schoolId} ${f.name}`, pct(f.failProbability),
        Object.entries(f.indicators).slice(0, 4).map(([k, p]) => `${names.get(k) ?? k} ${pct(p)}`).join(', ')])));
  }
  return out.join('\n');
}
