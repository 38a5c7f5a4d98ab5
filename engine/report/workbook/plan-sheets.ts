/** The rows of a plan workbook's sheets: summary by year, the cost ledger per school and year, rotations, indicators. */
import type { SolveReport } from '../../optimize/solve-report.ts';
import { SPEND_CATEGORIES } from '../../plan/types.ts';
import type { Standard } from '../../standards/types.ts';
import { pick, type Lang } from '../format.ts';
import { LEVEL_LABELS, SPEND_LABELS } from '../labels.ts';
import { actionLedgerRows, ledgerYears, rotationLedgerRows } from '../ledger-rows.ts';
import { CATEGORY_LABELS, H, KIND_LABELS, ROWS, SHEETS, UNIT_LABELS } from './labels.ts';
import { COEFFICIENT, DECIMAL, RATIO, YUAN, type CellValue, type Column, type SheetSpec } from './sheet.ts';

export interface PlanSheetInput {
  report: SolveReport;
  standard: Standard;
  lang: Lang;
  /** school id → name; names on the actions are used for schools it lacks. */
  schoolNames?: ReadonlyMap<string, string>;
}

export function nameOf(input: PlanSheetInput): (id: string) => string {
  const names = new Map(input.schoolNames ?? []);
  for (const a of input.report.actions) if (!names.has(a.schoolId)) names.set(a.schoolId, a.schoolName);
  return (id) => names.get(id) ?? id;
}

const yesNo = (b: boolean, lang: Lang) => pick(b ? ROWS.yes : ROWS.no, lang);

/** Money, results and coefficients per year, then a plan total row for the money. */
export function summarySheet({ report, standard, lang }: PlanSheetInput): SheetSpec {
  const l = (t: { zh: string; en: string }) => pick(t, lang);
  const cvKeys = (['primary', 'junior'] as const).flatMap((level) => standard.indicators.map((ind) => ({ level, ind })));
  const columns: Column[] = [
    { header: l(H.year) }, { header: l(H.budget), numFmt: YUAN }, { header: l(H.available), numFmt: YUAN },
    ...SPEND_CATEGORIES.map((k) => ({ header: `${l(SPEND_LABELS[k])}${lang === 'en' ? ' (yuan)' : '（元）'}`, numFmt: YUAN })),
    { header: l(H.spendTotal), numFmt: YUAN }, { header: l(H.passing) }, { header: l(H.evaluated) }, { header: l(H.floor), numFmt: RATIO },
    { header: l(H.countyPasses) },
    ...cvKeys.map(({ level, ind }) => ({ header: `${l(H.cv)} ${l(LEVEL_LABELS[level])} ${l(ind.short)}`, numFmt: COEFFICIENT })),
  ];
  // The data year first (no money: it is before the plan), labelled as such so it is not read as a plan year.
  const base = report.base;
  const rows: CellValue[][] = base ? [[
    l(ROWS.dataYear).replace('{year}', String(base.year)), null, null, ...SPEND_CATEGORIES.map(() => null), null,
    base.schoolsPassing, base.schoolsTotal, base.floor, yesNo(base.countyPasses, lang),
    ...cvKeys.map(({ level, ind }) => base.cv[level][ind.key] ?? null),
  ]] : [];
  rows.push(...report.years.map((y) => [
    y.year, y.budget, y.available, ...SPEND_CATEGORIES.map((k) => y.spend[k]), y.spend.total,
    y.schoolsPassing, y.schoolsTotal, y.floor, yesNo(y.countyPasses, lang),
    ...cvKeys.map(({ level, ind }) => y.cv[level][ind.key] ?? null),
  ]));
  const sum = (f: (y: SolveReport['years'][number]) => number) => report.years.reduce((s, y) => s + f(y), 0);
  rows.push([l(ROWS.planTotal), sum((y) => y.budget), null, ...SPEND_CATEGORIES.map((k) => sum((y) => y.spend[k])), sum((y) => y.spend.total)]);
  return { name: l(SHEETS.summary), columns, rows, totalRows: [rows.length - 1] };
}

/**
 * The cost ledger per school and year: a row per action and year it costs money (earlier hires'
 * salaries in later years), the year's rotation subsidies, a total row per year (= the summary's total
 * spend) and the plan total.
 */
