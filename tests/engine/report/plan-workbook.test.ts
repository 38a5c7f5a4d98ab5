/**
 * The plan workbook and CSV, read back with exceljs: its sheets, totals equal to the solve JSON, a
 * formula-like school name stored as literal text, headers in the chosen language, frozen headers, the
 * CSV's BOM and ' prefix; the CLI's --xlsx and --csv; a comparison with one column block per run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../engine/cli/main.ts';
import { CSV_FILES } from '../../../engine/cli/write-exports.ts';
import { importCounty } from '../../../engine/county/import.ts';
import type { County } from '../../../engine/county/types.ts';
import { solveScenario } from '../../../engine/optimize/solve-scenario.ts';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';
import { parseScenarioText } from '../../../engine/scenario/parse.ts';
import type { Scenario } from '../../../engine/scenario/resolve.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';
import { comparisonWorkbook } from '../../../engine/report/workbook/compare-workbook.ts';
import { BOM, sheetCsv } from '../../../engine/report/workbook/csv.ts';
import { planSheets, planWorkbook } from '../../../engine/report/workbook/plan-workbook.ts';

const EVIL = '=HYPERLINK("http://x","y")';
let county: County;
let scenario: Scenario;
let report: SolveReport;
let evilId: string;

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Numbers of column `col` (1-based) in rows whose column `labelCol` holds `label`. */
function valuesWhere(ws: ExcelJS.Worksheet, labelCol: number, label: string, col: number): number[] {
  const out: number[] = [];
  ws.eachRow((row) => {
    if (row.getCell(labelCol).value === label) out.push(row.getCell(col).value as number);
  });
  return out;
}

beforeAll(async () => {
  const r = await importCounty(readFileSync('data/sample-county.csv'), { fileName: 'sample-county.csv' });
  if (r.status !== 'ok') throw new Error('sample county does not import');
  // The LP copy of no-construction.yaml solves in well under a second and hires, equips and rotates.
  scenario = { ...parseScenarioText(readFileSync('scenarios/no-construction.yaml', 'utf8'), 'no-construction.yaml').scenario, integer: false };
  const first = await solveScenario(r.value, scenario, { shadowPrices: false });
  evilId = first.actions[0]!.schoolId;
  county = { ...r.value, schools: r.value.schools.map((s) => (s.id === evilId ? { ...s, name: EVIL } : s)) };
  report = await solveScenario(county, scenario, { shadowPrices: false });
}, 120_000);

const input = (lang: 'zh-CN' | 'en') => ({ report, scenario, standard: quality2017, lang, schoolNames: new Map(county.schools.map((s) => [s.id, s.name])) });

