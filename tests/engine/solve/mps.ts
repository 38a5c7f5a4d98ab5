/**
 * MPS reader (fixed and free format) producing an LpModel, for the solver tests (netlib models, hand
 * written MPS): the engine itself never reads MPS, so this lives with the tests. Conventions, as in HiGHS and CPLEX:
 * - Sections: NAME, OBJSENSE (MIN/MAX on the header line or on the next line), OBJNAME, ROWS, COLUMNS,
 *   RHS, RANGES, BOUNDS, ENDATA (required). Quadratic, SOS and indicator sections are rejected.
 * - The first N row is the objective (or the one named by OBJNAME); other N rows are dropped.
 * - RHS on the objective row gives objectiveConstant = -value.
 * - RANGES R on a row with rhs r: L -> [r-|R|, r]; G -> [r, r+|R|]; E -> [r, r+R] if R > 0, [r+R, r] if R < 0.
 * - BOUNDS: UP/LO/FX/FR/MI/PL/BV/LI/UI. MI keeps the upper bound; BV is integer in [0, 1].
 *   UP (or UI) with a negative value on a column with no explicit lower bound sets lb = -Infinity,
 *   with a warning (CPLEX rule; HiGHS 1.15 keeps lb = 0 and so reports such a model infeasible).
 * - Integer columns between MARKER INTORG/INTEND with no BOUNDS entry are binary [0, 1] (HiGHS rule);
 *   any bound entry for such a column removes the default, leaving [0, +Infinity) otherwise.
 * - |value| >= 1e30 in RHS, RANGES and BOUNDS is infinite. Zero coefficients are skipped.
 * - Duplicate matrix entries or RHS/RANGES entries keep the first value, with a warning (HiGHS rule).
 *   For a repeated bound of the same kind the last one wins. Only the first named RHS/RANGES/BOUNDS set is used.
 * Each data line is split on whitespace first; if the field count or names do not fit, the line is read
 * by fixed-format columns (names with spaces). Errors are MpsParseError with the 1-based line number.
 */

import type { LpConstraint, LpModel, LpVariable } from '../../../engine/solve/model.ts';
import {
  MpsParseError,
  SECTIONS,
  SENSE_WORDS,
  UNSUPPORTED_SECTIONS,
  applyBound,
  fields,
  fixedFields,
  parseBound,
  parseNumber,
  rowBounds,
  tokens,
} from './mps-fields.ts';
import type { Fields, MpsColumn } from './mps-fields.ts';

export { MpsParseError } from './mps-fields.ts';

export interface MpsParseResult {
  model: LpModel;
  warnings: string[];
}

/** Row reference: index >= 0 of a constraint, OBJ for the objective row, FREE for a dropped N row. */
const OBJ = -1;
const FREE = -2;

interface Row {
  name: string;
  type: 'E' | 'L' | 'G';
  rhs: number;
  range: number | undefined;
  terms: Array<[number, number]>;
}

interface Col extends MpsColumn {
  costSet: boolean;
}

type SetSection = 'RHS' | 'RANGES' | 'BOUNDS';
type Entry = [ref: number, value: number];
const VALUE_BOUNDS = new Set(['UP', 'LO', 'FX', 'LI', 'UI']);
const PLAIN_BOUNDS = new Set(['FR', 'MI', 'PL', 'BV']);

export function parseMps(text: string): LpModel {
  return parseMpsDetailed(text).model;
}

export function parseMpsDetailed(text: string): MpsParseResult {
  return new MpsReader().read(text);
}

class MpsReader {
  private readonly warnings: string[] = [];
  private name = '';
  private sense: 'min' | 'max' = 'min';
  private objName: string | undefined;
  private objConstant: number | undefined;
  private readonly rows: Row[] = [];
  private readonly rowIdx = new Map<string, number>();
  private readonly cols: Col[] = [];
  private readonly colIdx = new Map<string, number>();
  private readonly currentRows = new Set<number>();
  private inInteger = false;
  private readonly sets: Partial<Record<SetSection, string>> = {};
  private readonly rhsSeen = new Set<number>();
  private readonly rangeSeen = new Set<number>();
  private section = '';
  private line = 0;

