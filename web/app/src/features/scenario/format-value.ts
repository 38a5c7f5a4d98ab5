/** A scenario value in words for the difference list and the changed-field hint; money paths in 万元 / million yuan. */
import type { Formats, Lang } from '../../i18n/format.ts';

const MONEY = /^\/(budget\/perYear|costs\/|construction\/projects\/\d+\/cost|schoolConditions\/\w+\/\w+Cost|commitments\/perPupil)/;
const SHARE = /^\/(policy\/rotation\/(minShare|backboneShare|maxOutShare)|objective\/(targets|margin)|commitments\/trainingShare|enrollment\/(growth|schools)|uncertainty\/(spread|schools|correlation)|robust\/quantile|solver\/mipRelGap)/;

export function formatValue(value: unknown, path: string, lang: Lang, fmt: Formats): string {
  if (value === undefined) return /\/\d+$/.test(path) ? '—' : lang === 'zh' ? '（默认）' : '(default)';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : (value ? 'yes' : 'no');
  if (typeof value === 'number') {
    if (MONEY.test(path) && path.startsWith('/budget')) return fmt.money(value);
    if (MONEY.test(path)) return `${fmt.int(value)} ${lang === 'zh' ? '元' : 'yuan'}`;
    if (SHARE.test(path)) return fmt.percent(value, Number.isInteger(Number((value * 100).toPrecision(12))) ? 0 : 1);
    return fmt.num(value, 4);
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) {
    const shown = value.map((v) => formatValue(v, path, lang, fmt));
    return shown.length > 1 && shown.every((x) => x === shown[0]) ? `${shown[0]} × ${shown.length}` : shown.join('; ');
  }
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'kind' in value && 'area' in value) {
    const p = value as { id?: string; school?: string; kind: string; area: number };
    const kind = p.kind === 'sports' ? (lang === 'zh' ? '运动场' : 'sports') : (lang === 'zh' ? '教学用房' : 'teaching');
    return `${p.id ?? ''} · ${p.school ?? ''} · ${kind} ${fmt.int(p.area)} ${lang === 'zh' ? '平方米' : 'm²'}`;
  }
  return JSON.stringify(value);
}
