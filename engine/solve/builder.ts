/** Incremental, JuMP-like construction of an LpModel with name lookup. */

import { mergeTerms } from './model.ts';
import type { LpConstraint, LpModel, LpVariable } from './model.ts';

export interface VariableSpec {
  lb?: number;
  ub?: number;
  cost?: number;
  integer?: boolean;
}

/** Terms as [variable index, coefficient] pairs; repeated indices are summed. */
export type Terms = Iterable<readonly [number, number]>;

export interface RowBounds {
  lb?: number;
  ub?: number;
}

/** Defaults: variables in [0, +Infinity) with cost 0; rows free unless bounded. Names must be unique. */
export class LpBuilder {
  readonly sense: 'min' | 'max';
  readonly name: string | undefined;
  private objectiveConstant = 0;
  private readonly variables: LpVariable[] = [];
  private readonly constraints: LpConstraint[] = [];
  private readonly varIndex = new Map<string, number>();
  private readonly rowIndex = new Map<string, number>();

  constructor(sense: 'min' | 'max' = 'min', name?: string) {
    this.sense = sense;
    this.name = name;
  }

  get numVariables(): number {
    return this.variables.length;
  }

  get numConstraints(): number {
    return this.constraints.length;
  }

  addVariable(name: string, spec: VariableSpec = {}): number {
    if (this.varIndex.has(name)) throw new Error(`duplicate variable name "${name}"`);
    const v: LpVariable = { name, lb: spec.lb ?? 0, ub: spec.ub ?? Infinity, cost: spec.cost ?? 0 };
    if (Number.isNaN(v.lb) || Number.isNaN(v.ub) || !Number.isFinite(v.cost)) {
      throw new Error(`variable "${name}": bounds must not be NaN and cost must be finite`);
    }
    if (spec.integer === true) v.integer = true;
    const index = this.variables.push(v) - 1;
    this.varIndex.set(name, index);
    return index;
  }

  /** One variable per name, all with the same spec; returns their indices in order. */
  addVariables(names: readonly string[], spec: VariableSpec = {}): number[] {
    return names.map((n) => this.addVariable(n, spec));
  }

  /** Ranged row lb <= Σ coef·x <= ub (defaults ±Infinity); returns the row index. */
  addConstraint(name: string, terms: Terms, bounds: RowBounds): number {
    if (this.rowIndex.has(name)) throw new Error(`duplicate constraint name "${name}"`);
    const merged = mergeTerms(terms);
    for (const [j, a] of merged) {
      if (!Number.isInteger(j) || j < 0 || j >= this.variables.length) {
        throw new Error(`constraint "${name}": variable index ${j} out of range`);
      }
      if (!Number.isFinite(a)) throw new Error(`constraint "${name}": coefficient ${a} is not finite`);
    }
    const lb = bounds.lb ?? -Infinity;
    const ub = bounds.ub ?? Infinity;
    if (Number.isNaN(lb) || Number.isNaN(ub)) throw new Error(`constraint "${name}": bounds must not be NaN`);
    const index = this.constraints.push({ name, terms: merged, lb, ub }) - 1;
    this.rowIndex.set(name, index);
    return index;
  }

  addLe(name: string, terms: Terms, rhs: number): number {
    return this.addConstraint(name, terms, { ub: rhs });
  }

  addGe(name: string, terms: Terms, rhs: number): number {
    return this.addConstraint(name, terms, { lb: rhs });
  }

  addEq(name: string, terms: Terms, rhs: number): number {
    return this.addConstraint(name, terms, { lb: rhs, ub: rhs });
  }

  setCost(index: number, cost: number): void {
    this.variableAt(index).cost = cost;
  }

  /** Adds to existing costs (repeated indices accumulate) and to the constant. */
  addToObjective(terms: Terms, constant = 0): void {
    for (const [j, a] of terms) this.variableAt(j).cost += a;
    this.objectiveConstant += constant;
  }

  setBounds(index: number, lb: number, ub: number): void {
    const v = this.variableAt(index);
    v.lb = lb;
    v.ub = ub;
  }

  setRowBounds(index: number, lb: number, ub: number): void {
    const row = this.constraints[index];
    if (row === undefined) throw new Error(`constraint index ${index} out of range`);
    row.lb = lb;
    row.ub = ub;
  }

  /** Bounds of a column (for bound-based reasoning while building, e.g. dropping binaries that cannot matter). */
  boundsOf(index: number): { lb: number; ub: number } {
    const v = this.variableAt(index);
    return { lb: v.lb, ub: v.ub };
  }

  hasVariable(name: string): boolean {
    return this.varIndex.has(name);
  }

  /** Index of a variable by name; throws if unknown. */
  variable(name: string): number {
    const j = this.varIndex.get(name);
    if (j === undefined) throw new Error(`unknown variable "${name}"`);
    return j;
  }

  /** Index of a constraint by name; throws if unknown. */
  constraint(name: string): number {
    const i = this.rowIndex.get(name);
    if (i === undefined) throw new Error(`unknown constraint "${name}"`);
    return i;
  }

  /** Snapshot: later builder calls do not change the returned model. */
  build(): LpModel {
    const model: LpModel = {
      sense: this.sense,
      objectiveConstant: this.objectiveConstant,
      variables: this.variables.map((v) => ({ ...v })),
      // Rows are copied, their terms shared: no builder call changes a row's terms once added, and a
      // 2,000-school model has 270,000 of them (a copy is about 20 MB of heap).
      constraints: this.constraints.map((c) => ({ ...c })),
    };
    if (this.name !== undefined) model.name = this.name;
    return model;
  }

  private variableAt(index: number): LpVariable {
    const v = this.variables[index];
    if (v === undefined) throw new Error(`variable index ${index} out of range`);
    return v;
  }
}

/** Map from variable name to value, for reading a result of a built model. */
export function valuesByName(model: LpModel, values: readonly number[]): Map<string, number> {
  return new Map(model.variables.map((v, j) => [v.name, values[j] ?? NaN]));
}
