/** The evaluation as text for people: coefficients vs limits, school × indicator table, gaps, verdict. */
import type { Condition, ConditionKey } from '../indicators/conditions.ts';
import type { Evaluation, SchoolEvaluation } from '../indicators/types.ts';
import type { Standard, Text } from '../standards/types.ts';
import { formatCoefficient, formatValue, pick, type Lang } from './format.ts';
import { CONDITION_LABELS, LEVEL_LABELS } from './labels.ts';
import { textTable } from './text-table.ts';

const L = {
  title: { zh: '义务教育均衡发展评估', en: 'Compulsory education balance evaluation' },
  data: { zh: '数据', en: 'Data' },
  standard: { zh: '标准', en: 'Standard' },
  cvTitle: { zh: '差异系数（按学生数加权）', en: 'Difference coefficients (student-weighted)' },
  indicator: { zh: '指标', en: 'Indicator' },
  limit: { zh: '限值', en: 'limit' },
  composite: { zh: '综合（平均）', en: 'Composite (average)' },
  schoolsTitle: { zh: '学校达标情况（值 / 是否达到标准）', en: 'Schools (value / meets standard)' },
  id: { zh: '代码', en: 'ID' },
  name: { zh: '学校', en: 'School' },
  level: { zh: '学段', en: 'Level' },
  students: { zh: '学生', en: 'Students' },
  met: { zh: '达标项', en: 'Met' },
  pass: { zh: '结论', en: 'Result' },
  passes: { zh: '达标', en: 'pass' },
  fails: { zh: '未达标', en: 'fail' },
  excluded: { zh: '不参评', en: 'excluded' },
  gapsTitle: { zh: '未达标学校的差距', en: 'Gaps of schools below standard' },
  verdict: { zh: '县域结论', en: 'County result' },
  schoolsPassing: { zh: '达标学校', en: 'Schools passing' },
  countyPasses: { zh: '县域达到「{s}」的要求', en: 'The county meets {s}' },
  countyFails: { zh: '县域未达到「{s}」的要求', en: 'The county does not meet {s}' },
  conditionsTitle: { zh: '办学条件（每所学校均须达到）', en: 'School conditions (every school must meet them)' },
  judged: { zh: '评估', en: 'judged' },
  meeting: { zh: '达到', en: 'meeting' },
  notMeeting: { zh: '未达到', en: 'not meeting' },
  seatsShort: { zh: '缺少学位', en: 'seats short' },
  notJudged: { zh: '数据未给出，未评估', en: 'not in the data, not judged' },
  overLimit: { zh: '超过限值的指标', en: 'indicators over the limit' },
  conditions: { zh: '办学条件（值/限值）', en: 'Conditions (value/limit)' },
};

/** Short names of the conditions for the school table's column. */
const CONDITION_SHORT: Record<ConditionKey, Text> = {
  classSize: { zh: '班额', en: 'class size' },
  schoolSize: { zh: '规模', en: 'size' },
  musicRooms: { zh: '音乐教室', en: 'music rooms' },
  artRooms: { zh: '美术教室', en: 'art rooms' },
  basicStandard: { zh: '基本标准', en: 'basic standard' },
};

/**
 * The school's conditions in one cell: ✓ when every judged one is met, else the ones not met as value/limit,
 * e.g. "✗ 班额 46.2/45; 音乐教室 0/1"; empty when none was judged.
 */
function conditionsCell(conditions: readonly Condition[], lang: Lang): string {
  const judged = conditions.filter((c) => c.meets !== null);
  if (judged.length === 0) return '';
  const failing = judged.filter((c) => c.meets === false);
  if (failing.length === 0) return '✓';
  // A class size to one decimal (an average); a whole limit (45, 50) without one, a weighted one (46.7) with one.
  const value = (c: Condition) => (c.value === null ? '—' : formatValue(c.value, c.key === 'classSize' ? 1 : 0));
  const limit = (c: Condition) => formatValue(c.limit, c.key === 'classSize' && !Number.isInteger(c.limit) ? 1 : 0);
  return `✗ ${failing.map((c) => `${pick(CONDITION_SHORT[c.key], lang)} ${value(c)}/${limit(c)}`).join('; ')}`;
}

const mark = (ok: boolean | null) => (ok === null ? '' : ok ? '✓' : '✗');

/** Built-in and formula indicators, in the order of the evaluation JSON. */
const allIndicators = (standard: Standard): { key: string; name: Text; short: Text }[] => [...standard.indicators, ...(standard.formulaIndicators ?? [])];

function schoolRow(r: SchoolEvaluation, standard: Standard, lang: Lang): string[] {
  const cells = allIndicators(standard).map((ind) => {
    const digits = ind.key === 'equipmentValue' ? 0 : 2;
    return `${formatValue(r.values[ind.key]!, digits)} ${mark(r.meets[ind.key] ?? null)}`.trimEnd();
  });
  const verdict = r.excluded ? pick(L.excluded, lang) : r.passes === null ? '' : `${mark(r.passes)} ${pick(r.passes ? L.passes : L.fails, lang)}`;
  const conditions = r.excluded ? '' : conditionsCell(r.conditions ?? [], lang);
  return [r.id, r.name, pick(LEVEL_LABELS[r.level], lang), String(r.students), ...cells, String(r.metCount), verdict, conditions];
}

