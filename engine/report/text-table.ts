/**
 * Plain-text tables for terminals. Widths are terminal columns as `string-width` measures them: CJK
 * characters, including rare ones outside the Basic Multilingual Plane such as 𠙶, take two.
 */
import stringWidth from 'string-width';

/** Terminal columns `text` takes. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

export type Align = 'left' | 'right';

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Renders rows under a header; `align` per column (default: left for the first, right for others). */
export function textTable(header: string[], rows: string[][], align?: Align[]): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const al = (i: number): Align => align?.[i] ?? (i === 0 ? 'left' : 'right');
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, al(i))).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
