import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCounty } from '../../../engine/county/import.ts';
import { DEFAULT_COSTS, DEFAULT_ROTATION } from '../../../engine/scenario/defaults.ts';
import { unknownSchoolIds } from '../../../engine/scenario/enrollment.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { ScenarioError } from '../../../engine/scenario/resolve.ts';
import { ScenarioSchema } from '../../../engine/scenario/schema.ts';

const SCENARIO_FILES = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort();

function problemsOf(text: string, file = 'test.yaml'): ScenarioError['problems'] {
  try {
    parseScenarioText(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as ScenarioError).problems;
  }
  throw new Error('expected a ScenarioError');
}

const MINIMAL = 'name: 测试 test\nbudget:\n  perYear: 1000000\n';

describe('the shipped scenario files', () => {
  it('include the baseline and its variants', () => {
    for (const f of ['baseline', 'front-loaded', 'back-loaded', 'rotation-15-30', 'no-construction', 'mincost-year3', 'infeasible', 'cv', 'candidate-projects']) {
      expect(SCENARIO_FILES).toContain(`${f}.yaml`);
    }
  });

  it.each(SCENARIO_FILES)('%s parses, resolves to 2026–2028 and starts with a question', (f) => {
    const text = readFileSync(`scenarios/${f}`, 'utf8');
    expect(text.startsWith('# Question for the planner')).toBe(true);
    const { file, scenario } = parseScenarioText(text, f);
    expect(file.name).toMatch(/[\u4e00-\u9fff]/);
    expect(file.description).toMatch(/[\u4e00-\u9fff]/);
    expect(file.description).toMatch(/[A-Za-z]{4,}/);
    expect(scenario.years).toEqual([2026, 2027, 2028]);
    expect(scenario.budget.perYear).toHaveLength(3);
    expect(scenario.hiring.maxNewTeachers).toHaveLength(3);
    for (const key of Object.keys(DEFAULT_COSTS) as (keyof typeof DEFAULT_COSTS)[]) {
      expect(scenario.costs[key]).toBe(file.costs?.[key] ?? DEFAULT_COSTS[key]);
    }
    expect(scenario.enrollment.growth).toEqual({ default: 0, rural: -0.04, town: 0.02, urban: 0.03 });
    for (const p of scenario.construction.projects) {
      expect(p.cost).toBeGreaterThan(0);
      expect(scenario.years).toContain(p.earliestYear);
    }
  });

  it('name only schools of the sample county', async () => {
    const r = await importCounty(readFileSync('data/sample-county.csv'), { fileName: 'sample-county.csv' });
    if (r.status !== 'ok') throw new Error('sample county did not import');
    for (const f of SCENARIO_FILES) {
      const { scenario } = parseScenarioText(readFileSync(`scenarios/${f}`, 'utf8'), f);
      expect(unknownSchoolIds(r.value, scenario), f).toEqual([]);
    }
  });

  it('keep the same total budget in the front- and back-loaded variants', () => {
    const total = (f: string) => parseScenarioText(readFileSync(`scenarios/${f}`, 'utf8'), f).scenario.budget.perYear.reduce((a, b) => a + b, 0);
    expect(total('front-loaded.yaml')).toBe(total('baseline.yaml'));
    expect(total('back-loaded.yaml')).toBe(total('baseline.yaml'));
    const front = parseScenarioText(readFileSync('scenarios/front-loaded.yaml', 'utf8'), 'f').scenario.budget.perYear;
    expect(front.map((v) => v / total('baseline.yaml'))).toEqual([0.5, 0.3, 0.2]);
  });

  it('set what each variant is named for', () => {
    const s = (f: string) => parseScenarioText(readFileSync(`scenarios/${f}.yaml`, 'utf8'), f).scenario;
    expect(s('baseline').objective).toEqual({ kind: 'floor', targets: [0.4, 0.8, 1.0], tieBreak: 'cost' });
    expect(s('baseline').rotation).toEqual(DEFAULT_ROTATION);
    expect(s('rotation-15-30').rotation).toMatchObject({ minShare: 0.15, backboneShare: 0.3 });
    expect(s('no-construction').construction).toMatchObject({ allowExpansion: false, projects: [] });
    expect(s('mincost-year3').objective).toMatchObject({ kind: 'mincost', targets: [0, 0, 1] });
    expect(s('cv').objective.kind).toBe('cv');
    expect(s('candidate-projects').construction.projects.length).toBeGreaterThanOrEqual(3);
    expect(s('infeasible').objective.targets).toEqual([0.9, 1, 1]);
  });
});

