/**
 * A solved plan as one Excel workbook (exceljs, pure: returns the bytes; engine/cli and web/server
 * write or send them): summary by year, actions and costs per school and year (the cost ledger),
 * rotations, school indicators per year, assumptions.
 */
import ExcelJS from 'exceljs';
import type { Scenario } from '../../scenario/resolve.ts';
import { assumptionsSheet } from './assumptions.ts';
import { actionsSheet, indicatorsSheet, rotationsSheet, summarySheet, type PlanSheetInput } from './plan-sheets.ts';
import { addSheet, type SheetSpec } from './sheet.ts';

export interface PlanWorkbookInput extends PlanSheetInput {
  scenario: Scenario;
}

export function planSheets(input: PlanWorkbookInput): SheetSpec[] {
  return [summarySheet(input), actionsSheet(input), rotationsSheet(input), indicatorsSheet(input),
    assumptionsSheet(input.report, input.scenario, input.standard, input.lang)];
}

export function workbookOf(sheets: readonly SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Junheng 均衡';
  for (const s of sheets) addSheet(wb, s);
  return wb;
}

/** The .xlsx bytes of a plan. */
export async function planWorkbook(input: PlanWorkbookInput): Promise<Uint8Array> {
  return new Uint8Array(await workbookOf(planSheets(input)).xlsx.writeBuffer());
}
