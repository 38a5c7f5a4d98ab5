/** Number formats per language: money in 万元 (zh) or million yuan (en), coefficients with 2 decimals. */
export type Lang = 'zh' | 'en';

export interface Formats {
  /** yuan → "123.4 万元" / "1.23 M yuan" */
  money(yuan: number): string;
  /** yuan → the number alone in the money unit (万元 or million yuan), for axes. */
  moneyValue(yuan: number): number;
  moneyUnit: string;
  /** coefficient of variation or ratio, 2 decimals */
  coef(x: number): string;
  /** share 0..1 → "85%" */
  percent(x: number, digits?: number): string;
  /** whole numbers with grouping */
  int(n: number): string;
  /** a number with up to `digits` decimals and grouping */
  num(n: number, digits?: number): string;
  /** ISO date-time → local date "2026-11-23" / "2026年11月23日" */
  date(iso: string | Date): string;
}

export function formats(lang: Lang): Formats {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  const group = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  const fixed = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const moneyValue = (yuan: number) => (lang === 'zh' ? yuan / 1e4 : yuan / 1e6);
  return {
    money: (yuan) => (lang === 'zh' ? `${fixed(1).format(yuan / 1e4)} 万元` : `${fixed(2).format(yuan / 1e6)} M yuan`),
    moneyValue,
    moneyUnit: lang === 'zh' ? '万元' : 'million yuan',
    coef: (x) => fixed(2).format(x),
    percent: (x, digits = 0) => `${fixed(digits).format(x * 100)}%`,
    int: (n) => group(0).format(Math.round(n)),
    num: (n, digits = 2) => group(digits).format(n),
    date: (iso) => {
      const d = typeof iso === 'string' ? new Date(iso) : iso;
      const y = d.getFullYear(), m = d.getMonth() + 1, day = d.getDate();
      return lang === 'zh' ? `${y}年${m}月${day}日` : `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    },
  };
}
