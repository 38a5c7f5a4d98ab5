/** Money in planners' words: 万元 in Chinese, million yuan in English. */
export function yuanText(yuan: number): { zh: string; en: string } {
  const wan = yuan / 10_000;
  const zh = `${wan >= 100 ? Math.round(wan).toLocaleString('en-US') : wan.toFixed(1)}万元`;
  const en = yuan >= 1e6 ? `${(yuan / 1e6).toFixed(2)} million yuan` : `${Math.round(yuan).toLocaleString('en-US')} yuan`;
  return { zh, en };
}
