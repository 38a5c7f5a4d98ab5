/** Colour-blind-safe colours (Okabe–Ito) and shapes; pass/fail and categories never rely on colour alone. */
import { interpolatePuOr, scaleDiverging, type ScaleDiverging } from 'd3';
import type { SpendCategory, RotationCategory } from '../../../../engine/plan/types.ts';

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export const INK = '#1b1f24';
export const MUTED = '#5f6b7a';
export const GRID = '#e3e6ea';
export const FONT_FAMILY = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif';

export const SPEND_COLORS: Readonly<Record<SpendCategory, string>> = {
  construction: OKABE_ITO.blue,
  equipment: OKABE_ITO.orange,
  multimedia: OKABE_ITO.skyBlue,
  hiring: OKABE_ITO.bluishGreen,
  upgrades: OKABE_ITO.reddishPurple,
  rotation: OKABE_ITO.vermillion,
};

/** Stacked bars also carry a hatch per category so print in grey stays readable. */
export const SPEND_HATCH: Readonly<Record<SpendCategory, 'none' | 'diagonal' | 'dots'>> = {
  construction: 'none', equipment: 'diagonal', multimedia: 'none', hiring: 'dots', upgrades: 'diagonal', rotation: 'none',
};

export type MarkShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';

export interface SeriesStyle { color: string; shape: MarkShape }

/** The seven 2017 indicators in standard order; unknown keys cycle through the same list. */
const INDICATOR_ORDER = ['degreeTeachers', 'backboneTeachers', 'peArtTeachers', 'teachingArea', 'sportsArea', 'equipmentValue', 'multimediaRooms'];
const INDICATOR_STYLES: SeriesStyle[] = [
  { color: OKABE_ITO.blue, shape: 'circle' },
  { color: OKABE_ITO.vermillion, shape: 'square' },
  { color: OKABE_ITO.bluishGreen, shape: 'diamond' },
  { color: OKABE_ITO.orange, shape: 'star' },
  { color: OKABE_ITO.reddishPurple, shape: 'wye' },
  { color: OKABE_ITO.skyBlue, shape: 'circle' },
  { color: OKABE_ITO.black, shape: 'square' },
];

export function indicatorStyle(key: string, fallbackIndex = 0): SeriesStyle {
  const i = INDICATOR_ORDER.indexOf(key);
  return INDICATOR_STYLES[(i >= 0 ? i : fallbackIndex) % INDICATOR_STYLES.length]!;
}

/** Up to four runs side by side: colour plus dash pattern plus shape. */
export const SCENARIO_STYLES: readonly (SeriesStyle & { dash: string })[] = [
  { color: OKABE_ITO.blue, shape: 'circle', dash: '' },
  { color: OKABE_ITO.vermillion, shape: 'triangle', dash: '6 3' },
  { color: OKABE_ITO.bluishGreen, shape: 'square', dash: '2 2' },
  { color: OKABE_ITO.reddishPurple, shape: 'diamond', dash: '8 2 2 2' },
];

export function scenarioStyle(index: number): SeriesStyle & { dash: string } {
  return SCENARIO_STYLES[((index % SCENARIO_STYLES.length) + SCENARIO_STYLES.length) % SCENARIO_STYLES.length]!;
}

/** Pass and fail: colour, a shape and a text mark together. */
export const PASS_FAIL = {
  pass: { color: OKABE_ITO.bluishGreen, shape: 'circle' as MarkShape, mark: '✓' },
  fail: { color: OKABE_ITO.vermillion, shape: 'cross' as MarkShape, mark: '✗' },
} as const;

export const ROTATION_COLORS: Readonly<Record<RotationCategory, string>> = {
  general: OKABE_ITO.blue,
  backbone: OKABE_ITO.orange,
};

/** value / standard; the heat-map scale is clamped to this range. */
export const RATIO_DOMAIN: readonly [number, number, number] = [0.5, 1, 1.5];

/**
 * Diverging PuOr (colour-blind safe): orange below the standard, purple above, neutral at exactly 1.0
 * (value = standard). Ratios outside the domain take the end colours.
 */
export function ratioColorScale(domain: readonly [number, number, number] = RATIO_DOMAIN): ScaleDiverging<string> {
  return scaleDiverging<string>((t) => interpolatePuOr(1 - t)).domain([domain[0], domain[1], domain[2]]).clamp(true);
}

/** Text colour readable on a heat-map cell. */
export function inkOn(background: string): string {
  const m = /rgb\((\d+), ?(\d+), ?(\d+)\)/.exec(background);
  if (!m) return INK;
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? '#ffffff' : INK;
}
