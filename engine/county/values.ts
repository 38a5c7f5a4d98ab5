/** Reading one cell's text as a number or a coded value. */

export type NumberCell = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Full-width digits and separators (１２３，４５６．７) are read as their ASCII forms; `1,234` as 1234. */
export function readNumber(text: string): NumberCell {
  const t = text.normalize('NFKC').trim().replace(/\s+/g, '');
  if (t === '' || t === '-' || t === '—') return { kind: 'empty' };
  if (PLAIN.test(t)) {
    const v = Number(t);
    return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'invalid' };
  }
  if (THOUSANDS.test(t)) return { kind: 'number', value: Number(t.replace(/,/g, '')) };
  return { kind: 'invalid' };
}

/** Lookup key for headers and coded values: case, width, spaces, units in brackets and `*` marks ignored. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[*＊\s]/g, '')
    .toLowerCase();
}
