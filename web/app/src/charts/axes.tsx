/** Axes drawn by React from d3 scales: ticks, labels and optional grid lines across the plot. */
import type { ScaleBand, ScaleLinear, ScalePoint } from 'd3';
import { GRID, INK, MUTED } from './palette.ts';
import { r } from './marks.tsx';

export function AxisLeft({ scale, x, x1, format, ticks = 5, label, grid = true }: {
  scale: ScaleLinear<number, number>; x: number; x1?: number; format: (v: number) => string; ticks?: number; label?: string; grid?: boolean;
}) {
  const [ya, yb] = scale.range() as [number, number];
  return (
    <g className="axis axis-left" fontSize={11} fill={MUTED}>
      {scale.ticks(ticks).map((v) => (
        <g key={v} transform={`translate(0,${r(scale(v))})`}>
          {grid && x1 !== undefined && <line x1={x} x2={x1} stroke={GRID} />}
          <line x1={x - 4} x2={x} stroke={MUTED} />
          <text x={x - 6} dy="0.32em" textAnchor="end">{format(v)}</text>
        </g>
      ))}
      <line x1={x} x2={x} y1={ya} y2={yb} stroke={MUTED} />
      {label && <text x={x - 6} y={Math.min(ya, yb) - 6} textAnchor="start" fill={INK} fontSize={11}>{label}</text>}
    </g>
  );
}

export function AxisBottom({ scale, y, format, label, x1 }: {
  scale: ScaleBand<string> | ScalePoint<string> | ScaleLinear<number, number>; y: number; format?: (v: string | number) => string; label?: string; x1?: number;
}) {
  const [xa, xb] = scale.range() as [number, number];
  const band = 'bandwidth' in scale ? scale.bandwidth() : 0;
  const ticks: { key: string; x: number; text: string }[] = 'ticks' in scale
    ? scale.ticks(6).map((v) => ({ key: String(v), x: scale(v), text: format ? format(v) : String(v) }))
    : scale.domain().map((v) => ({ key: v, x: (scale(v) ?? 0) + band / 2, text: format ? format(v) : v }));
  return (
    <g className="axis axis-bottom" fontSize={11} fill={MUTED}>
      <line x1={xa} x2={xb} y1={y} y2={y} stroke={MUTED} />
      {ticks.map((t) => (
        <g key={t.key} transform={`translate(${r(t.x)},${y})`}>
          <line y2={4} stroke={MUTED} />
          <text y={16} textAnchor="middle">{t.text}</text>
        </g>
      ))}
      {label && <text x={x1 ?? Math.max(xa, xb)} y={y + 28} textAnchor="end" fill={INK}>{label}</text>}
    </g>
  );
}