describe('plan workbook', () => {
  it('has the five sheets, headers in the chosen language, frozen and print-ready', async () => {
    const zh = await read(await planWorkbook(input('zh-CN')));
    expect(zh.worksheets.map((w) => w.name)).toEqual(['年度汇总', '各校行动与费用', '教师交流轮岗', '各校指标', '假设与说明']);
    const en = await read(await planWorkbook(input('en')));
    expect(en.worksheets.map((w) => w.name)).toEqual(['Summary by year', 'Actions and costs', 'Rotations', 'School indicators', 'Assumptions']);
    const summary = en.getWorksheet('Summary by year')!;
    expect(summary.getRow(1).getCell(2).value).toBe('Budget (yuan)');
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.pageSetup.orientation).toBe('landscape');
    expect(summary.getColumn(3).width).toBeGreaterThan(10);
  });

  it('totals equal the solve JSON: per year on the summary and the ledger sheet, and over the plan', async () => {
    const wb = await read(await planWorkbook(input('en')));
    const summary = wb.getWorksheet('Summary by year')!;
    const totalCol = (summary.getRow(1).values as unknown[]).indexOf('Total spend (yuan)');
    // Row 2 is the data year (no money), then the plan years.
    expect(summary.getRow(2).getCell(1).value).toBe(`Data year ${report.base!.year}`);
    expect(summary.getRow(2).getCell(totalCol).value).toBeNull();
    report.years.forEach((y, i) => {
      expect(summary.getRow(i + 3).getCell(1).value).toBe(y.year);
      expect(summary.getRow(i + 3).getCell(totalCol).value).toBeCloseTo(y.spend.total, 6);
      expect(summary.getRow(i + 3).getCell(3).value).toBeCloseTo(y.available, 6);
    });
    const actions = wb.getWorksheet('Actions and costs')!;
    expect(valuesWhere(actions, 3, 'Year total', 10).map(Math.round)).toEqual(report.years.map((y) => Math.round(y.spend.total)));
    const plan = report.years.reduce((s, y) => s + y.spend.total, 0);
    expect(valuesWhere(actions, 1, 'Plan total', 10)[0]).toBeCloseTo(plan, 4);
    for (const y of report.years) {
      let sum = 0;
      actions.eachRow((row, n) => {
        if (n > 1 && row.getCell(1).value === y.year && row.getCell(3).value !== 'Year total') sum += row.getCell(10).value as number;
      });
      expect(Math.abs(sum - y.spend.total)).toBeLessThan(0.5);
    }
    const rotations = wb.getWorksheet('Rotations')!;
    expect(rotations.rowCount).toBe(report.rotations.length + 2);
  });

  it('stores a formula-like school name as literal text, never as a formula', async () => {
    const wb = await read(await planWorkbook(input('zh-CN')));
    let found = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (cell.value === EVIL) {
          found += 1;
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.numFmt).toBe('@');
        }
      }));
    }
    expect(found).toBeGreaterThan(0);
  });

  it('writes CSV as UTF-8 with a BOM, formula-like text prefixed with \'', () => {
    const csv = sheetCsv(planSheets(input('zh-CN'))[1]!);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('junheng solve --xlsx --csv', () => {
  it('writes the workbook and the CSV folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'junheng-export-'));
    const scenarioPath = join(dir, 'lp.yaml');
    writeFileSync(scenarioPath, `${readFileSync('scenarios/no-construction.yaml', 'utf8')}\ninteger: false\n`);
    const err: string[] = [];
    const code = await main(['node', 'junheng', 'solve', 'data/sample-county.csv', scenarioPath, '--no-shadow-prices', '--lang', 'en',
      '--xlsx', join(dir, 'plan.xlsx'), '--csv', join(dir, 'csv')], { out: () => {}, err: (t) => err.push(t) });
    expect(code).toBe(0);
    const wb = await read(readFileSync(join(dir, 'plan.xlsx')));
    expect(wb.worksheets).toHaveLength(5);
    for (const f of CSV_FILES) expect(readFileSync(join(dir, 'csv', f)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  }, 120_000);
});

describe('comparison workbook', () => {
  it('puts each of 2–4 runs in its own column block, and refuses one run', async () => {
    const runs = [{ name: 'A', report }, { name: 'B', report }, { name: 'C', report }];
    const wb = await read(await comparisonWorkbook(runs, 'en'));
    const summary = wb.getWorksheet('Summary by year')!;
    const band = (summary.getRow(1).values as unknown[]).filter((v) => typeof v === 'string');
    expect(band).toEqual(['A', 'B', 'C']);
    const headers = (summary.getRow(2).values as unknown[]).filter((v) => v === 'Total spend (yuan)');
    expect(headers).toHaveLength(3);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    await expect(comparisonWorkbook(runs.slice(0, 1), 'en')).rejects.toThrow(/2 to 4/);
  });

  it('junheng compare --xlsx writes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'junheng-compare-'));
    const paths = ['a', 'b'].map((n) => {
      const path = join(dir, `${n}.yaml`);
      writeFileSync(path, `${readFileSync('scenarios/no-construction.yaml', 'utf8').replace(/^name: .*$/m, `name: ${n}`)}\ninteger: false\n`);
      return path;
    });
    const code = await main(['node', 'junheng', 'compare', 'data/sample-county.csv', ...paths, '--lang', 'en', '--xlsx', join(dir, 'c.xlsx')], { out: () => {}, err: () => {} });
    expect(code).toBe(0);
    const band = ((await read(readFileSync(join(dir, 'c.xlsx')))).worksheets[0]!.getRow(1).values as unknown[]).filter((v) => typeof v === 'string');
    expect(band).toEqual(['a', 'b']);
  }, 120_000);
});