  read(text: string): MpsParseResult {
    const lines = text.split(/\r\n|\n|\r/);
    let ended = false;
    for (let k = 0; k < lines.length && !ended; k++) {
      const raw = lines[k]!;
      this.line = k + 1;
      if (raw.trim() === '' || raw.startsWith('*')) continue;
      const t = tokens(raw);
      const head = t[0]!.toUpperCase();
      if (this.section === 'OBJSENSE' && t.length === 1 && SENSE_WORDS.has(head)) this.sense = SENSE_WORDS.get(head)!;
      else if (/^\S/.test(raw)) ended = this.header(head, t);
      else this.data(raw, t);
    }
    if (!ended) throw new MpsParseError(lines.length, 'missing ENDATA (truncated file?)');
    return { model: this.finish(), warnings: this.warnings };
  }

  private fail(message: string): never {
    throw new MpsParseError(this.line, message);
  }

  private warn(message: string): void {
    this.warnings.push(`line ${this.line}: ${message}`);
  }

  private header(head: string, t: string[]): boolean {
    if (UNSUPPORTED_SECTIONS.has(head)) this.fail(`section ${head} is not supported`);
    if (!SECTIONS.has(head)) this.fail(`unknown section "${t[0]}"`);
    if (head === 'ENDATA') return true;
    this.section = head === 'OBJSENCE' ? 'OBJSENSE' : head;
    const arg = t[1];
    if (head === 'NAME') this.name = arg ?? '';
    else if (head === 'OBJNAME' && arg !== undefined) this.setObjName(arg);
    else if (this.section === 'OBJSENSE' && arg !== undefined) this.setSense(arg);
    else if (head === 'COLUMNS' && this.rows.length === 0 && this.objName === undefined) this.warn('no ROWS before COLUMNS');
    return false;
  }

  private setSense(word: string): void {
    const s = SENSE_WORDS.get(word.toUpperCase());
    if (s === undefined) this.fail(`unknown objective sense "${word}"`);
    this.sense = s;
  }

  private setObjName(name: string): void {
    if (this.rows.length > 0 || this.rowIdx.size > 0) this.fail('OBJNAME must come before ROWS');
    this.objName = name;
  }

  private data(raw: string, t: string[]): void {
    switch (this.section) {
      case 'ROWS':
        return this.rowLine(raw, t);
      case 'COLUMNS':
        return this.columnLine(raw, t);
      case 'RHS':
      case 'RANGES':
        return this.rhsLine(raw, t, this.section);
      case 'BOUNDS':
        return this.boundLine(raw, t);
      case 'OBJSENSE':
        return t.length === 1 ? this.setSense(t[0]!) : this.fail('expected MIN or MAX in OBJSENSE');
      case 'OBJNAME':
        return t.length === 1 ? this.setObjName(t[0]!) : this.fail('expected one name in OBJNAME');
      default:
        this.fail(this.section === '' ? 'data before any section header' : `unexpected data in ${this.section}`);
    }
  }

  /** Reads canonical fields from the whitespace split, else from fixed columns. */
  private attempt<T extends object>(raw: string, free: Fields | undefined, expected: string, read: (f: Fields) => T | string): T {
    const first = free === undefined ? undefined : read(free);
    if (first !== undefined && typeof first !== 'string') return first;
    const fixed = read(fixedFields(raw));
    if (typeof fixed !== 'string') return fixed;
    const found = `expected ${expected}, found ${tokens(raw).length} fields`;
    return this.fail(first ?? `${found} (fixed-column reading: ${fixed})`);
  }

