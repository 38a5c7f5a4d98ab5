/** Netlib test data next to the repository: ../shared/netlib (*.mps and OPTIMA.md). */

import { readFileSync, readdirSync } from 'node:fs';
import { parseMps } from './mps.ts';
import type { LpModel } from '../../../engine/solve/index.ts';

/** Resolved from this file, so it does not depend on the working directory. */
export const NETLIB_DIR = new URL('../../../../shared/netlib/', import.meta.url);

export function netlibNames(): string[] {
  return readdirSync(NETLIB_DIR)
    .filter((f) => f.endsWith('.mps'))
    .map((f) => f.slice(0, -'.mps'.length))
    .sort();
}

export function netlibText(name: string): string {
  return readFileSync(new URL(`${name}.mps`, NETLIB_DIR), 'utf8');
}

export function netlibModel(name: string): LpModel {
  return parseMps(netlibText(name));
}

export interface Optima {
  /** Listed optimum per instance (lower-case name), objective constant excluded. */
  values: Map<string, number>;
  /** Objective constants stated in the notes, e.g. "E226 has constant 7.113". */
  constants: Map<string, number>;
}

/** Reads OPTIMA.md: `name value` pairs separated by `|`, plus "<NAME> has constant <c>" notes. */
export function readOptima(): Optima {
  const text = readFileSync(new URL('OPTIMA.md', NETLIB_DIR), 'utf8');
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    for (const cell of line.split('|')) {
      const m = /^\s*([A-Za-z0-9.]+)\s+([-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)\s*$/.exec(cell);
      if (m !== null) values.set(m[1]!.toLowerCase(), Number(m[2]));
    }
  }
  const constants = new Map<string, number>();
  for (const m of text.matchAll(/([A-Za-z0-9.]+) has constant ([-+]?\d+(?:\.\d*)?)/g)) {
    constants.set(m[1]!.toLowerCase(), Number(m[2]));
  }
  return { values, constants };
}

/**
 * Known misprint in the Netlib readme: SCAGR7 is listed as -2.3313892548E+06, but its optimum is
 * -2.331389824330984E+06 (Koch, "The final NETLIB-LP results", Oper. Res. Lett. 32 (2004); CPLEX
 * agrees; the two differ by 2.4e-7 relative). The correction applies only while the listed value is
 * the misprint, so a corrected OPTIMA.md is used as is.
 */
export const ERRATA: ReadonlyMap<string, { listed: number; exact: number }> = new Map([
  ['scagr7', { listed: -2.3313892548e6, exact: -2.331389824330984e6 }],
]);

export function referenceOptimum(optima: Optima, name: string): number {
  const listed = optima.values.get(name);
  if (listed === undefined) throw new Error(`no optimum listed for ${name}`);
  const erratum = ERRATA.get(name);
  return erratum !== undefined && erratum.listed === listed ? erratum.exact : listed;
}

export function relativeError(value: number, reference: number): number {
  return Math.abs(value - reference) / Math.max(1, Math.abs(reference));
}
