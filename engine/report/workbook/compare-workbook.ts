/**
 * A comparison of 2–4 runs as one workbook, one column block per run (the first is the baseline):
 * the summary by year, and the cost ledger per school and year.
 */
import type { SolveReport } from '../../optimize/solve-report.ts';
import { SPEND_CATEGORIES } from '../../plan/types.ts';
import { pick, type Lang } from '../format.ts';
import { SPEND_LABELS, type Text } from '../labels.ts';
import { actionLedgerRows } from '../ledger-rows.ts';
import { H, KIND_LABELS, ROWS, SHEETS } from './labels.ts';
import { workbookOf } from './plan-workbook.ts';
import { RATIO, YUAN, type CellValue, type Column, type SheetSpec } from './sheet.ts';

export interface ComparedRun {
  /** Column block title, e.g. the scenario name or "run 12". */
  name: string;
  report: SolveReport;
}

/** One band row naming each run over its block of `width` columns, after `lead` leading columns. */
function band(runs: readonly ComparedRun[], lead: number, width: number): CellValue[] {
  const row: CellValue[] = Array(lead).fill(null);
  for (const r of runs) row.push(r.name, ...Array(width - 1).fill(null));
  return row;
}

export function compareSummarySheet(runs: readonly ComparedRun[], lang: Lang): SheetSpec {
  const l = (t: Text) => pick(t, lang);
  const block: Column[] = [
    { header: l(H.budget), numFmt: YUAN }, { header: l(H.available), numFmt: YUAN },
    ...SPEND_CATEGORIES.map((k) => ({ header: `${l(SPEND_LABELS[k])}${lang === 'en' ? ' (yuan)' : '（元）'}`, numFmt: YUAN })),
    { header: l(H.spendTotal), numFmt: YUAN }, { header: l(H.passing) }, { header: l(H.evaluated) }, { header: l(H.floor), numFmt: RATIO },
  ];
  const years = [...new Set(runs.flatMap((r) => r.report.years.map((y) => y.year)))].sort((a, b) => a - b);
  const rows: CellValue[][] = years.map((year) => [year, ...runs.flatMap((r) => {
    const y = r.report.years.find((x) => x.year === year);
    return y ? [y.budget, y.available, ...SPEND_CATEGORIES.map((k) => y.spend[k]), y.spend.total, y.schoolsPassing, y.schoolsTotal, y.floor] : block.map(() => null);
  })]);
  rows.push([l(ROWS.planTotal), ...runs.flatMap((r) => {
    const sum = (f: (y: SolveReport['years'][number]) => number) => r.report.years.reduce((s, y) => s + f(y), 0);
    return [sum((y) => y.budget), null, ...SPEND_CATEGORIES.map((k) => sum((y) => y.spend[k])), sum((y) => y.spend.total), null, null, null];
  })]);
  const columns = [{ header: l(H.year) }, ...runs.flatMap(() => block)];
  return { name: l(SHEETS.summary), columns, rows, bandRows: [band(runs, 1, block.length)], totalRows: [rows.length - 1] };
}

/** Per plan year and school: each run's actions started that year and its cost that year (yuan, ledger). */
export function compareActionsSheet(runs: readonly ComparedRun[], lang: Lang): SheetSpec {
  const l = (t: Text) => pick(t, lang);
  const ledgers = runs.map((r) => actionLedgerRows(r.report));
  const keys = new Map<string, { year: number; schoolId: string; schoolName: string }>();
  for (const rows of ledgers) for (const x of rows) keys.set(`${x.year}\u0000${x.schoolId}`, { year: x.year, schoolId: x.schoolId, schoolName: x.schoolName });
  const ordered = [...keys.values()].sort((a, b) => a.year - b.year || a.schoolId.localeCompare(b.schoolId));
  const rows: CellValue[][] = ordered.map((k) => [k.year, k.schoolId, k.schoolName, ...ledgers.flatMap((rows) => {
    const mine = rows.filter((x) => x.year === k.year && x.schoolId === k.schoolId);
    const started = mine.filter((x) => !x.continuing).map((x) => `${l(KIND_LABELS[x.action.kind])} ${Math.round(x.action.amount * 10) / 10}`);
    return [started.join(lang === 'en' ? '; ' : '；') || null, mine.length > 0 ? mine.reduce((s, x) => s + x.yuan, 0) : null];
  })]);
  const columns: Column[] = [{ header: l(H.year) }, { header: l(H.schoolId) }, { header: l(H.school) },
    ...runs.flatMap(() => [{ header: l(H.action) }, { header: l(H.costThisYear), numFmt: YUAN }])];
  return { name: l(SHEETS.actions), columns, rows, bandRows: [band(runs, 3, 2)] };
}

export async function comparisonWorkbook(runs: readonly ComparedRun[], lang: Lang): Promise<Uint8Array> {
  if (runs.length < 2 || runs.length > 4) throw new RangeError(`a comparison exports 2 to 4 runs, got ${runs.length}`);
  return new Uint8Array(await workbookOf([compareSummarySheet(runs, lang), compareActionsSheet(runs, lang)]).xlsx.writeBuffer());
}
