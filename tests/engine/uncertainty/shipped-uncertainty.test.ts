/**
 * Every shipped scenario documents its enrollment uncertainty (a block with spreads and the reasoning
 * in a comment above it); a simulation with no spread says it is deterministic and prints no probability.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { monteCarloReport } from '../../../engine/report/monte-carlo-report.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { isDeterministic, type MonteCarloResult } from '../../../engine/uncertainty/monte-carlo.ts';

const files = readdirSync('scenarios').filter((f) => /\.ya?ml$/.test(f));

describe('shipped scenarios', () => {
  it.each(files)('%s has a documented uncertainty block with spreads', (f) => {
    const text = readFileSync(`scenarios/${f}`, 'utf8');
    const { scenario } = parseScenarioText(text, f);
    expect(scenario.uncertainty).toBeDefined();
    expect(isDeterministic(scenario)).toBe(false);
    expect(scenario.robust).toBeUndefined(); // the block must not change the plan
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('uncertainty:'));
    expect(lines[at - 1]).toMatch(/^#/);
    expect(lines.slice(0, at).join('\n')).toMatch(/Reasoning/);
  });
});

describe('deterministic simulation', () => {
  const years = [{ year: 2026, samples: 5, passProbability: 1, allSchoolsPassProbability: 1, schoolsPassing: { mean: 30, p5: 30, p50: 30, p95: 30 }, schoolPassProbability: {}, cv: { primary: {}, junior: {} }, mostFailing: [] }];
  it('says so and prints no probability when every spread is 0', () => {
    const r: MonteCarloResult = { samples: 5, seed: 1, deterministic: true, years };
    for (const lang of ['en', 'zh-CN'] as const) {
      const text = monteCarloReport(r, quality2017, lang);
      expect(text).toMatch(lang === 'en' ? /Deterministic simulation/ : /确定性模拟/);
      expect(text).not.toMatch(/P\(county passes\)|县域达标概率|100\.0%/);
    }
    expect(monteCarloReport({ ...r, deterministic: false }, quality2017, 'en')).toContain('P(county passes)');
  });

  it('treats a missing block and all-zero spreads as deterministic', () => {
    const { scenario } = parseScenarioText(readFileSync('scenarios/baseline.yaml', 'utf8'), 'baseline.yaml');
    expect(isDeterministic({ ...scenario, uncertainty: undefined })).toBe(true);
    expect(isDeterministic({ ...scenario, uncertainty: { ...scenario.uncertainty!, spread: { default: 0, rural: 0 }, schools: { S001: 0 } } })).toBe(true);
    expect(isDeterministic({ ...scenario, uncertainty: { ...scenario.uncertainty!, spread: { default: 0 }, schools: { S001: 0.1 } } })).toBe(false);
  });
});
