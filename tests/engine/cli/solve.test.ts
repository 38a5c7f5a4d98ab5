import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { junheng, quickScenarioFile } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'junheng-solve-'));
const quickScenario = (name: string, extra = ''): string => quickScenarioFile(dir, name, extra);

describe('junheng solve / simulate / compare', () => {
  it('solves, writes the plan, and the simulator replays it with no violation', async () => {
    const out = join(dir, 'plan.json');
    const solved = await junheng('solve', 'data/sample-county.csv', quickScenario('quick'), '--json', '--out', out);
    expect(solved.code).toBe(0);
    const report = JSON.parse(solved.stdout);
    expect(report.status).toBe('optimal');
    for (const key of ['objective', 'years', 'actions', 'rotations', 'shadowPrices']) expect(report).toHaveProperty(key);
    expect(report.years).toHaveLength(3);
    for (const y of report.years) {
      expect(y.spend.total).toBeLessThanOrEqual(y.available + 1);
      expect(Object.keys(y.cv.primary)).toContain('backboneTeachers');
      expect(typeof y.schoolsPassing).toBe('number');
    }
    expect(report.shadowPrices).toHaveLength(3);
    expect(JSON.parse(readFileSync(out, 'utf8')).actions).toEqual(report.actions);
    const sim = await junheng('simulate', 'data/sample-county.csv', quickScenario('quick'), out, '--json');
    expect(sim.code).toBe(0);
    const replay = JSON.parse(sim.stdout);
    expect(replay.violations).toEqual([]);
    expect(replay.maxRelativeDifferenceFromPlan).toBeLessThan(1e-6);
    const people = await junheng('simulate', 'data/sample-county.csv', quickScenario('quick'), out, '--lang', 'en');
    expect(people.stdout).toContain('The plan respects every budget and policy bound.');
  });

  it('explains an infeasible scenario and exits with 3', async () => {
    const r = await junheng('solve', 'data/sample-county.csv', 'scenarios/infeasible.yaml', '--lang', 'en', '--no-shadow-prices');
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('The scenario is infeasible because:');
    expect(r.stdout).toMatch(/budget short by/);
  });

  it('names the field and line of a bad scenario and exits with 2', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'name: x\nbudget:\n  perYear: [1, 2, 3]\n  carryover: true\n');
    const r = await junheng('solve', 'data/sample-county.csv', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml: invalid scenario/);
    expect(r.stderr).toMatch(/\/budget.*line [24]/);
  });

  it('compares scenarios with the first as the baseline', async () => {
    const r = await junheng('compare', 'data/sample-county.csv', quickScenario('base'), quickScenario('rich', 'costs:\n  teacherPerYear: 80000\n'), '--json');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.runs).toHaveLength(2);
    expect(c.runs[1].scenarioDiff.map((d: { path: string }) => d.path)).toContain('/costs/teacherPerYear');
  });
});
