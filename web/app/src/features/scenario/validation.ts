/** Checks of the edited scenario: the TypeBox schema (engine/scenario/schema.ts), then the rules the schema cannot state. */
import { Value, ValueErrorType, type ValueError } from '@sinclair/typebox/value';
import { resolveScenario, ScenarioError } from '../../../../../engine/scenario/resolve.ts';
import { ScenarioSchema, type ScenarioFile } from '../../../../../engine/scenario/schema.ts';
import { getStandard } from '../../../../../engine/standards/index.ts';
import type { Text } from '../../../../../engine/standards/types.ts';
import { planYears, prune } from './draft.ts';

export interface FieldProblem {
  /** JSON pointer of the field, '' for the whole file. */
  path: string;
  message: Text;
  /** Line in the stored text, when the server names it. */
  line?: number;
  source: 'editor' | 'server';
}

const T = (zh: string, en: string): Text => ({ zh, en });

function schemaMessage(e: ValueError): Text {
  const s = e.schema as Record<string, unknown>;
  switch (e.type) {
    case ValueErrorType.NumberMinimum: return T(`不能小于 ${s.minimum}`, `must be at least ${s.minimum}`);
    case ValueErrorType.NumberMaximum: return T(`不能大于 ${s.maximum}`, `must be at most ${s.maximum}`);
    case ValueErrorType.NumberExclusiveMinimum: return T(`必须大于 ${s.exclusiveMinimum}`, `must be more than ${s.exclusiveMinimum}`);
    case ValueErrorType.IntegerMinimum: return T(`不能小于 ${s.minimum}`, `must be at least ${s.minimum}`);
    case ValueErrorType.IntegerMaximum: return T(`不能大于 ${s.maximum}`, `must be at most ${s.maximum}`);
    case ValueErrorType.Integer: return T('必须是整数', 'must be a whole number');
    case ValueErrorType.Number: return T('必须是数字', 'must be a number');
    case ValueErrorType.StringMinLength: return T('不能为空', 'must not be empty');
    case ValueErrorType.ArrayMinItems: return T(`至少需要 ${s.minItems} 项`, `needs at least ${s.minItems} values`);
    case ValueErrorType.ArrayMaxItems: return T(`最多 ${s.maxItems} 项`, `allows at most ${s.maxItems} values`);
    case ValueErrorType.ObjectAdditionalProperties: return T('不是方案中的字段', 'is not a scenario field');
    case ValueErrorType.ObjectRequiredProperty: return T('必填', 'is required');
    case ValueErrorType.Union: return T('取值无效', 'is not one of the allowed values');
    default: return T(e.message, e.message);
  }
}

/** Rules beyond the schema, with messages in both languages; lengths follow the plan years. */
function domainProblems(file: ScenarioFile): FieldProblem[] {
  const out: FieldProblem[] = [];
  const add = (path: string, message: Text) => out.push({ path, message, source: 'editor' });
  const years = planYears(file);
  const n = years.length;
  if (years.some((y, i) => i > 0 && y !== years[i - 1]! + 1)) add('/horizon', T('年份必须连续', 'years must be consecutive'));
  const perYear = (path: string, value: unknown, expressions = false) => {
    if (value === undefined) return;
    const list = Array.isArray(value) ? value : [value];
    list.forEach((v, i) => {
      const at = Array.isArray(value) ? `${path}/${i}` : path;
      if (expressions && typeof v === 'string' && v.trim() !== '') return; // checked by the server (scenario/amounts.ts)
      if (typeof v !== 'number' || !Number.isFinite(v)) add(at, T('必须是数字', 'must be a number'));
      else if (v < 0) add(at, T('不能为负数', 'must not be negative'));
    });
    if (Array.isArray(value) && value.length !== n) add(path, T(`有 ${value.length} 个值，规划期为 ${n} 年`, `has ${value.length} values for ${n} plan years`));
  };
  perYear('/budget/perYear', file.budget?.perYear, true);
  // Costs are a number or a formula (checked with the scenario below); a negative number is named here, not as a bad union.
  const amounts: [string, unknown][] = [
    ...Object.entries(file.costs ?? {}).map(([k, v]): [string, unknown] => [`/costs/${k}`, v]),
    ...(file.construction?.projects ?? []).map((p, i): [string, unknown] => [`/construction/projects/${i}/cost`, p.cost]),
    ['/schoolConditions/classrooms/unitCost', file.schoolConditions?.classrooms?.unitCost],
    ['/schoolConditions/artsRooms/musicRoomCost', file.schoolConditions?.artsRooms?.musicRoomCost],
    ['/schoolConditions/artsRooms/artRoomCost', file.schoolConditions?.artsRooms?.artRoomCost],
  ];
  for (const [path, v] of amounts) {
    if (typeof v === 'number' && v < 0) add(path, T('不能为负数', 'must not be negative'));
    else if (typeof v === 'string' && !/[0-9]/.test(v)) add(path, T('公式中至少要有一个数字，如 2800 * 1.05^year', 'a formula needs at least one digit, e.g. 2800 * 1.05^year'));
  }
  perYear('/hiring/maxNewTeachers', file.hiring?.maxNewTeachers);
  const targets = file.objective?.targets;
  if (targets && targets.length !== n) add('/objective/targets', T(`有 ${targets.length} 个值，规划期为 ${n} 年`, `has ${targets.length} values for ${n} plan years`));
  if (file.objective?.kind === 'mincost' && !targets) add('/objective/targets', T('最低成本目标需要逐年达标比例', 'the mincost objective needs yearly targets'));
  if (file.standard !== undefined && !getStandard(file.standard)) add('/standard', T('未知标准，请用 quality-2017 或 basic-2012', 'unknown standard; use quality-2017 or basic-2012'));
  const ids = new Set<string>();
  (file.construction?.projects ?? []).forEach((p, i) => {
    if (p.earliestYear !== undefined && !years.includes(p.earliestYear)) add(`/construction/projects/${i}/earliestYear`, T('不在规划年份内', 'is outside the plan years'));
    if (ids.has(p.id)) add(`/construction/projects/${i}/id`, T(`项目编号"${p.id}"重复`, `duplicate project id "${p.id}"`));
    ids.add(p.id);
  });
  for (const [id, row] of Object.entries(file.enrollment?.table ?? {})) {
    if (row.length !== n) add(`/enrollment/table/${id}`, T(`有 ${row.length} 个值，规划期为 ${n} 年`, `has ${row.length} values for ${n} plan years`));
  }
  return out;
}

