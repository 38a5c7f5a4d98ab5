/** Scenario text (YAML or JSON) → validated, resolved Scenario; errors name the field and the line. */
import { Value } from '@sinclair/typebox/value';
import { isNode, LineCounter, parseDocument, Parser } from 'yaml';
import { resolveScenario, ScenarioError, type Scenario } from './resolve.ts';
import { ScenarioSchema, type ScenarioFile } from './schema.ts';

const MAX_ALIAS_COUNT = 100;
/** characters; a scenario with an enrollment table for 2,000 schools is about 150,000. */
export const MAX_SCENARIO_CHARS = 1_000_000;
/** Collections inside collections; a scenario needs four. Deeper input would recurse the YAML composer off the stack. */
export const MAX_NESTING = 64;

/** Offset of the first collection nested deeper than MAX_NESTING, from the YAML syntax tree, walked without recursion. */
function tooDeepAt(text: string): number | undefined {
  const stack: [unknown, number][] = [];
  for (const token of new Parser().parse(text)) stack.push([token, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const n = node as { type?: string; offset?: number; items?: unknown[]; key?: unknown; value?: unknown };
    const d = n.type === 'block-map' || n.type === 'block-seq' || n.type === 'flow-collection' ? depth + 1 : depth;
    if (d > MAX_NESTING) return n.offset ?? 0;
    if (n.key) stack.push([n.key, d]);
    if (n.value) stack.push([n.value, d]);
    if (Array.isArray(n.items)) for (const item of n.items) stack.push([item, d]);
  }
  return undefined;
}

export function parseScenarioText(text: string, fileName: string): { file: ScenarioFile; scenario: Scenario } {
  if (text.length > MAX_SCENARIO_CHARS) {
    throw new ScenarioError(fileName, [{ path: '', message: `the scenario is ${text.length} characters long; at most ${MAX_SCENARIO_CHARS} are read` }]);
  }
  const deepAt = tooDeepAt(text);
  if (deepAt !== undefined) {
    const line = text.slice(0, deepAt).split('\n').length;
    throw new ScenarioError(fileName, [{ path: '', line, message: `lists and maps are nested more than ${MAX_NESTING} levels deep; a scenario needs a few` }]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true, customTags: [], resolveKnownTags: false });
  // Unknown or custom tags (`!!js/function`, `!custom`) are refused, not read as strings.
  const yamlProblems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  if (yamlProblems.length > 0) {
    throw new ScenarioError(fileName, yamlProblems.map((e) => ({
      path: '', message: e.message.split('\n')[0]!, line: lineCounter.linePos(e.pos[0]).line,
    })));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    throw new ScenarioError(fileName, [{ path: '', message: (e as Error).message }]);
  }
  const lineOf = (path: string): number | undefined => {
    const keys = path.split('/').filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    for (let n = keys.length; n >= 0; n--) {
      const node = doc.getIn(keys.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  if (!Value.Check(ScenarioSchema, data)) {
    const problems = [...Value.Errors(ScenarioSchema, data)].slice(0, 30).map((e) => ({
      path: e.path, message: clearMessage(e.message, e.schema, e.value), line: lineOf(e.path),
    }));
    throw new ScenarioError(fileName, problems);
  }
  try {
    return { file: data, scenario: resolveScenario(data, fileName) };
  } catch (e) {
    if (e instanceof ScenarioError) {
      throw new ScenarioError(fileName, e.problems.map((p) => ({ ...p, line: p.line ?? lineOf(p.path) })), e.kind);
    }
    throw e;
  }
}

/** TypeBox says "Expected union value" for a number-or-list field; say what the number must be and what was sent. */
function clearMessage(message: string, schema: unknown, value: unknown): string {
  if (message !== 'Expected union value') return message;
  const number = ((schema as { anyOf?: { type?: string; minimum?: number; maximum?: number }[] }).anyOf ?? []).find((s) => s.type === 'number' || s.type === 'integer');
  if (!number) return message;
  const range = `a number from ${number.minimum ?? '-∞'} to ${number.maximum ?? '∞'}, or a list of them (one per plan year)`;
  const got = typeof value === 'number'
    ? (Number.isNaN(value) ? 'NaN' : !Number.isFinite(value) ? `${value} (too large to be a number, e.g. 1e400)` : String(value))
    : JSON.stringify(value)?.slice(0, 40) ?? String(value);
  return `expected ${range}; got ${got}`;
}
