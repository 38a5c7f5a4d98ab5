/** `junheng solve --xlsx FILE --csv DIR`: the plan workbook and its sheets as CSV files (UTF-8 with BOM). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sheetCsv } from '../report/workbook/csv.ts';
import { planSheets, planWorkbook, type PlanWorkbookInput } from '../report/workbook/plan-workbook.ts';
import { CliError } from './read-county.ts';

/** CSV file names, in planSheets order (ASCII, so every system opens them). */
export const CSV_FILES = ['summary.csv', 'actions.csv', 'rotations.csv', 'indicators.csv', 'assumptions.csv'] as const;

export async function writeExports(input: PlanWorkbookInput, where: { xlsx?: string; csv?: string }): Promise<void> {
  if (!where.xlsx && !where.csv) return;
  try {
    if (where.xlsx) await writeFile(where.xlsx, await planWorkbook(input));
    if (where.csv) {
      await mkdir(where.csv, { recursive: true });
      const sheets = planSheets(input);
      await Promise.all(sheets.map((s, i) => writeFile(join(where.csv!, CSV_FILES[i]!), sheetCsv(s), 'utf8')));
    }
  } catch (e) {
    throw new CliError(`cannot write the export: ${(e as Error).message}`);
  }
}