/** The amount problems of scenario/amounts.ts and standards/formula.ts in Chinese; other messages stay as they are. */
const AMOUNT_ZH: [RegExp, string][] = [
  [/ \(character (\d+)\)$/, '（第 $1 个字符）'],
  [/unknown variable "([^"]*)"; allowed: .*?(?=（|$)/, '未知变量"$1"，可用：year（距数据年份的年数，第一个规划年为 1）、calendarYear（年份）'],
  [/function "([^"]*)" is not allowed; allowed: ([^（]*)/, '不允许使用函数"$1"，可用：$2'],
  [/operator "([^"]*)" is not allowed; use \+ - \* \/ \^/, '不允许使用运算符"$1"，请用 + - * / ^'],
  [/assignment is not allowed/, '不允许赋值'],
  [/function definitions are not allowed/, '不允许定义函数'],
  [/one expression only/, '只能写一个表达式'],
  [/property and index access are not allowed/, '不允许访问属性或下标'],
  [/only numbers are allowed as constants/, '常量只能是数字'],
  [/ gives (\S+) yuan in (\d+) \(year = (\d+)\); an amount must be between 0 and \d+/, '在 $2 年（year = $3）得到 $1 元；金额须在 0 到 10 万亿元之间'],
];

export function amountMessageZh(message: string): string {
  return AMOUNT_ZH.reduce((m, [pattern, zh]) => m.replace(pattern, zh), message);
}

const covers = (problems: FieldProblem[], path: string) => problems.some((p) => p.path === path || p.path.startsWith(`${path}/`));

/** Every problem of the draft; an empty list means it may be saved. */
export function validateScenario(draft: ScenarioFile): FieldProblem[] {
  const file = prune(draft);
  const domain = domainProblems(file);
  const schema = [...Value.Errors(ScenarioSchema, file)]
    .filter((e) => !(e.type === ValueErrorType.Union && covers(domain, e.path)))
    .map((e): FieldProblem => ({ path: e.path, message: schemaMessage(e), source: 'editor' }));
  const problems = [...schema, ...domain.filter((d) => !schema.some((s) => s.path === d.path))];
  if (problems.length > 0) return problems;
  try {
    resolveScenario(file, 'scenario');
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    return e.problems.map((p) => ({ path: p.path, message: T(amountMessageZh(p.message), p.message), source: 'editor' }));
  }
  return [];
}

/** Problems the server names (422/400 with problems[field, line]) as field problems. */
export function serverProblems(problems: { field?: string; message: string; line?: number }[]): FieldProblem[] {
  return problems.map((p) => ({
    path: p.field && p.field.startsWith('/') ? p.field : p.field ? `/${p.field.replace(/^body\/?/, '')}`.replace(/\/$/, '') : '',
    message: T(p.message, p.message),
    ...(p.line !== undefined ? { line: p.line } : {}),
    source: 'server',
  }));
}

/** Problems at a control's path or under it (a list's elements belong to the list's control). */
export function problemsAt(problems: readonly FieldProblem[], path: string, exact = false): FieldProblem[] {
  return problems.filter((p) => p.path === path || (!exact && p.path.startsWith(`${path}/`)));
}
