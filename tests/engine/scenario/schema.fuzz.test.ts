/**
 * Property-based fuzzing of the scenario parser and schema: any text gives a resolved scenario that keeps
 * its invariants, or a ScenarioError whose problems name a path; never another exception.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { ScenarioError } from '../../../engine/scenario/resolve.ts';
import { ScenarioSchema } from '../../../engine/scenario/schema.ts';

const RUNS = { numRuns: 400, interruptAfterTimeLimit: 8_000 } as const; // ms
const SCENARIOS = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(`scenarios/${f}`, 'utf8'));
/** Paths a planner edits, from the schema. */
const PATHS: (string | number)[][] = [
  ['name'], ['standard'], ['horizon'], ['horizon', 0], ['budget'], ['budget', 'perYear'], ['budget', 'perYear', 1], ['budget', 'carryOver'],
  ['costs', 'teacherPerYear'], ['enrollment', 'growth', 'rural'], ['enrollment', 'schools', 'S001'], ['enrollment', 'table', 'S001'],
  ['uncertainty', 'spread', 'default'], ['uncertainty', 'correlation'], ['robust', 'paths'], ['policy', 'rotation', 'minShare'],
  ['construction', 'projects'], ['construction', 'projects', 0, 'area'], ['construction', 'leadYears'], ['hiring', 'maxNewTeachers'],
  ['objective', 'kind'], ['objective', 'targets'], ['integer'], ['solver', 'timeLimitSeconds'], ['unknownKey'],
];
const ODD_VALUES = fc.oneof(
  fc.jsonValue(), fc.constantFrom(Infinity, -Infinity, NaN, -0, 1e308, -1e-308, 2 ** 53 + 1, '', '1e3', '１０', null, [], {}, [[]]),
  fc.array(fc.double(), { maxLength: 12 }), fc.array(fc.integer({ min: 2020, max: 2040 }), { maxLength: 12 }),
);

/** Parses; only a ScenarioError may escape, and an accepted scenario must hold together. */
function parseAndCheck(text: string): void {
  let parsed: ReturnType<typeof parseScenarioText>;
  try {
    parsed = parseScenarioText(text, 'fuzz.yaml');
  } catch (e) {
    expect(e, String((e as Error)?.stack)).toBeInstanceOf(ScenarioError);
    const problems = (e as ScenarioError).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.path).toBeTypeOf('string');
      expect(p.message).toBeTypeOf('string');
      if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    }
    return;
  }
  const { file, scenario } = parsed;
  expect(Value.Check(ScenarioSchema, file)).toBe(true);
  const T = scenario.years.length;
  expect(T).toBeGreaterThan(0);
  expect(scenario.years.every((y, i) => i === 0 || y === scenario.years[i - 1]! + 1)).toBe(true);
  expect(scenario.budget.perYear).toHaveLength(T);
  expect(scenario.hiring.maxNewTeachers).toHaveLength(T);
  for (const v of [...scenario.budget.perYear, ...Object.values(scenario.costs), ...scenario.construction.projects.map((p) => p.cost)]) {
    expect(Number.isFinite(v) && v >= 0, `money ${v}`).toBe(true);
  }
  if (scenario.objective.targets) expect(scenario.objective.targets).toHaveLength(T);
}

describe('scenario parser fuzz', () => {
  it('any JSON or YAML value: a scenario or a ScenarioError with paths', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.boolean(), (value, asYaml) => {
      let text: string;
      try {
        text = (asYaml ? stringify(value) : JSON.stringify(value)) ?? '';
      } catch {
        return; // not representable (e.g. a symbol-keyed or cyclic value)
      }
      parseAndCheck(text);
    }), RUNS);
  });

  it('YAML-shaped text: anchors, aliases, tags, flow collections, directives', () => {
    const token = fc.constantFrom('name: x', 'budget:', '  perYear: 1', '&a', '*a', '<<: *a', '!!str', '!!binary', '!custom', '!!js/function', '%YAML 1.1', '---', '...',
      '[', ']', '{', '}', ',', '? ', ': ', '- ', '|', '>', '"', "'", '#', '\t', '\n', '  ', '.inf', '.nan', '0x10', '0o7', '1_000', '~', 'null', 'yes', '\uFEFF', '__proto__: {}');
    fc.assert(fc.property(fc.array(fc.oneof(token, fc.string({ maxLength: 5 })), { maxLength: 40 }), (parts) => parseAndCheck(parts.join(''))), RUNS);
  });

  it('the shipped scenarios with one field set to an odd value or removed', () => {
    fc.assert(fc.property(fc.constantFrom(...SCENARIOS), fc.constantFrom(...PATHS), fc.option(ODD_VALUES, { nil: undefined }), (text, path, value) => {
      const doc = parseDocument(text);
      try {
        if (value === undefined) doc.deleteIn(path);
        else doc.setIn(path, value);
      } catch {
        return; // the path runs through a scalar in this scenario
      }
      parseAndCheck(doc.toString());
      parseAndCheck(JSON.stringify(doc.toJS()) ?? 'null');
    }), { ...RUNS, examples: [[SCENARIOS[0]!, ['construction', 'projects'], [{ id: 'P', school: 'S001', kind: 'teaching', area: 1e306 }]]] });
  });

  it('the shipped scenarios with characters inserted, deleted or swapped', () => {
    const edit = fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'swap'), fc.constantFrom(':', '-', ' ', '\n', '\t', '"', '&x', '*x', '!', '[', '{', '#', '9', 'é'));
    fc.assert(fc.property(fc.constantFrom(...SCENARIOS), fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
      let s = text;
      for (const [at, op, ch] of edits) {
        const i = at % Math.max(1, s.length);
        if (op === 'insert') s = s.slice(0, i) + ch + s.slice(i);
        else if (op === 'delete') s = s.slice(0, i) + s.slice(i + 1);
        else s = s.slice(0, i) + (s[i + 1] ?? '') + (s[i] ?? '') + s.slice(i + 2);
      }
      parseAndCheck(s);
    }), RUNS);
  });
});