export function evaluationReport(ev: Evaluation, standard: Standard, lang: Lang): string {
  const out: string[] = [];
  out.push(`${pick(L.title, lang)} — ${pick(standard.name, lang)}`);
  out.push(`${pick(L.data, lang)}: ${ev.source}`);
  out.push(`${pick(L.standard, lang)}: ${standard.source}`, '');

  out.push(pick(L.cvTitle, lang));
  const lv = ev.levels;
  const cvRows = allIndicators(standard).map((ind) => [
    pick(ind.name, lang),
    ...(['primary', 'junior'] as const).flatMap((level) => {
      if (lv[level].schools === 0) return ['—', ''];
      const cv = lv[level].cv[ind.key]!;
      return [formatCoefficient(cv), standard.cvRule === 'each' ? mark(cv <= lv[level].cvLimit) : ''];
    }),
  ]);
  cvRows.push([
    pick(L.composite, lang),
    ...(['primary', 'junior'] as const).flatMap((level) => [
      formatCoefficient(lv[level].composite),
      standard.cvRule === 'composite' && lv[level].composite !== null ? mark(lv[level].composite! <= lv[level].cvLimit) : '',
    ]),
  ]);
  const head = (level: 'primary' | 'junior') => `${pick(LEVEL_LABELS[level], lang)} (${pick(L.limit, lang)} ${lv[level].cvLimit.toFixed(2)}, n=${lv[level].schools})`;
  out.push(textTable([pick(L.indicator, lang), head('primary'), '', head('junior'), ''], cvRows), '');

  out.push(pick(L.schoolsTitle, lang));
  const header = [pick(L.id, lang), pick(L.name, lang), pick(L.level, lang), pick(L.students, lang),
    ...allIndicators(standard).map((i) => pick(i.short, lang)), pick(L.met, lang), pick(L.pass, lang), pick(L.conditions, lang)];
  const align = header.map((_, i) => (i < 3 || i >= header.length - 2 ? 'left' : 'right') as 'left' | 'right');
  out.push(textTable(header, ev.schools.map((r) => schoolRow(r, standard, lang)), align), '');

  const withGaps = ev.schools.filter((r) => !r.excluded && r.passes === false);
  if (withGaps.length > 0) {
    out.push(pick(L.gapsTitle, lang));
    for (const r of withGaps) {
      const gaps = Object.values(r.gaps).map((g) => pick(g.message, lang)).join(lang === 'en' ? '; ' : '；');
      out.push(`  ${r.id} ${r.name} (${pick(LEVEL_LABELS[r.level], lang)}): ${gaps}`);
    }
    out.push('');
  }

  out.push(...conditionsSection(ev, lang));
  out.push(pick(L.verdict, lang));
  if (ev.county.schoolsPassing !== null) out.push(`  ${pick(L.schoolsPassing, lang)}: ${ev.county.schoolsPassing} / ${ev.county.schoolsTotal}`);
  for (const level of ['primary', 'junior'] as const) {
    const l = lv[level];
    if (l.schools === 0) continue;
    const failing = l.failing.map((k) => pick(allIndicators(standard).find((i) => i.key === k)!.short, lang)).join(', ');
    out.push(`  ${pick(LEVEL_LABELS[level], lang)}: ${mark(l.passes)}${failing ? ` ${pick(L.overLimit, lang)}: ${failing}` : ''}`);
  }
  for (const c of ev.county.conditions) {
    const name = pick(CONDITION_LABELS[c.key], lang);
    if (c.meets === null) out.push(`  ${name}: ${pick(L.notJudged, lang)}`);
    else out.push(`  ${name}: ${mark(c.meets)}${c.failing.length > 0 ? ` ${pick(L.notMeeting, lang)}: ${c.failing.join(', ')}` : ''}`);
  }
  const verdict = pick(ev.county.passes ? L.countyPasses : L.countyFails, lang).replace('{s}', pick(standard.name, lang));
  out.push(`  ${mark(ev.county.passes)} ${verdict}`);
  return out.join('\n');
}

/** The county totals of the school conditions: schools judged and meeting each, seats short. */
function conditionsSection(ev: Evaluation, lang: Lang): string[] {
  if (ev.county.conditions.length === 0) return [];
  const rows = ev.county.conditions.map((c) => [
    pick(CONDITION_LABELS[c.key], lang),
    c.meets === null ? pick(L.notJudged, lang) : `${c.schoolsMeeting} / ${c.schoolsJudged} ${mark(c.meets)}`,
    c.seatsShort !== undefined ? `${pick(L.seatsShort, lang)} ${c.seatsShort}` : '',
  ]);
  return [pick(L.conditionsTitle, lang), textTable([pick(L.indicator, lang), `${pick(L.meeting, lang)} / ${pick(L.judged, lang)}`, ''], rows), ''];
}
