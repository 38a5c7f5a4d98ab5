/** `junheng batch`: a small generated province with one malformed county file, in the in-process pool. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateCounty } from '../../../engine/county/generate.ts';
import { countyToRows, toCsv } from '../../../engine/county/write.ts';
import { LEAST_BUDGET_CEILING } from '../../../engine/compare/province/jobs.ts';
import type { ProvinceSummary } from '../../../engine/compare/province/summary.ts';
import { junheng, quickScenarioFile } from './run-cli.ts';

function province(): { dir: string; scenario: string } {
  const dir = mkdtempSync(join(tmpdir(), 'junheng-batch-'));
  const csv = (seed: number, schools: number) => toCsv(countyToRows(generateCounty({ schools, seed }), { headers: 'en' }));
  writeFileSync(join(dir, 'east.csv'), csv(11, 10));
  writeFileSync(join(dir, 'west.csv'), csv(12, 12));
  // Row 3 (the second school): its students cell is not a number.
  const lines = csv(13, 10).split('\r\n');
  const cells = lines[2]!.split(',');
  cells[lines[0]!.split(',').indexOf('students')] = 'many';
  lines[2] = cells.join(',');
  writeFileSync(join(dir, 'broken.csv'), lines.join('\r\n'));
  writeFileSync(join(dir, 'counties.csv'), 'file,budget\neast.csv,20000000\nwest.csv,40000000\nbroken.csv,1\n');
  return { dir, scenario: quickScenarioFile(dir, 'province-lp', 'solver: { timeLimitSeconds: 20 }\n') };
}

describe('junheng batch', () => {
  const { dir, scenario } = province();

  it('plans every county, fails the malformed one alone with file, row and column, and writes the workbook', async () => {
    const xlsx = join(dir, 'province.xlsx');
    const { code, stdout, stderr } = await junheng('batch', '--counties', join(dir, '*.csv'), '--scenario', scenario,
      '--scale-by', 'index', '--index', join(dir, 'counties.csv'), '--json', '--xlsx', xlsx, '--workers', '2');
    expect(code).toBe(1); // one county failed
    expect(stderr).toMatch(/^3\/3$/m);
    const summary = JSON.parse(stdout) as ProvinceSummary;
    expect(summary.counties.map((c) => [c.county, c.status])).toEqual([['broken', 'failed'], ['east', 'done'], ['west', 'done']]);
    const broken = summary.counties[0]!;
    expect(broken.error!.issues).toContainEqual(expect.objectContaining({ file: 'broken.csv', row: 3, column: 'students', value: 'many' }));
    for (const c of summary.counties.slice(1)) {
      expect(c.budget).toBeCloseTo(c.county === 'east' ? 20e6 : 40e6, 3);
      expect(c.passingBefore).toBeLessThanOrEqual(c.schoolsTotal);
      if (!('spend' in c.plan) || !('total' in c.least)) throw new Error(`${c.county}: a solve failed: ${JSON.stringify([c.plan, c.least])}`);
      expect(c.plan.spend!).toBeLessThanOrEqual(c.budget * (1 + 1e-9));
      // The least budget is a minimum-cost plan under the ceiling; reaching the targets, every school passes by the last year.
      if (c.least.total !== null) {
        expect(c.least.total).toBeLessThanOrEqual(c.budget * LEAST_BUDGET_CEILING * (1 + 1e-9));
        expect(c.costPerPupil).toBeCloseTo(c.least.total / c.pupilsBelow, 6);
      }
    }
    expect(summary.totals.failed).toBe(1);
    expect(summary.totals.least).toBeCloseTo(summary.counties.reduce((s, c) => s + ('total' in c.least ? c.least.total ?? 0 : 0), 0), 3);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets.map((w) => w.rowCount)).toEqual([4, 1 + summary.years.length, 1 + summary.ranking.length]);
  }, 300_000);

  it('exits 2, with the reason, on bad options or no county files', async () => {
    const bad = await junheng('batch', '--counties', join(dir, '*.csv'), '--scenario', scenario, '--scale-by', 'index');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--scale-by index needs --index counties.csv');
    const none = await junheng('batch', '--counties', join(dir, 'nothing-*.csv'), '--scenario', scenario);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no county files');
  });
});
