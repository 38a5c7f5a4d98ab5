/**
 * Formulas written by people (provincial indicators, scenario costs and budgets), parsed with mathjs and
 * evaluated by a small walker over the parsed tree, never by mathjs' own evaluator. Allowed: numbers,
 * the documented variables, + − × ÷ ^ and unary minus, parentheses and the functions below. Refused:
 * assignment, function definition, import or any other function, property access, matrices, objects,
 * several statements. Chinese money units are read first: "1000万" = 1000 × 10⁴ yuan, "2亿" = 2 × 10⁸.
 */
/// <reference path="./mathjs-bundle.d.ts" />
import type { MathNode } from 'mathjs';
// The single-file build: the ESM entry's ~1,300 modules were 1.5 s of every cold CLI command (mathjs-bundle.d.ts).
import math from 'mathjs/lib/browser/math.js';

const { parse } = math;

export class FormulaError extends Error {
  constructor(
    /** JSON path of the field, e.g. "/addIndicators/0/formula". */
    readonly field: string,
    /** 1-based character in the formula as written. */
    readonly position: number,
    readonly reason: string,
  ) {
    super(`${field}: ${reason} (at character ${position})`);
    this.name = 'FormulaError';
  }
}

const FUNCTIONS: Readonly<Record<string, (...xs: number[]) => number>> = {
  min: Math.min, max: Math.max, abs: Math.abs, round: Math.round, floor: Math.floor, ceil: Math.ceil, sqrt: Math.sqrt,
};
const OPERATORS: Readonly<Record<string, (a: number, b?: number) => number>> = {
  add: (a, b) => a + b!, subtract: (a, b) => a - b!, multiply: (a, b) => a * b!, divide: (a, b) => a / b!,
  pow: (a, b) => a ** b!, unaryMinus: (a) => -a, unaryPlus: (a) => a,
};
/** Money units in scenario amounts (yuan). */
const UNITS: Readonly<Record<string, number>> = { 元: 1, 千: 1e3, 千元: 1e3, 万: 1e4, 万元: 1e4, 亿: 1e8, 亿元: 1e8 };
const UNIT_PATTERN = /(\d+(?:\.\d+)?|\.\d+)\s*(千元|万元|亿元|千|万|亿|元)/g;

export interface Formula {
  text: string;
  /** Variables the formula uses (all among the allowed ones). */
  variables: string[];
  evaluate(scope: Readonly<Record<string, number>>): number;
}

/** Where in `text` a piece of the formula starts (1-based); the parsed tree keeps no positions. */
function positionOf(text: string, piece: string): number {
  const i = text.indexOf(piece);
  return i < 0 ? 1 : i + 1;
}

type Allowed = { has(name: string): boolean; describe: string };

function check(node: MathNode, text: string, field: string, allowed: Allowed, used: Set<string>): void {
  const fail = (piece: string, reason: string): never => { throw new FormulaError(field, positionOf(text, piece), reason); };
  const n = node as MathNode & { name?: string; op?: string; fn?: string | { name?: string }; args?: MathNode[]; content?: MathNode; value?: unknown };
  switch (node.type) {
    case 'ConstantNode':
      if (typeof n.value !== 'number') fail(String(n.value), 'only numbers are allowed as constants');
      return;
    case 'SymbolNode':
      if (!allowed.has(n.name!)) fail(n.name!, `unknown variable "${n.name}"; allowed: ${allowed.describe}`);
      used.add(n.name!);
      return;
    case 'ParenthesisNode':
      return check(n.content!, text, field, allowed, used);
    case 'OperatorNode':
      if (!Object.hasOwn(OPERATORS, n.fn as string)) fail(n.op ?? '', `operator "${n.op}" is not allowed; use + - * / ^`);
      for (const a of n.args!) check(a, text, field, allowed, used);
      return;
    case 'FunctionNode': {
      const name = typeof n.fn === 'object' ? n.fn?.name ?? '' : String(n.fn);
      if (!Object.hasOwn(FUNCTIONS, name)) fail(name, `function "${name}" is not allowed; allowed: ${Object.keys(FUNCTIONS).join(', ')}`);
      for (const a of n.args!) check(a, text, field, allowed, used);
      return;
    }
    case 'AssignmentNode': return fail('=', 'assignment is not allowed');
    case 'FunctionAssignmentNode': return fail('=', 'function definitions are not allowed');
    case 'BlockNode': return fail(text.includes(';') ? ';' : '\n', 'one expression only');
    case 'AccessorNode': case 'IndexNode': return fail(text.includes('[') ? '[' : '.', 'property and index access are not allowed');
    default: return fail(node.toString().slice(0, 10), `${node.type.replace(/Node$/, '').toLowerCase()} expressions are not allowed`);
  }
}

function walk(node: MathNode, scope: Readonly<Record<string, number>>): number {
  const n = node as MathNode & { name?: string; fn?: string | { name: string }; args?: MathNode[]; content?: MathNode; value?: number };
  switch (node.type) {
    case 'ConstantNode': return n.value!;
    case 'SymbolNode': return scope[n.name!] ?? NaN;
    case 'ParenthesisNode': return walk(n.content!, scope);
    case 'OperatorNode': return OPERATORS[n.fn as string]!(...(n.args!.map((a) => walk(a, scope)) as [number, number?]));
    case 'FunctionNode': return FUNCTIONS[(n.fn as { name: string }).name]!(...n.args!.map((a) => walk(a, scope)));
    default: return NaN; // not reached: check() admits only the nodes above
  }
}

/** Money units → multiplications, keeping the formula's length map simple (positions refer to the text as written). */
export function withUnits(text: string): string {
  return text.replace(UNIT_PATTERN, (_, num: string, unit: string) => `(${num}*${UNITS[unit]})`);
}

/**
 * Parses and checks a formula; `variables` are the names it may use. Throws FormulaError naming the field,
 * the character and the reason.
 */
export function compileFormula(
  text: string, field: string, variables: Iterable<string> | ((name: string) => boolean), options: { units?: boolean; describe?: string } = {},
): Formula {
  if (text.trim() === '') throw new FormulaError(field, 1, 'the formula is empty');
  const source = options.units ? withUnits(text) : text;
  let node: MathNode;
  try {
    node = parse(source);
  } catch (e) {
    const char = (e as { char?: number }).char;
    const reason = (e as Error).message.replace(/\s*\(char \d+\)$/, '');
    throw new FormulaError(field, options.units || char === undefined ? positionOf(text, text.trim().slice(-1)) : char, reason);
  }
  const used = new Set<string>();
  const list = typeof variables === 'function' ? undefined : new Set(variables);
  const allowed: Allowed = list
    ? { has: (name) => list.has(name), describe: options.describe ?? ([...list].join(', ') || '(none)') }
    : { has: variables as (name: string) => boolean, describe: options.describe ?? 'the documented variables' };
  check(node, text, field, allowed, used);
  return { text, variables: [...used], evaluate: (scope) => walk(node, scope) };
}
