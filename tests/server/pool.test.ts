import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCounty } from '../../engine/county/generate.ts';
import { parseScenarioText } from '../../engine/scenario/parse.ts';
import { county, school } from '../engine/helpers.ts';
import { createSolvePool } from '../../web/server/jobs/pool.ts';

const pool = createSolvePool(1);
afterAll(async () => {
  await pool.close();
});

const small = county([school('A', { students: 400 }), school('B', { students: 600, resources: { sportsArea: 1000, multimediaRooms: 2 } })]);
const { scenario } = parseScenarioText('name: small\nbudget: { perYear: 1000000 }\ninteger: false\n', 'small.yaml');

describe('the solve pool', () => {
  it('queues more solves than it has threads and reports start and progress of each', async () => {
    const starts: number[] = [];
    const stages: string[][] = Array.from({ length: 8 }, () => []);
    const reports = await Promise.all(Array.from({ length: 8 }, (_, i) => pool.solve({
      county: small, scenario, shadowPrices: false, keepValues: i % 2 === 0,
      onStart: () => starts.push(i), onProgress: (p) => stages[i]!.push(p.stage),
    })));
    expect(reports.map((r) => r.status)).toEqual(Array(8).fill('optimal'));
    expect(reports[0]!.values.length).toBeGreaterThan(0);
    expect(reports[1]!.values).toEqual([]);
    expect(starts.sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(stages[3]).toContain('build');
  });

  it('stops a solve when asked, and keeps working', async () => {
    // A solve that takes seconds (the integer baseline on a generated 200-school county), so the abort always comes first.
    const big = generateCounty({ schools: 200, seed: 5 });
    const { scenario: slow } = parseScenarioText(readFileSync('scenarios/baseline.yaml', 'utf8'), 'baseline.yaml');
    const abort = new AbortController();
    const stopped = pool.solve({ county: big, scenario: slow, shadowPrices: false, keepValues: false, signal: abort.signal, onStart: () => abort.abort() });
    await expect(stopped).rejects.toThrow();
    expect((await pool.solve({ county: small, scenario, shadowPrices: false, keepValues: false })).status).toBe('optimal');
  });
});
