/** Line-level helpers and bound rules of the MPS reader (conventions documented in mps.ts). */

import type { LpVariable } from '../../../engine/solve/model.ts';

export class MpsParseError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`MPS line ${line}: ${message}`);
    this.name = 'MpsParseError';
    this.line = line;
  }
}

/** Six canonical fields as in fixed MPS (1-based columns 2-3, 5-12, 15-22, 25-36, 40-47, 50-61). */
export type Fields = [f1: string, f2: string, f3: string, f4: string, f5: string, f6: string];

const FIXED_COLUMNS: ReadonlyArray<readonly [number, number]> = [
  [1, 3],
  [4, 12],
  [14, 22],
  [24, 36],
  [39, 47],
  [49, 61],
];

/** Fields cut at the fixed-format column positions; a name may then contain spaces. Tabs count as one column. */
export function fixedFields(line: string): Fields {
  const f = FIXED_COLUMNS.map(([a, b]) => line.slice(a, b).trim());
  return f as Fields;
}

export function tokens(line: string): string[] {
  const t = line.trim();
  return t === '' ? [] : t.split(/\s+/);
}

export function fields(...f: string[]): Fields {
  const out: string[] = [...f];
  while (out.length < 6) out.push('');
  return out as Fields;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eEdD][+-]?\d+)?$/;
const INFINITE = /^[+-]?inf(inity)?$/i;

/** Magnitudes from this value up are read as infinite in BOUNDS, RHS and RANGES. */
export const MPS_INFINITY = 1e30;

/** A number token (Fortran `D` exponents accepted); undefined when the token is not a number. */
export function parseNumber(token: string): number | undefined {
  if (NUMBER.test(token)) return Number(token.replace(/[dD]/, 'e'));
  if (INFINITE.test(token)) return token.startsWith('-') ? -Infinity : Infinity;
  return undefined;
}

/** Like parseNumber, then |v| >= MPS_INFINITY becomes ±Infinity. */
export function parseBound(token: string): number | undefined {
  const v = parseNumber(token);
  if (v === undefined) return undefined;
  if (v >= MPS_INFINITY) return Infinity;
  if (v <= -MPS_INFINITY) return -Infinity;
  return v;
}

export const SECTIONS = new Set([
  'NAME',
  'OBJSENSE',
  'OBJSENCE',
  'OBJNAME',
  'ROWS',
  'COLUMNS',
  'RHS',
  'RANGES',
  'BOUNDS',
  'ENDATA',
]);

export const UNSUPPORTED_SECTIONS = new Set([
  'QUADOBJ',
  'QMATRIX',
  'QSECTION',
  'QCMATRIX',
  'CSECTION',
  'SOS',
  'SETS',
  'INDICATORS',
  'DELAYEDROWS',
  'MODELCUTS',
  'GENCONS',
  'PWLOBJ',
  'PWLNAM',
  'PWLCON',
]);

export const SENSE_WORDS: ReadonlyMap<string, 'min' | 'max'> = new Map([
  ['MIN', 'min'],
  ['MINIMIZE', 'min'],
  ['MINIMISE', 'min'],
  ['MAX', 'max'],
  ['MAXIMIZE', 'max'],
  ['MAXIMISE', 'max'],
] as const);

/** Row bounds from the row type, its RHS and an optional RANGES value. */
export function rowBounds(type: 'E' | 'L' | 'G', rhs: number, range: number | undefined): { lb: number; ub: number } {
  let lb = type === 'L' ? -Infinity : rhs;
  let ub = type === 'G' ? Infinity : rhs;
  if (range !== undefined) {
    if (type === 'L' || (type === 'E' && range < 0)) lb = rhs - Math.abs(range);
    if (type === 'G' || (type === 'E' && range > 0)) ub = rhs + Math.abs(range);
  }
  return { lb, ub };
}

/** Column state while reading; `binaryDefault` is an INTORG column not (yet) given any bound. */
export interface MpsColumn extends LpVariable {
  integer: boolean;
  hasLb: boolean;
  binaryDefault: boolean;
}

/** Applies one BOUNDS entry; returns a warning for the negative-UP rule. */
export function applyBound(col: MpsColumn, kind: string, v: number): string | undefined {
  col.binaryDefault = false;
  if (kind === 'LI' || kind === 'UI' || kind === 'BV') col.integer = true;
  if (kind === 'UP' || kind === 'UI') {
    col.ub = v;
    if (v < 0 && !col.hasLb) {
      col.lb = -Infinity;
      return `negative upper bound ${v} on column "${col.name}" without a lower bound: lower bound set to -Infinity`;
    }
  } else if (kind === 'LO' || kind === 'LI') [col.lb, col.hasLb] = [v, true];
  else if (kind === 'FX') [col.lb, col.ub, col.hasLb] = [v, v, true];
  else if (kind === 'FR') [col.lb, col.ub, col.hasLb] = [-Infinity, Infinity, true];
  else if (kind === 'MI') [col.lb, col.hasLb] = [-Infinity, true];
  else if (kind === 'PL') col.ub = Infinity;
  else if (kind === 'BV') [col.lb, col.ub, col.hasLb] = [0, 1, true];
  return undefined;
}
