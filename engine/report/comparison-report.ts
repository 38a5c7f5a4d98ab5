/** A comparison as text for people: summary, per-year figures, final-year coefficients, scenario differences. */
import type { Comparison, ComparedRun, Value, YearFigures } from '../compare/compare.ts';
import type { EvaluatedLevel } from '../county/types.ts';
import { SPEND_CATEGORIES } from '../plan/types.ts';
import { BUILTIN_STANDARDS } from '../standards/index.ts';
import { formatCoefficient, formatValue, pick, type Lang } from './format.ts';
import { LEVEL_LABELS, SPEND_LABELS, STATUS_LABELS } from './labels.ts';
import { textTable } from './text-table.ts';

const L = {
  title: { zh: '方案比较', en: 'Scenario comparison' },
  baseline: { zh: '基准方案', en: 'baseline' },
  summary: { zh: '概览', en: 'Summary' },
  perYear: { zh: '分年度', en: 'Per year' },
  cvTitle: { zh: '差异系数（规划末年，括号内为与基准方案之差）', en: 'Difference coefficients, final plan year (difference from the baseline in brackets)' },
  diffTitle: { zh: '与基准方案不同的设置', en: 'Settings that differ from the baseline' },
  noDiff: { zh: '（与基准方案设置相同）', en: '(same settings as the baseline)' },
  scenario: { zh: '方案', en: 'Scenario' },
  status: { zh: '求解状态', en: 'Status' },
  budget: { zh: '预算', en: 'Budget' },
  spent: { zh: '支出', en: 'Spent' },
  delta: { zh: '差', en: 'Δ' },
  passingFinal: { zh: '末年达标学校', en: 'Passing, final year' },
  maxCv: { zh: '末年最大差异系数', en: 'Max coefficient, final year' },
  year: { zh: '年度', en: 'Year' },
  passing: { zh: '达标学校', en: 'Passing' },
  indicator: { zh: '指标', en: 'Indicator' },
  level: { zh: '学段', en: 'Level' },
  field: { zh: '设置', en: 'Field' },
  baseValue: { zh: '基准方案', en: 'Baseline' },
  thisValue: { zh: '本方案', en: 'This scenario' },
  absent: { zh: '（未设置）', en: '(not set)' },
  money: { zh: '万元', en: 'million yuan' },
};

/** Yuan shown in 万元 (zh) or million yuan (en). */
function money(v: Value, lang: Lang): string {
  if (v === null) return '—';
  return lang === 'en' ? formatValue(v / 1e6, 2) : formatValue(v / 1e4, 1);
}

/** A difference with its sign; one that rounds to zero at the shown digits is shown unsigned. */
function signed(text: string, v: Value): string {
  if (v === null) return '—';
  const unsigned = text.replace(/^-/, '');
  if (/^[0.,]+$/.test(unsigned)) return unsigned;
  return v > 0 ? `+${text}` : text;
}

function moneyDelta(v: Value, lang: Lang): string {
  return signed(money(v, lang), v);
}

function count(v: Value): string {
  return v === null ? '—' : formatValue(v, 0);
}

function countOf(passing: Value, total: Value): string {
  return passing === null ? '—' : total === null ? count(passing) : `${count(passing)}/${count(total)}`;
}

function indicatorName(key: string, lang: Lang): string {
  for (const s of Object.values(BUILTIN_STANDARDS)) {
    const ind = s.indicators.find((i) => i.key === key);
    if (ind) return pick(ind.short, lang);
  }
  return key;
}

const MAX_VALUE_CHARS = 60;

