/**
 * Plan exports: GET /api/runs/:id/plan.xlsx (the workbook `junheng solve --xlsx` writes),
 * GET /api/runs/:id/actions.csv (its cost-ledger sheet, UTF-8 with BOM) and GET /api/compare/plan.xlsx
 * (2–4 runs, one column block each). The workbook is built by engine/report/workbook.
 */
import { standardFor } from '../../../engine/optimize/solve-scenario.ts';
import type { SolveReport } from '../../../engine/optimize/solve-report.ts';
import { comparisonWorkbook } from '../../../engine/report/workbook/compare-workbook.ts';
import { sheetCsv } from '../../../engine/report/workbook/csv.ts';
import { actionsSheet } from '../../../engine/report/workbook/plan-sheets.ts';
import { planWorkbook, type PlanWorkbookInput } from '../../../engine/report/workbook/plan-workbook.ts';
import type { App, RouteContext } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { scenarioFromText } from '../inputs.ts';
import { CompareExportQuery, CsvText, ErrorRef, ExportQuery, IdParams, Workbook, XLSX_TYPE } from '../../contract/index.ts';

/** A finished run's result with what the workbook needs besides it; 404 / 409 otherwise. */
function planInput(ctx: RouteContext, id: number, lang: 'zh-CN' | 'en'): PlanWorkbookInput & { report: SolveReport } {
  const run = ctx.store.runs.get(id);
  if (!run) throw notFound('run', id);
  if (!run.result) throw new HttpError(409, 'run-has-no-plan', `run ${id} has no result to export (status ${run.status})`);
  const stored = ctx.store.scenarios.version(run.scenarioId, run.scenarioVersion, false);
  if (!stored) throw notFound(`scenario ${run.scenarioId} version`, run.scenarioVersion);
  const { scenario } = scenarioFromText(stored.text);
  const county = ctx.store.datasets.county(run.datasetId);
  const schoolNames = new Map((county?.schools ?? []).map((s) => [s.id, s.name]));
  return { report: run.result, scenario, standard: standardFor(scenario), lang, schoolNames };
}

const attachment = (name: string) => `attachment; filename="${name}"`;

export async function exportRoutes(app: App, ctx: RouteContext): Promise<void> {
  app.get('/api/runs/:id/plan.xlsx', {
    schema: {
      summary: 'The run\'s plan as an Excel workbook: summary by year, actions and costs, rotations, school indicators, assumptions',
      params: IdParams, querystring: ExportQuery, produces: [XLSX_TYPE],
      response: { 200: Workbook, 400: ErrorRef, 404: ErrorRef, 409: ErrorRef },
    },
  }, async (request, reply) => {
    const bytes = await planWorkbook(planInput(ctx, request.params.id, request.query.lang ?? 'zh-CN'));
    return reply.type(XLSX_TYPE).header('content-disposition', attachment(`plan-run-${request.params.id}.xlsx`)).send(Buffer.from(bytes));
  });

  app.get('/api/runs/:id/actions.csv', {
    schema: {
      summary: 'The run\'s actions and costs per school and year (the cost ledger) as CSV, UTF-8 with a byte-order mark',
      params: IdParams, querystring: ExportQuery, produces: ['text/csv'],
      response: { 200: CsvText, 400: ErrorRef, 404: ErrorRef, 409: ErrorRef },
    },
  }, async (request, reply) => {
    const csv = sheetCsv(actionsSheet(planInput(ctx, request.params.id, request.query.lang ?? 'zh-CN')));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', attachment(`actions-run-${request.params.id}.csv`)).send(csv);
  });

  app.get('/api/compare/plan.xlsx', {
    schema: {
      summary: 'A comparison of 2–4 finished runs as one workbook, one column block per run',
      querystring: CompareExportQuery, produces: [XLSX_TYPE],
      response: { 200: Workbook, 400: ErrorRef, 404: ErrorRef, 409: ErrorRef },
    },
  }, async (request, reply) => {
    const lang = request.query.lang ?? 'zh-CN';
    const runs = request.query.runs.split(',').map(Number).map((id) => {
      const { report, scenario } = planInput(ctx, id, lang);
      return { name: `${id} ${scenario.name}`, report };
    });
    const bytes = await comparisonWorkbook(runs, lang);
    return reply.type(XLSX_TYPE).header('content-disposition', attachment('comparison.xlsx')).send(Buffer.from(bytes));
  });
}
