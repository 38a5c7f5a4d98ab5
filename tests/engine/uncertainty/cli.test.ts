import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { junheng, quickScenarioFile } from '../cli/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'junheng-mc-'));
const quickScenario = (name: string, extra = ''): string => quickScenarioFile(dir, name, extra);

describe('junheng simulate --samples', () => {
  it('gives the same result for the same seed with 1 or 3 workers, and the plain replay is unchanged', async () => {
    const plain = quickScenario('quick');
    const uncertain = quickScenario('mc', 'uncertainty:\n  spread: { default: 0.02, rural: 0.05 }\n  correlation: 0.5\n  seed: 4\n');
    const out = join(dir, 'plan.json');
    expect((await junheng('solve', 'data/sample-county.csv', plain, '--json', '--out', out, '--no-shadow-prices')).code).toBe(0);
    const before = await junheng('simulate', 'data/sample-county.csv', plain, out, '--json');
    const after = await junheng('simulate', 'data/sample-county.csv', uncertain, out, '--json');
    expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
    const one = await junheng('simulate', 'data/sample-county.csv', uncertain, out, '--samples', '30', '--workers', '1', '--json');
    const three = await junheng('simulate', 'data/sample-county.csv', uncertain, out, '--samples', '30', '--workers', '3', '--json');
    expect(one.code).toBe(0);
    const result = JSON.parse(one.stdout);
    expect(result).toEqual(JSON.parse(three.stdout));
    expect(result.seed).toBe(4);
    expect(result.samples).toBe(30);
    expect(result.years).toHaveLength(3);
    for (const y of result.years) expect(y.passProbability).toBeGreaterThanOrEqual(0);
    const people = await junheng('simulate', 'data/sample-county.csv', uncertain, out, '--samples', '20', '--seed', '9', '--lang', 'en');
    expect(people.code).toBe(0);
    expect(people.stdout).toContain('P(county passes)');
    expect(people.stderr).toContain('20/20');
    expect((await junheng('simulate', 'data/sample-county.csv', uncertain, out, '--samples', 'x')).code).not.toBe(0);
  }, 60_000);
});
