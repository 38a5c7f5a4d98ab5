/** Shared geometry: the frame's reserved bands, plot areas inside a chart, legend flow and text width estimates. */

/** px reserved by ChartFrame above the chart body (title and one legend row) and below it (units and data date). */
export const FRAME = { top: 60, bottom: 26, legendRow: 18, legendTop: 34, padding: 12 } as const;

export interface Margin { left: number; right: number; top: number; bottom: number }
export interface PlotArea { x0: number; x1: number; y0: number; y1: number }

export const AXIS_MARGIN: Margin = { left: 60, right: 20, top: 8, bottom: 30 };

/** The plot rectangle of a chart of the given size, inside the frame's bands and the axis margins. */
export function plotArea(width: number, height: number, margin: Margin = AXIS_MARGIN): PlotArea {
  return {
    x0: margin.left,
    x1: Math.max(margin.left + 1, width - margin.right),
    y0: FRAME.top + margin.top,
    y1: Math.max(FRAME.top + margin.top + 1, height - FRAME.bottom - margin.bottom),
  };
}

/** Rough rendered width of a label: CJK characters one em, others about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? fontSize : fontSize * 0.6;
  return w;
}

/** Shorten a label to fit `maxWidth`, ending with an ellipsis. */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > maxWidth) break;
    out += ch;
  }
  return `${out}…`;
}

export interface LegendPlacement { index: number; x: number; row: number }

/** Legend items flow left to right and wrap; swatch 14 px, gap 4 px before the label, 16 px between items. */
export function legendFlow(labels: readonly string[], width: number, fontSize = 12): { items: LegendPlacement[]; rows: number } {
  const items: LegendPlacement[] = [];
  let x = FRAME.padding;
  let row = 0;
  labels.forEach((label, index) => {
    const w = 18 + textWidth(label, fontSize);
    if (x + w > width - FRAME.padding && x > FRAME.padding) {
      row += 1;
      x = FRAME.padding;
    }
    items.push({ index, x, row });
    x += w + 16;
  });
  return { items, rows: labels.length === 0 ? 0 : row + 1 };
}

/** Years as band/point-scale keys. */
export function yearKeys(years: readonly { year: number }[]): string[] {
  return years.map((y) => String(y.year));
}

/** Props every chart takes. */
export interface ChartCommonProps {
  /** Export file names and the figure's data-chart attribute. */
  id: string;
  /** Replaces the default title. */
  title?: string;
  /** viewBox size in px. */
  width?: number;
  height?: number;
  /** When the data was produced, printed in the footer. */
  dataDate?: string | Date;
}

/** "+1.2" / "−0.3" / "±0": a signed difference for delta labels. */
export function signed(delta: number, format: (v: number) => string): string {
  if (Math.abs(delta) < 1e-12) return `±${format(0)}`;
  return delta > 0 ? `+${format(delta)}` : `−${format(-delta)}`;
}

/** Label positions near `wanted` (px, any order) pushed apart to at least `gap` px, kept within [lo, hi]. */
export function spreadLabels(wanted: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, k === 0 ? lo : placed[k - 1]! + gap);
  const overflow = (placed[placed.length - 1] ?? hi) - hi;
  if (overflow > 0) {
    for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k]!, k === placed.length - 1 ? hi : placed[k + 1]! - gap);
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => { out[o.i] = placed[k]!; });
  return out;
}
