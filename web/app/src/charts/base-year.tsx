/**
 * The data year drawn before the plan years: a shaded column behind it, a dotted divider after it, and its
 * tick labelled "数据年 2025" / "Data year 2025", so the base reads as the county before any action.
 */
import { GRID, MUTED } from './palette.ts';
import { r } from './marks.tsx';

/** Fill of the data year's column. */
export const BASE_SHADE = '#eef0f3';

/** The shaded column from x0 to x1 (px) over the plot's height, and the divider at its right edge. */
export function BaseColumn({ x0, x1, y0, y1 }: { x0: number; x1: number; y0: number; y1: number }) {
  return (
    <g className="base-year-column" aria-hidden="true">
      <rect x={r(x0)} y={r(y0)} width={r(Math.max(0, x1 - x0))} height={r(Math.max(0, y1 - y0))} fill={BASE_SHADE} />
      <line x1={r(x1)} x2={r(x1)} y1={r(y0)} y2={r(y1)} stroke={MUTED} strokeDasharray="2 3" />
      <line x1={r(x0)} x2={r(x1)} y1={r(y1)} y2={r(y1)} stroke={GRID} />
    </g>
  );
}

/** Tick text of a year axis: the data year named as such, plan years as they are. */
export function yearTick(baseYear: number | undefined, tick: (year: number) => string): (v: string | number) => string {
  return (v) => (baseYear !== undefined && String(v) === String(baseYear) ? tick(baseYear) : String(v));
}