  private rowLine(raw: string, t: string[]): void {
    const free = t.length === 2 ? fields(t[0]!, t[1]!) : undefined;
    const r = this.attempt(raw, free, 'row type and name', (f) => {
      const type = f[0].toUpperCase();
      if (!['N', 'E', 'L', 'G'].includes(type)) return `unknown row type "${f[0]}"`;
      if (f[1] === '') return 'missing row name';
      if (this.rowIdx.has(f[1])) return `duplicate row name "${f[1]}"`;
      return { type, name: f[1] };
    });
    if (r.type !== 'N') {
      this.rowIdx.set(r.name, this.rows.length);
      this.rows.push({ name: r.name, type: r.type as Row['type'], rhs: 0, range: undefined, terms: [] });
    } else if (!this.hasObjectiveRow() && (this.objName === undefined || this.objName === r.name)) {
      this.objName = r.name;
      this.rowIdx.set(r.name, OBJ);
    } else {
      this.rowIdx.set(r.name, FREE);
      this.warn(`free row "${r.name}" dropped`);
    }
  }

  private hasObjectiveRow(): boolean {
    return this.objName !== undefined && this.rowIdx.get(this.objName) === OBJ;
  }

  /** Row/value pairs in fields 3-4 and 5-6; `bound` reads values as bounds (1e30 = infinite). */
  private pairs(f: Fields, bound: boolean): Entry[] | string {
    const out: Entry[] = [];
    for (const [name, text] of [
      [f[2], f[3]],
      [f[4], f[5]],
    ] as const) {
      if (name === '' && text === '' && out.length > 0) break;
      const ref = this.rowIdx.get(name);
      if (ref === undefined) return name === '' ? 'missing row name' : `unknown row "${name}"`;
      const v = bound ? parseBound(text) : parseNumber(text);
      if (v === undefined || (!bound && !Number.isFinite(v))) return `invalid number "${text}" for row "${name}"`;
      out.push([ref, v]);
    }
    return out;
  }

  private columnLine(raw: string, t: string[]): void {
    if (t.some((x) => x.toUpperCase() === "'MARKER'")) {
      const kind = t.find((x) => /^'INT(ORG|END)'$/i.test(x))?.toUpperCase();
      if (kind === undefined) this.fail('MARKER line without INTORG/INTEND');
      if ((kind === "'INTORG'") === this.inInteger) this.fail(`unbalanced ${kind} marker`);
      this.inInteger = kind === "'INTORG'";
      return;
    }
    const free = t.length === 3 || t.length === 5 ? fields('', ...t) : undefined;
    const r = this.attempt(raw, free, 'column, row, value [, row, value]', (f) => {
      if (f[1] === '') return 'missing column name';
      const current = this.cols[this.cols.length - 1];
      if (current?.name !== f[1] && this.colIdx.has(f[1])) return `column "${f[1]}" appears again after other columns`;
      const entries = this.pairs(f, false);
      return typeof entries === 'string' ? entries : { col: f[1], entries };
    });
    if (this.cols[this.cols.length - 1]?.name !== r.col) {
      this.colIdx.set(r.col, this.cols.length);
      const integer = this.inInteger;
      this.cols.push({ name: r.col, lb: 0, ub: Infinity, cost: 0, integer, hasLb: false, binaryDefault: integer, costSet: false });
      this.currentRows.clear();
    }
    const j = this.cols.length - 1;
    const col = this.cols[j]!;
    for (const [ref, v] of r.entries) {
      if (v === 0 || ref === FREE) continue;
      const duplicate = ref === OBJ ? col.costSet : this.currentRows.has(ref);
      const rowName = ref === OBJ ? this.objName : this.rows[ref]!.name;
      if (duplicate) this.warn(`duplicate entry for column "${col.name}" in row "${rowName}" ignored`);
      else if (ref === OBJ) {
        col.cost = v;
        col.costSet = true;
      } else {
        this.rows[ref]!.terms.push([j, v]);
        this.currentRows.add(ref);
      }
    }
  }

  /** True when the set name is the first one met in this section (or absent). */
  private inFirstSet(section: SetSection, set: string): boolean {
    if (set === '') return true;
    this.sets[section] ??= set;
    if (this.sets[section] === set) return true;
    this.warn(`${section} set "${set}" ignored (using "${this.sets[section]}")`);
    return false;
  }

