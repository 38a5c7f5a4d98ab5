/** Scenario text (YAML or JSON) → validated, resolved Scenario; errors name the field and the line. */
import { Value } from '@sinclair/typebox/value';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { resolveScenario, ScenarioError, type Scenario } from './resolve.ts';
import { ScenarioSchema, type ScenarioFile } from './schema.ts';

const MAX_ALIAS_COUNT = 100;

export function parseScenarioText(text: string, fileName: string): { file: ScenarioFile; scenario: Scenario } {
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
      path: e.path, message: e.message, line: lineOf(e.path),
    }));
    throw new ScenarioError(fileName, problems);
  }
  try {
    return { file: data, scenario: resolveScenario(data, fileName) };
  } catch (e) {
    if (e instanceof ScenarioError) {
      throw new ScenarioError(fileName, e.problems.map((p) => ({ ...p, line: p.line ?? lineOf(p.path) })));
    }
    throw e;
  }
}
