import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baselineDiff, getIn, isChanged, prune, setIn, withHorizon } from '../../../web/app/src/features/scenario/draft.ts';
import { fieldLabel } from '../../../web/app/src/features/scenario/field-labels.ts';
import { amountMessageZh, serverProblems, validateScenario } from '../../../web/app/src/features/scenario/validation.ts';
import { scenarioFile } from './stored-scenarios.ts';

const STORED = readdirSync(new URL('../../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

describe('scenario validation', () => {
  it('finds no problem in any stored scenario', () => {
    expect(STORED.length).toBeGreaterThanOrEqual(10);
    for (const name of STORED) expect({ name, problems: validateScenario(scenarioFile(name)) }).toEqual({ name, problems: [] });
  });

  it('names the year of a negative budget and of a missing one, in both languages', () => {
    const base = scenarioFile('baseline');
    const negative = validateScenario(setIn(base, '/budget/perYear/2', -1));
    expect(negative.map((p) => p.path)).toEqual(['/budget/perYear/2']);
    expect(negative[0]!.message.zh).toContain('负');
    expect(negative[0]!.message.en).toContain('negative');
    const short = validateScenario(setIn(base, '/budget/perYear', [1e7, 1e7]));
    expect(short.map((p) => p.path)).toEqual(['/budget/perYear']);
  });

  it('reports schema bounds, unknown standards and the mincost rule at their paths', () => {
    const base = scenarioFile('baseline');
    expect(validateScenario(setIn(base, '/policy/rotation/backboneShare', 1.2)).map((p) => p.path)).toEqual(['/policy/rotation/backboneShare']);
    expect(validateScenario(setIn(base, '/standard', 'province-x')).map((p) => p.path)).toEqual(['/standard']);
    const mincost = setIn(setIn(base, '/objective/kind', 'mincost'), '/objective/targets', undefined);
    expect(validateScenario(mincost).map((p) => p.path)).toEqual(['/objective/targets']);
    expect(validateScenario(setIn(base, '/name', '')).map((p) => p.path)).toEqual(['/name']);
  });

  it('takes the server\'s field paths as written, and body paths without the prefix', () => {
    expect(serverProblems([{ field: '/horizon', message: 'years must be consecutive', line: 4 }])).toEqual([
      { path: '/horizon', message: { zh: 'years must be consecutive', en: 'years must be consecutive' }, line: 4, source: 'server' },
    ]);
    expect(serverProblems([{ field: 'body/budget', message: 'x' }])[0]!.path).toBe('/budget');
    expect(serverProblems([{ message: 'x' }])[0]!.path).toBe('');
  });
});

describe('scenario draft', () => {
  it('sets and removes values by path without touching the original', () => {
    const base = scenarioFile('baseline');
    const edited = setIn(base, '/policy/rotation/minShare', 0.15);
    expect(getIn(edited, '/policy/rotation/minShare')).toBe(0.15);
    expect(base.policy).toBeUndefined();
    expect(prune(setIn(edited, '/policy/rotation/minShare', undefined))).toEqual(prune(base));
  });

  it('a longer horizon stretches every per-year list', () => {
    const base = scenarioFile('baseline');
    const longer = withHorizon(base, 2026, 5);
    expect(longer.horizon).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(longer.budget.perYear).toEqual([1e7, 1e7, 1e7, 1e7, 1e7]);
    expect(longer.objective?.targets).toEqual([0.4, 0.8, 1, 1, 1]);
    expect(validateScenario(longer)).toEqual([]);
  });

  it('the baseline diff ignores name and description, and marks parents and children of a change', () => {
    const diff = baselineDiff(scenarioFile('baseline'), scenarioFile('rotation-15-30'));
    expect(diff.map((d) => d.path).sort()).toEqual(['/policy/rotation/backboneShare', '/policy/rotation/minShare']);
    expect(isChanged(diff, '/policy/rotation')).toBe(true);
    expect(isChanged(diff, '/policy/rotation/minShare')).toBe(true);
    expect(isChanged(diff, '/budget/perYear')).toBe(false);
  });

  it('names fields by their nearest labelled path', () => {
    expect(fieldLabel('/budget/perYear/1')?.zh).toBe('当年预算');
    expect(fieldLabel('/enrollment/schools/S001')?.en).toBe('Yearly growth of a school');
    expect(fieldLabel('/construction/projects/3/area')?.zh).toContain('面积');
    expect(fieldLabel('')).toBeUndefined();
  });
});

describe('formula problems in Chinese', () => {
  it('translates the amount problems and keeps the field, the character and the year', () => {
    expect(amountMessageZh('"year = 3": assignment is not allowed (character 6)')).toBe('"year = 3": 不允许赋值（第 6 个字符）');
    expect(amountMessageZh('"2800 * 1.05^yeer": unknown variable "yeer"; allowed: year, calendarYear (year = 1 in the first plan year) (character 13)'))
      .toBe('"2800 * 1.05^yeer": 未知变量"yeer"，可用：year（距数据年份的年数，第一个规划年为 1）、calendarYear（年份）（第 13 个字符）');
    expect(amountMessageZh('"5000 - 2000 * year" gives -1000 yuan in 2028 (year = 3); an amount must be between 0 and 10000000000000'))
      .toBe('"5000 - 2000 * year"在 2028 年（year = 3）得到 -1000 元；金额须在 0 到 10 万亿元之间');
  });
});
