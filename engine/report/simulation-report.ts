/** Replay of a plan as text: yearly money, schools passing, coefficients, violated rules. */
import type { SpendCategory } from '../plan/types.ts';
import type { Standard } from '../standards/types.ts';
import { formatCoefficient, pick, type Lang } from './format.ts';
import { textTable } from './text-table.ts';

export interface SimulationSummary {
  years: {
    year: number; budget: number; available: number; spend: Record<SpendCategory, number> & { total: number }; overBudget: number;
    cv: { primary: Record<string, number>; junior: Record<string, number> };
    schoolsPassing: number | null; schoolsTotal: number; countyPasses: boolean;
  }[];
  violations: { message: string }[];
  maxRelativeDifferenceFromPlan: number | null;
}

const wan = (yuan: number) => (yuan / 10_000).toFixed(1);

export function simulationReport(s: SimulationSummary, standard: Standard, lang: Lang): string {
  const en = lang === 'en';
  const out: string[] = [];
  out.push(textTable(
    en ? ['Year', 'Available (10k)', 'Spent (10k)', 'Over budget', 'Passing', 'County passes'] : ['年份', '可用（万元）', '支出（万元）', '超支', '达标学校', '县域达标'],
    s.years.map((y) => [String(y.year), wan(y.available), wan(y.spend.total), wan(y.overBudget), `${y.schoolsPassing ?? '—'}/${y.schoolsTotal}`, y.countyPasses ? '✓' : '✗']),
  ), '');
  out.push(textTable([en ? 'Indicator' : '指标', ...s.years.flatMap((y) => [`${y.year} ${en ? 'P' : '小'}`, `${y.year} ${en ? 'J' : '初'}`])],
    standard.indicators.map((ind) => [pick(ind.short, lang), ...s.years.flatMap((y) => [formatCoefficient(y.cv.primary[ind.key] ?? null), formatCoefficient(y.cv.junior[ind.key] ?? null)])])), '');
  if (s.maxRelativeDifferenceFromPlan !== null) {
    out.push(`${en ? 'Largest relative difference from the plan\'s own values' : '与方案求解值的最大相对差'}: ${s.maxRelativeDifferenceFromPlan.toExponential(2)}`);
  }
  out.push(s.violations.length === 0
    ? (en ? 'The plan respects every budget and policy bound.' : '方案满足全部预算与政策约束。')
    : `${en ? 'Violations' : '违反约束'}:\n${s.violations.map((v) => `  - ${v.message}`).join('\n')}`);
  return out.join('\n');
}
