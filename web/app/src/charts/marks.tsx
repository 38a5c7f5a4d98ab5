/** Point marks by shape (d3 symbols) and the legend swatches that match them. */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';
import type { MarkShape } from './palette.ts';

const SYMBOLS: Record<MarkShape, SymbolType> = {
  circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond,
  cross: symbolCross, star: symbolStar, wye: symbolWye,
};

/** SVG path of a shape with the given area in px². */
export function symbolPath(shape: MarkShape, area = 48): string {
  return symbol(SYMBOLS[shape], area)() ?? '';
}

export function Mark({ x, y, shape, color, area = 48, hollow = false, label }: {
  x: number; y: number; shape: MarkShape; color: string; area?: number; hollow?: boolean; label?: string;
}) {
  return (
    <path d={symbolPath(shape, area)} transform={`translate(${r(x)},${r(y)})`} fill={hollow ? '#ffffff' : color}
      stroke={color} strokeWidth={hollow ? 1.5 : 0.8} data-shape={shape}>
      {label !== undefined && <title>{label}</title>}
    </path>
  );
}

export type SwatchKind =
  | { kind: 'fill'; color: string; pattern?: 'none' | 'diagonal' | 'dots' }
  | { kind: 'mark'; color: string; shape: MarkShape; hollow?: boolean }
  | { kind: 'line'; color: string; dash?: string; width?: number }
  | { kind: 'band'; color: string }
  | { kind: 'outline'; color: string; dash?: string }
  | { kind: 'text'; color: string; text: string };

export interface LegendItem { label: string; swatch: SwatchKind }

/** A 14 × 12 px legend swatch whose top-left corner is at (x, y). */
export function Swatch({ x, y, swatch }: { x: number; y: number; swatch: SwatchKind }) {
  switch (swatch.kind) {
    case 'fill':
      return (
        <g>
          <rect x={x} y={y} width={14} height={12} fill={swatch.color} />
          <PatternOverlay x={x} y={y} width={14} height={12} pattern={swatch.pattern ?? 'none'} />
        </g>
      );
    case 'mark':
      return <Mark x={x + 7} y={y + 6} shape={swatch.shape} color={swatch.color} area={60} hollow={swatch.hollow} />;
    case 'line':
      return <line x1={x} x2={x + 14} y1={y + 6} y2={y + 6} stroke={swatch.color} strokeWidth={swatch.width ?? 2} strokeDasharray={swatch.dash || undefined} />;
    case 'band':
      return <rect x={x} y={y + 1} width={14} height={10} fill={swatch.color} fillOpacity={0.25} stroke={swatch.color} strokeOpacity={0.6} />;
    case 'outline':
      return <rect x={x + 0.5} y={y + 0.5} width={13} height={11} fill="none" stroke={swatch.color} strokeWidth={1.5} strokeDasharray={swatch.dash || undefined} />;
    case 'text':
      return <text x={x + 7} y={y + 10} textAnchor="middle" fontSize={12} fontWeight={700} fill={swatch.color}>{swatch.text}</text>;
  }
}

/**
 * Hatching drawn as plain lines or dots clipped by hand (no <pattern> ids, so several charts on a page and
 * exported files never share definitions); spacing 5 px.
 */
export function PatternOverlay({ x, y, width, height, pattern }: { x: number; y: number; width: number; height: number; pattern: 'none' | 'diagonal' | 'dots' }) {
  if (pattern === 'none' || width < 2 || height < 2) return null;
  const parts: string[] = [];
  if (pattern === 'diagonal') {
    for (let d = 5; d < width + height; d += 5) {
      const x1 = x + Math.max(0, d - height), y1 = y + Math.min(height, d);
      const x2 = x + Math.min(width, d), y2 = y + Math.max(0, d - width);
      parts.push(`M${r(x1)},${r(y1)}L${r(x2)},${r(y2)}`);
    }
    return <path d={parts.join('')} stroke="#ffffff" strokeOpacity={0.7} strokeWidth={1} fill="none" pointerEvents="none" />;
  }
  for (let cy = y + 2.5; cy < y + height; cy += 5) {
    for (let cx = x + 2.5; cx < x + width; cx += 5) parts.push(`M${r(cx - 0.8)},${r(cy)}h1.6`);
  }
  return <path d={parts.join('')} stroke="#ffffff" strokeOpacity={0.8} strokeWidth={1.6} fill="none" pointerEvents="none" />;
}

/** Coordinates rounded to 0.01 px so snapshots and exports stay small and stable. */
export function r(v: number): number {
  return Math.round(v * 100) / 100;
}
