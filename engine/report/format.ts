/** Number formats for people, per language. */
export type Lang = 'zh-CN' | 'en';

export function formatValue(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Coefficients always with 4 decimals so 0.5018 vs 0.50 reads correctly. */
export function formatCoefficient(value: number | null): string {
  return value === null ? '—' : value.toFixed(4);
}

export function pick<T>(text: { zh: T; en: T }, lang: Lang): T {
  return lang === 'en' ? text.en : text.zh;
}