export function actionsSheet(input: PlanSheetInput): SheetSpec {
  const { report, lang } = input;
  const l = (t: { zh: string; en: string }) => pick(t, lang);
  const columns: Column[] = [
    { header: l(H.year) }, { header: l(H.schoolId) }, { header: l(H.school) }, { header: l(H.action) }, { header: l(H.category) },
    { header: l(H.started) }, { header: l(H.amount), numFmt: DECIMAL }, { header: l(H.unit) }, { header: l(H.servesFrom) },
    { header: l(H.costThisYear), numFmt: YUAN },
  ];
  const ledger = actionLedgerRows(report);
  const rotations = rotationLedgerRows(report);
  const rows: CellValue[][] = [];
  const totals: number[] = [];
  for (const y of ledgerYears(report)) {
    for (const r of ledger.filter((x) => x.year === y.year)) {
      const a = r.action;
      const category = a.category ? l(CATEGORY_LABELS[a.category]) : a.projectId ?? '';
      rows.push([y.year, a.schoolId, a.schoolName, l(KIND_LABELS[a.kind]), category, a.year, a.amount, l(UNIT_LABELS[a.unit]), a.servesFrom, r.yuan]);
    }
    if (y.rotations !== 0) rows.push([y.year, null, l(ROWS.subsidies), null, null, null, rotations.filter((r) => r.year === y.year).reduce((s, r) => s + r.rotation.teachers, 0), l(UNIT_LABELS.teachers), null, y.rotations]);
    totals.push(rows.length);
    rows.push([y.year, null, l(ROWS.yearTotal), null, null, null, null, null, null, y.total]);
  }
  totals.push(rows.length);
  rows.push([l(ROWS.planTotal), null, null, null, null, null, null, null, null, ledgerYears(report).reduce((s, y) => s + y.total, 0)]);
  return { name: l(SHEETS.actions), columns, rows, totalRows: totals };
}

export function rotationsSheet(input: PlanSheetInput): SheetSpec {
  const { report, lang } = input;
  const l = (t: { zh: string; en: string }) => pick(t, lang);
  const name = nameOf(input);
  const columns: Column[] = [
    { header: l(H.year) }, { header: l(H.fromId) }, { header: l(H.from) }, { header: l(H.toId) }, { header: l(H.to) }, { header: l(H.category) },
    { header: l(H.teachers), numFmt: DECIMAL }, { header: l(H.untilYear) }, { header: l(H.yearsAway) }, { header: l(H.distance), numFmt: DECIMAL },
    { header: l(H.subsidy), numFmt: YUAN },
  ];
  const rows: CellValue[][] = report.rotations.map((r) => {
    const byYear = Object.values(r.costByYear ?? {});
    return [r.year, r.from, name(r.from), r.to, name(r.to), l(CATEGORY_LABELS[r.category]), r.teachers, r.untilYear, byYear.length, r.distanceKm,
      byYear.reduce((s, v) => s + v, 0)];
  });
  rows.push([l(ROWS.planTotal), null, null, null, null, null, report.rotations.reduce((s, r) => s + r.teachers, 0), null, null, null,
    rows.reduce((s, r) => s + (r[10] as number), 0)]);
  return { name: l(SHEETS.rotations), columns, rows, totalRows: [rows.length - 1] };
}

/** Schools × indicators per year as the plan leaves them (the LP's values): value, standard, ratio, meets. */
export function indicatorsSheet(input: PlanSheetInput): SheetSpec {
  const { report, standard, lang } = input;
  const l = (t: { zh: string; en: string }) => pick(t, lang);
  const name = nameOf(input);
  const columns: Column[] = [
    { header: l(H.year) }, { header: l(H.schoolId) }, { header: l(H.school) }, { header: l(H.level) }, { header: l(H.indicator) },
    { header: l(H.value), numFmt: '#,##0.00' }, { header: l(H.unit) }, { header: l(H.standard), numFmt: '#,##0.00' },
    { header: l(H.ratio), numFmt: RATIO }, { header: l(H.meets) },
  ];
  const rows: CellValue[][] = [];
  for (const v of report.values) {
    for (const ind of standard.indicators) {
      const value = v.values[ind.key];
      if (value === undefined) continue;
      const threshold = ind.threshold[v.level];
      const ratio = threshold ? value / threshold : null;
      rows.push([v.year, v.schoolId, name(v.schoolId), l(LEVEL_LABELS[v.level]), l(ind.name), value, l(ind.unit), threshold, ratio,
        ratio === null ? null : yesNo(ratio >= 1 - 1e-9, lang)]);
    }
  }
  return { name: l(SHEETS.indicators), columns, rows };
}
