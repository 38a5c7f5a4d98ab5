import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { junheng } from './run-cli.ts';
import { parseDocument } from 'yaml';


/** scenarios/baseline.yaml as a quick LP: continuous decisions, no yearly targets. */
function lpScenario(): string {
  const doc = parseDocument(readFileSync('scenarios/baseline.yaml', 'utf8'));
  doc.set('integer', false);
  doc.deleteIn(['objective', 'targets']);
  const file = join(mkdtempSync(join(tmpdir(), 'junheng-sweep-')), 'baseline-lp.yaml');
  writeFileSync(file, doc.toString());
  return file;
}

describe('junheng sweep', () => {
  const scenario = lpScenario();

  it('solves every budget in worker threads and prints points and frontier as JSON', async () => {
    const { code, stdout, stderr } = await junheng('sweep', 'data/sample-county.csv', scenario, '--from', '20000000', '--to', '40000000', '--steps', '3', '--json');
    expect(stderr).not.toContain('error');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.points.map((p: { budget: number }) => p.budget)).toEqual([20_000_000, 30_000_000, 40_000_000]);
    for (const p of result.points) {
      expect(p.status).toBe('optimal');
      expect(Object.keys(p)).toEqual(['budget', 'status', 'objective', 'maxCv', 'schoolsPassing', 'schoolsTotal', 'spend']);
      expect(p.spend).toBeLessThanOrEqual(p.budget + 1e-3);
      expect(p.schoolsPassing).toBeLessThanOrEqual(p.schoolsTotal);
    }
    // floor objective (average lowest value/standard): more money never makes it worse
    for (let i = 1; i < result.points.length; i++) {
      expect(result.points[i].objective).toBeGreaterThanOrEqual(result.points[i - 1].objective - 1e-6);
    }
    expect(result.frontier).toHaveLength(3);
    expect(result.frontier.some((f: { efficient: boolean }) => f.efficient)).toBe(true);
    expect(stderr).toMatch(/3\/3/);
  });

  it('runs from 0.8 to 1.5 times the scenario\'s own total budget without --from and --to', async () => {
    const { code, stdout } = await junheng('sweep', 'data/sample-county.csv', scenario, '--steps', '2', '--json');
    expect(code).toBe(0);
    // The baseline's 10 million yuan a year over three years.
    expect(JSON.parse(stdout).points.map((p: { budget: number }) => p.budget)).toEqual([24_000_000, 45_000_000]);
  });

  it('exits with code 2 and a clear message on a bad --steps', async () => {
    const one = await junheng('sweep', 'data/sample-county.csv', scenario, '--from', '20000000', '--to', '40000000', '--steps', '1');
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('--steps must be a whole number of at least 2');
    const text = await junheng('sweep', 'data/sample-county.csv', scenario, '--from', '20000000', '--to', '40000000', '--steps', 'many');
    expect(text.code).toBe(2);
    const reversed = await junheng('sweep', 'data/sample-county.csv', scenario, '--from', '40000000', '--to', '20000000', '--steps', '3');
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('must not be larger than --to');
  });
});
