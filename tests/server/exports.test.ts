/** GET /api/runs/:id/plan.xlsx, /api/runs/:id/actions.csv and /api/compare/plan.xlsx, read back with exceljs. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Run } from '../../web/contract/index.ts';
import { createScenario, quickScenarioText, testApp, testPool, uploadSample, waitFor, type TestApp } from './helpers.ts';

const pool = testPool();
let t: TestApp;
let runIds: number[];
let results: Run['result'][];

beforeAll(async () => {
  t = await testApp(pool);
  const datasetId = await uploadSample(t.app);
  runIds = [];
  results = [];
  for (const name of ['export-a', 'export-b']) {
    const scenarioId = await createScenario(t.app, quickScenarioText(name));
    const id = (await t.app.inject({ method: 'POST', url: '/api/runs', payload: { datasetId, scenarioId } })).json().id as number;
    const run = await waitFor<Run>(t.app, `/api/runs/${id}`, 60_000);
    expect(run.status).toBe('done');
    runIds.push(id);
    results.push(run.result);
  }
}, 120_000);
afterAll(async () => {
  await t.close();
  await pool.close();
});

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  return wb;
}

describe('plan exports', () => {
  it('sends the run\'s workbook, headers in the asked language, totals equal to the run\'s JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/runs/${runIds[0]}/plan.xlsx?lang=en` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = await workbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary by year', 'Actions and costs', 'Rotations', 'School indicators', 'Assumptions']);
    const summary = wb.getWorksheet('Summary by year')!;
    const col = (summary.getRow(1).values as unknown[]).indexOf('Total spend (yuan)');
    // Row 2 is the data year (no money), then the plan years.
    expect(summary.getRow(2).getCell(1).value).toBe(`Data year ${results[0]!.base!.year}`);
    results[0]!.years.forEach((y, i) => expect(summary.getRow(i + 3).getCell(col).value).toBeCloseTo(y.spend.total, 6));
    const zh = await workbook((await t.app.inject({ method: 'GET', url: `/api/runs/${runIds[0]}/plan.xlsx` })).rawPayload);
    expect(zh.worksheets[0]!.name).toBe('年度汇总');
  });

  it('sends the actions CSV as UTF-8 with a BOM', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/runs/${runIds[0]}/actions.csv` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.rawPayload.toString('utf8')).toContain('年度合计');
  });

  it('sends a comparison workbook with one column block per run', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/compare/plan.xlsx?runs=${runIds.join(',')}&lang=en` });
    expect(res.statusCode).toBe(200);
    const band = ((await workbook(res.rawPayload)).worksheets[0]!.getRow(1).values as unknown[]).filter((v) => typeof v === 'string');
    expect(band).toEqual([`${runIds[0]} export-a`, `${runIds[1]} export-b`]);
  });

  it('answers 404 for an unknown run and 400 for a bad query', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/runs/999/plan.xlsx' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/runs/${runIds[0]}/actions.csv?lang=fr` })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/compare/plan.xlsx?runs=${runIds[0]}` })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/compare/plan.xlsx?runs=998,999' })).statusCode).toBe(404);
  });
});