function jsonText(v: unknown, lang: Lang): string {
  if (v === undefined) return pick(L.absent, lang);
  const text = JSON.stringify(v);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

function summaryTable(c: Comparison, lang: Lang): string {
  const m = pick(L.money, lang);
  const header = [pick(L.scenario, lang), pick(L.status, lang), `${pick(L.budget, lang)} (${m})`, `${pick(L.spent, lang)} (${m})`, pick(L.delta, lang),
    pick(L.passingFinal, lang), pick(L.delta, lang), pick(L.maxCv, lang), pick(L.delta, lang)];
  const rows = c.runs.map((r) => {
    const t = r.figures.totals;
    const d = r.delta.totals;
    return [r.name, pick(STATUS_LABELS[r.status], lang), money(t.budget, lang), money(t.spend.total, lang), moneyDelta(d.spend.total, lang),
      countOf(t.schoolsPassing, t.schoolsTotal), signed(count(d.schoolsPassing), d.schoolsPassing),
      t.maxCv === null ? '—' : formatCoefficient(t.maxCv), signed(d.maxCv === null ? '—' : formatCoefficient(d.maxCv), d.maxCv)];
  });
  return textTable(header, rows);
}

function perYearTable(c: Comparison, lang: Lang): string {
  const m = pick(L.money, lang);
  const header = [pick(L.scenario, lang), pick(L.year, lang), pick(L.passing, lang), pick(L.delta, lang), `${pick(L.spent, lang)} (${m})`, pick(L.delta, lang),
    ...SPEND_CATEGORIES.map((k) => pick(SPEND_LABELS[k], lang))];
  const rows = c.runs.flatMap((r) => r.figures.years.map((y, i) => {
    const d = r.delta.years[i]!;
    return [r.name, String(y.year), countOf(y.schoolsPassing, y.schoolsTotal), signed(count(d.schoolsPassing), d.schoolsPassing),
      money(y.spend.total, lang), moneyDelta(d.spend.total, lang), ...SPEND_CATEGORIES.map((k) => money(y.spend[k], lang))];
  }));
  return textTable(header, rows);
}

function cvCell(run: ComparedRun, year: number, level: EvaluatedLevel, key: string, isBaseline: boolean): string {
  const i = run.figures.years.findIndex((y: YearFigures) => y.year === year);
  const v = i < 0 ? null : run.figures.years[i]!.cv[level][key] ?? null;
  if (v === null) return '—';
  const d = run.delta.years[i]!.cv[level][key] ?? null;
  if (isBaseline || d === null) return formatCoefficient(v);
  return `${formatCoefficient(v)} (${signed(formatCoefficient(d), d)})`;
}

function cvTable(c: Comparison, lang: Lang): string | null {
  const year = c.years[c.years.length - 1];
  if (year === undefined) return null;
  const header = [pick(L.indicator, lang), pick(L.level, lang), ...c.runs.map((r) => r.name)];
  const rows: string[][] = [];
  for (const level of ['primary', 'junior'] as const) {
    for (const key of c.indicators[level]) {
      rows.push([indicatorName(key, lang), pick(LEVEL_LABELS[level], lang), ...c.runs.map((r, i) => cvCell(r, year, level, key, i === 0))]);
    }
  }
  return rows.length > 0 ? `${pick(L.cvTitle, lang)} — ${year}\n${textTable(header, rows)}` : null;
}

function diffTable(c: Comparison, lang: Lang): string {
  const rows = c.runs.slice(1).flatMap((r) => (r.scenarioDiff.length === 0
    ? [[r.name, pick(L.noDiff, lang), '', '']]
    : r.scenarioDiff.map((e) => [r.name, e.path, jsonText(e.baseline, lang), jsonText(e.value, lang)])));
  return textTable([pick(L.scenario, lang), pick(L.field, lang), pick(L.baseValue, lang), pick(L.thisValue, lang)], rows, ['left', 'left', 'left', 'left']);
}

export function comparisonTable(c: Comparison, lang: Lang): string {
  const sections = [
    `${pick(L.title, lang)} — ${pick(L.baseline, lang)}: ${c.baseline}`,
    `${pick(L.summary, lang)}\n${summaryTable(c, lang)}`,
    `${pick(L.perYear, lang)}\n${perYearTable(c, lang)}`,
    cvTable(c, lang),
    `${pick(L.diffTitle, lang)}\n${diffTable(c, lang)}`,
  ];
  return `${sections.filter((s): s is string => s !== null).join('\n\n')}\n`;
}
