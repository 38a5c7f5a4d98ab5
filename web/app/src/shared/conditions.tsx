/**
 * A school's government-guarantee conditions (engine/indicators/conditions.ts: class size and seats, school size,
 * music and art rooms, the 2012 basic standard) as value / limit with ✓ or ✗ in words, never colour alone. Used by
 * the Data screen's school table and a school's own page.
 */
import type { Condition, ConditionKey } from '../../../../engine/indicators/conditions.ts';
import { defineMessages, useI18n, useMessages } from '../i18n/i18n.tsx';
import './conditions.css';

const zh = {
  'short.classSize': '班额',
  'short.schoolSize': '学校规模',
  'short.musicRooms': '音乐教室',
  'short.artRooms': '美术教室',
  'short.basicStandard': '基本标准',
  'name.classSize': '班额（小学≤45人，初中≤50人）',
  'name.schoolSize': '学校规模（≤2000人，九年/十二年一贯制≤2500人）',
  'name.musicRooms': '音乐专用教室（每12个班至少1间）',
  'name.artRooms': '美术专用教室（每12个班至少1间）',
  'name.basicStandard': '省定办学基本标准（达到项数/评估项数）',
  'limit.max': '≤ {limit}',
  'limit.min': '≥ {limit}',
  meets: '达到',
  fails: '未达到',
  notJudged: '数据未给出，未评估',
  seatsShort: '缺少学位 {n} 个',
  title: '办学条件',
  condition: '条件',
  limit: '限值',
  value: '现值',
  basis: '依据',
  'filter.failing': '有未达到的',
  'filter.failingOne': '未达到：{name}',
} as const;
type Key = keyof typeof zh;
const en: Record<Key, string> = {
  'short.classSize': 'Class size',
  'short.schoolSize': 'School size',
  'short.musicRooms': 'Music rooms',
  'short.artRooms': 'Art rooms',
  'short.basicStandard': 'Basic standard',
  'name.classSize': 'Class size (primary ≤ 45, junior ≤ 50 pupils)',
  'name.schoolSize': 'School size (≤ 2,000 pupils; nine- and twelve-year schools ≤ 2,500)',
  'name.musicRooms': 'Music rooms (at least 1 per 12 classes)',
  'name.artRooms': 'Art rooms (at least 1 per 12 classes)',
  'name.basicStandard': 'Provincial school basic standard (thresholds met / judged)',
  'limit.max': '≤ {limit}',
  'limit.min': '≥ {limit}',
  meets: 'meets',
  fails: 'does not meet',
  notJudged: 'not in the data, not judged',
  seatsShort: '{n} seats short',
  title: 'School conditions',
  condition: 'Condition',
  limit: 'Limit',
  value: 'Now',
  basis: 'Basis',
  'filter.failing': 'failing any',
  'filter.failingOne': 'failing: {name}',
};
export const conditionMessages = defineMessages<Key>(zh, en);

/** Conditions whose value must stay at or below the limit; the others (rooms, basic standard) at or above it. */
const AT_MOST: ReadonlySet<ConditionKey> = new Set(['classSize', 'schoolSize']);

/** The keys judged anywhere in these rows, in the engine's order. */
export function conditionKeys(rows: readonly { conditions?: Condition[] }[]): ConditionKey[] {
  const keys: ConditionKey[] = [];
  for (const r of rows) for (const c of r.conditions ?? []) if (!keys.includes(c.key)) keys.push(c.key);
  return keys;
}

/** Decimal places: class size to one place (an average), counts whole. */
const digits = (key: ConditionKey) => (key === 'classSize' ? 1 : 0);

export function useConditionText() {
  const { fmt, text } = useI18n();
  const m = useMessages(conditionMessages);
  const num = (key: ConditionKey, v: number) => fmt.num(v, digits(key));
  return {
    m,
    short: (key: ConditionKey) => m(`short.${key}`),
    name: (key: ConditionKey) => m(`name.${key}`),
    limit: (c: Condition) => m(AT_MOST.has(c.key) ? 'limit.max' : 'limit.min', { limit: num(c.key, c.limit) }),
    value: (c: Condition) => (c.value === null ? '—' : num(c.key, c.value)),
    /** The cell's tooltip: verdict, basis and seats short. */
    title: (c: Condition) => [
      c.meets === null ? m('notJudged') : m(c.meets ? 'meets' : 'fails'),
      c.basis ? text(c.basis) : '',
      c.seatsShort ? m('seatsShort', { n: fmt.int(c.seatsShort) }) : '',
    ].filter(Boolean).join(' · '),
  };
}

/** ✓ / ✗ with the verdict in words for screen readers; — when not judged. */
export function ConditionMark({ meets }: { meets: boolean | null }) {
  const m = useMessages(conditionMessages);
  if (meets === null) return <span className="condition-mark condition-none" title={m('notJudged')}>—</span>;
  return (
    <span className={`condition-mark ${meets ? 'condition-meets' : 'condition-fails'}`} data-meets={meets ? 'yes' : 'no'} title={m(meets ? 'meets' : 'fails')}>
      <span aria-hidden="true">{meets ? '✓' : '✗'}</span><span className="condition-sr">{m(meets ? 'meets' : 'fails')}</span>
    </span>
  );
}

/** "46.2 / 45 ✗" for a table cell. */
export function ConditionValue({ condition }: { condition: Condition }) {
  const t = useConditionText();
  const c = condition;
  return (
    <span className="condition-value" title={t.title(c)}>
      {t.value(c)}<span className="condition-limit"> / {t.value({ ...c, value: c.limit })}</span> <ConditionMark meets={c.meets} />
    </span>
  );
}

/** A school part's conditions as a small table: condition, limit, value with ✓ / ✗, basis. */
export function ConditionsTable({ conditions }: { conditions: readonly Condition[] }) {
  const t = useConditionText();
  const { text, fmt } = useI18n();
  if (conditions.length === 0) return null;
  return (
    <table className="conditions-table" data-testid="school-conditions">
      <caption>{t.m('title')}</caption>
      <thead><tr><th>{t.m('condition')}</th><th className="num">{t.m('limit')}</th><th className="num">{t.m('value')}</th><th>{t.m('basis')}</th></tr></thead>
      <tbody>
        {conditions.map((c) => (
          <tr key={c.key} data-condition={c.key} data-meets={c.meets === null ? 'none' : String(c.meets)}>
            <th scope="row">{t.name(c.key)}</th>
            <td className="num">{t.limit(c)}</td>
            <td className="num">{t.value(c)} <ConditionMark meets={c.meets} /></td>
            <td>{[c.basis ? text(c.basis) : '', c.seatsShort ? t.m('seatsShort', { n: fmt.int(c.seatsShort) }) : ''].filter(Boolean).join(' · ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