describe('parseScenarioText', () => {
  it('fills defaults for a minimal file', () => {
    const { scenario } = parseScenarioText(MINIMAL, 'min.yaml');
    expect(scenario.years).toEqual([2026, 2027, 2028]);
    expect(scenario.budget).toEqual({ perYear: [1000000, 1000000, 1000000], carryOver: true });
    expect(scenario.costs).toEqual(DEFAULT_COSTS);
    expect(scenario.objective).toEqual({ kind: 'floor', targets: null, tieBreak: 'cost' });
    expect(scenario.standard).toBe('quality-2017');
  });

  it('accepts JSON text', () => {
    const json = JSON.stringify({ name: 'json', budget: { perYear: [1, 2, 3] }, objective: { kind: 'mincost', targets: [0, 0.5, 1] } });
    const { scenario } = parseScenarioText(json, 'scenario.json');
    expect(scenario.budget.perYear).toEqual([1, 2, 3]);
    expect(scenario.objective.tieBreak).toBe('shortfall');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseScenarioText(`\uFEFF${MINIMAL}`, 'bom.yaml').file.name).toBe('测试 test');
  });

  it('names the path and the line of an unknown key', () => {
    const problems = problemsOf('name: x\nbudget:\n  perYear: 1\n  carryover: true\n');
    expect(problems).toEqual([expect.objectContaining({ path: '/budget/carryover', line: 4 })]);
    expect(problemsOf(`${MINIMAL}policy:\n  rotation:\n    minshare: 0.1\n`)[0]).toMatchObject({ path: '/policy/rotation/minshare', line: 6 });
  });

  it('reports a value of the wrong type at its line', () => {
    expect(problemsOf('name: x\nbudget:\n  perYear: lots\n')[0]).toMatchObject({ path: '/budget/perYear', line: 3 });
    expect(problemsOf(`${MINIMAL}integer: "yes"\n`)[0]).toMatchObject({ path: '/integer', line: 4 });
    expect(problemsOf(`${MINIMAL}policy:\n  rotation:\n    minShare: 1.5\n`)[0]).toMatchObject({ path: '/policy/rotation/minShare', line: 6 });
  });

  it('rejects a budget list of the wrong length', () => {
    const problems = problemsOf('name: x\nbudget:\n  perYear: [1, 2]\n');
    expect(problems).toEqual([expect.objectContaining({ path: '/budget/perYear', line: 3 })]);
    expect(problems[0]!.message).toMatch(/2 values for 3 plan years/);
    expect(problemsOf('name: x\nhorizon: [2026, 2027]\nbudget:\n  perYear: [1, 2, 3]\n')[0]).toMatchObject({ path: '/budget/perYear' });
  });

  it('requires targets for the mincost objective', () => {
    expect(problemsOf(`${MINIMAL}objective:\n  kind: mincost\n`)[0]).toMatchObject({ path: '/objective/targets', line: 5 });
    expect(problemsOf(`${MINIMAL}objective:\n  kind: floor\n  targets: [1]\n`)[0]).toMatchObject({ path: '/objective/targets' });
  });

  it('rejects a duplicate project id', () => {
    const text = `${MINIMAL}construction:\n  projects:\n    - { id: p1, school: S003, kind: teaching, area: 100 }\n    - { id: p1, school: S004, kind: sports, area: 100 }\n`;
    const problems = problemsOf(text);
    expect(problems).toEqual([expect.objectContaining({ path: '/construction/projects/1/id', line: 7 })]);
    expect(problems[0]!.message).toContain('p1');
  });

  it('rejects a project outside the plan years and fills its cost', () => {
    expect(problemsOf(`${MINIMAL}construction:\n  projects:\n    - { id: p, school: S1, kind: sports, area: 10, earliestYear: 2030 }\n`)[0])
      .toMatchObject({ path: '/construction/projects/0/earliestYear' });
    const { scenario } = parseScenarioText(`${MINIMAL}costs: { sportsAreaPerM2: 250 }\nconstruction:\n  projects:\n    - { id: p, school: S1, kind: sports, area: 10 }\n`, 'p.yaml');
    expect(scenario.construction.projects[0]).toMatchObject({ cost: 2500, earliestYear: 2026 });
  });

  it('reports a YAML syntax error with its line', () => {
    const problems = problemsOf('name: x\nbudget:\n  perYear: [1, 2\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects duplicate keys with their line', () => {
    expect(problemsOf('name: x\nname: y\nbudget: { perYear: 1 }\n')[0]).toMatchObject({ line: 2 });
  });

  it('rejects an alias bomb quickly', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    const started = performance.now();
    const problems = problemsOf(`${MINIMAL}${lines.join('\n')}\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems[0]!.message).toMatch(/alias/i);
  });

  it.each([
    ['!!js/function on a field', 'name: !!js/function "function () { globalThis.pwned = true }"\nbudget: { perYear: 1 }\n'],
    ['a local tag', 'name: !custom x\nbudget: { perYear: 1 }\n'],
    ['!!js/undefined', `${MINIMAL}description: !!js/undefined ""\n`],
    ['!!binary', `${MINIMAL}description: !!binary aGVsbG8=\n`],
  ])('rejects custom tags and runs nothing (%s)', (_label, text) => {
    expect(problemsOf(text).length).toBeGreaterThan(0);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('exposes a schema with an id for tools', () => {
    expect(ScenarioSchema.$id).toBe('Scenario');
  });
});
