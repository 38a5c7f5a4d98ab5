import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import { ScenarioError } from '../../../engine/scenario/resolve.ts';

const BASE = 'name: t\nbudget: { perYear: 1000000 }\n';

describe('uncertainty and robust blocks', () => {
  it('are absent unless the file has them', () => {
    const { scenario } = parseScenarioText(BASE, 't.yaml');
    expect(scenario).not.toHaveProperty('uncertainty');
    expect(scenario).not.toHaveProperty('robust');
  });

  it('get their defaults', () => {
    const { scenario } = parseScenarioText(`${BASE}uncertainty: { spread: { rural: 0.05 }, seed: 7 }\nrobust: { quantile: { growing: 0.9 } }\n`, 't.yaml');
    expect(scenario.uncertainty).toEqual({ distribution: 'normal', spread: { default: 0, rural: 0.05 }, schools: {}, correlation: 0, groupBy: 'location', seed: 7 });
    expect(scenario.robust).toEqual({ quantile: { growing: 0.9, shrinking: 0.2 }, paths: 200, seed: 7 });
  });

  it('are validated', () => {
    for (const bad of ['uncertainty: { correlation: 1.5 }', 'uncertainty: { distribution: lognormal }', 'uncertainty: { spread: { default: -0.1 } }', 'robust: { paths: 0 }', 'robust: { quantile: { growing: 2 } }', 'uncertainty: { sd: 0.1 }']) {
      expect(() => parseScenarioText(`${BASE}${bad}\n`, 't.yaml'), bad).toThrow(ScenarioError);
    }
  });
});