  private rhsLine(raw: string, t: string[], section: 'RHS' | 'RANGES'): void {
    const layouts: Record<number, Fields> = { 2: fields('', '', ...t), 3: fields('', ...t), 4: fields('', '', ...t), 5: fields('', ...t) };
    const r = this.attempt(raw, layouts[t.length], '[set,] row, value [, row, value]', (f) => {
      const entries = this.pairs(f, true);
      return typeof entries === 'string' ? entries : { set: f[1], entries };
    });
    if (!this.inFirstSet(section, r.set)) return;
    for (const [ref, v] of r.entries) {
      if (ref === FREE) continue;
      const rowName = ref === OBJ ? this.objName : this.rows[ref]!.name;
      if (section === 'RANGES') {
        if (ref === OBJ) this.warn(`RANGES entry on objective row "${rowName}" ignored`);
        else if (this.rangeSeen.has(ref)) this.warn(`duplicate RANGES entry for row "${rowName}" ignored`);
        else {
          this.rows[ref]!.range = v;
          this.rangeSeen.add(ref);
        }
      } else if (ref === OBJ) {
        if (!Number.isFinite(v)) this.fail(`objective constant must be finite, got ${v}`);
        if (this.objConstant !== undefined) this.warn(`duplicate RHS entry for objective row "${rowName}" ignored`);
        else this.objConstant = -v;
      } else if (this.rhsSeen.has(ref)) this.warn(`duplicate RHS entry for row "${rowName}" ignored`);
      else {
        this.rows[ref]!.rhs = v;
        this.rhsSeen.add(ref);
      }
    }
  }

  private boundLine(raw: string, t: string[]): void {
    const type = t[0]!.toUpperCase();
    if (type === 'SC' || type === 'SI') this.fail(`semi-continuous bound type ${type} is not supported`);
    let free: Fields | undefined;
    if (VALUE_BOUNDS.has(type)) free = t.length === 4 ? fields(...t) : t.length === 3 ? fields(t[0]!, '', t[1]!, t[2]!) : undefined;
    else if (PLAIN_BOUNDS.has(type)) {
      if (t.length === 2) free = fields(t[0]!, '', t[1]!);
      else if (t.length === 3) free = this.colIdx.has(t[2]!) ? fields(...t) : fields(t[0]!, '', t[1]!, t[2]!);
      else if (t.length === 4) free = fields(...t);
    }
    const r = this.attempt(raw, free, 'type, [set,] column [, value]', (f) => {
      const kind = f[0].toUpperCase();
      if (!VALUE_BOUNDS.has(kind) && !PLAIN_BOUNDS.has(kind)) return `unknown bound type "${f[0]}"`;
      const j = this.colIdx.get(f[2]);
      if (j === undefined) return f[2] === '' ? 'missing column name' : `unknown column "${f[2]}"`;
      const value = VALUE_BOUNDS.has(kind) ? parseBound(f[3]) : 0;
      if (value === undefined) return `invalid bound value "${f[3]}" for column "${f[2]}"`;
      return { kind, set: f[1], j, value };
    });
    if (!this.inFirstSet('BOUNDS', r.set)) return;
    const warning = applyBound(this.cols[r.j]!, r.kind, r.value);
    if (warning !== undefined) this.warn(warning);
  }

  private finish(): LpModel {
    if (this.inInteger) this.warn('INTORG marker without INTEND');
    if (!this.hasObjectiveRow()) this.warnings.push('no objective (N) row: objective is zero');
    const variables: LpVariable[] = this.cols.map((c) => {
      const v: LpVariable = { name: c.name, lb: c.binaryDefault ? 0 : c.lb, ub: c.binaryDefault ? 1 : c.ub, cost: c.cost };
      if (c.integer) v.integer = true;
      return v;
    });
    const constraints: LpConstraint[] = this.rows.map((r) => ({ name: r.name, terms: r.terms, ...rowBounds(r.type, r.rhs, r.range) }));
    const model: LpModel = { sense: this.sense, objectiveConstant: this.objConstant ?? 0, variables, constraints };
    if (this.name !== '') model.name = this.name;
    return model;
  }
}
