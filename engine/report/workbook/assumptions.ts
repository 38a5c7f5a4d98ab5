/** The assumptions sheet: the scenario's settings, the unit costs with their sources, and the run's notes. */
import { reportNotes, type SolveReport } from '../../optimize/solve-report.ts';
import { DEFAULT_COSTS } from '../../scenario/defaults.ts';
import type { Costs, Scenario } from '../../scenario/resolve.ts';
import type { Standard } from '../../standards/types.ts';
import { pick, type Lang } from '../format.ts';
import type { Text } from '../labels.ts';
import { H, ROWS, SHEETS } from './labels.ts';
import type { CellValue, SheetSpec } from './sheet.ts';

/** Unit costs: name, unit and source (docs/ and engine/scenario/defaults.ts: [P] partly confirmed, [U] planning assumption). */
const COSTS: Record<keyof Costs, { name: Text; unit: Text; source: Text }> = {
  teachingAreaPerM2: { name: { zh: '教学用房造价', en: 'Teaching building' }, unit: { zh: '元/平方米', en: 'yuan/m²' }, source: { zh: '部分核实[P]，区间2,100–3,300', en: 'partly confirmed [P], range 2,100–3,300' } },
  sportsAreaPerM2: { name: { zh: '运动场地造价', en: 'Sports ground' }, unit: { zh: '元/平方米', en: 'yuan/m²' }, source: { zh: '部分核实[P]，区间180–360', en: 'partly confirmed [P], range 180–360' } },
  multimediaRoom: { name: { zh: '网络多媒体教室', en: 'Multimedia classroom' }, unit: { zh: '元/间', en: 'yuan/room' }, source: { zh: '部分核实[P]，区间10,000–30,000', en: 'partly confirmed [P], range 10,000–30,000' } },
  teacherPerYear: { name: { zh: '新聘教师年人工成本', en: 'New teacher, yearly cost' }, unit: { zh: '元/人·年', en: 'yuan/teacher/year' }, source: { zh: '规划假设[U]，区间80,000–150,000', en: 'planning assumption [U], range 80,000–150,000' } },
  backboneTeacherPerYear: { name: { zh: '新聘骨干教师年人工成本', en: 'New backbone teacher, yearly cost' }, unit: { zh: '元/人·年', en: 'yuan/teacher/year' }, source: { zh: '规划假设[U]：教师成本加30%', en: 'planning assumption [U]: teacher cost plus 30%' } },
  degreeUpgrade: { name: { zh: '教师学历提升', en: 'Degree upgrade' }, unit: { zh: '元/人', en: 'yuan/teacher' }, source: { zh: '规划假设[U]', en: 'planning assumption [U]' } },
  rotationSubsidyPerYear: { name: { zh: '轮岗补贴', en: 'Rotation subsidy' }, unit: { zh: '元/人·年', en: 'yuan/teacher/year' }, source: { zh: '规划假设[U]，区间2,400–12,000', en: 'planning assumption [U], range 2,400–12,000' } },
};

const SCENARIO_VALUE: Text = { zh: '本方案设定（默认值 {d}）', en: 'set by the scenario (default {d})' };

export function assumptionsSheet(report: SolveReport, scenario: Scenario, standard: Standard, lang: Lang): SheetSpec {
  const l = (t: Text) => pick(t, lang);
  const yes = (b: boolean) => l(b ? ROWS.yes : ROWS.no);
  const json = (v: unknown) => JSON.stringify(v);
  const rows: CellValue[][] = [
    [l({ zh: '方案', en: 'Scenario' }), scenario.name, null, scenario.description],
    [l({ zh: '标准', en: 'Standard' }), l(standard.name), null, standard.source],
    [l({ zh: '规划年份', en: 'Plan years' }), scenario.years.join(', '), null, null],
    ...scenario.years.map((y, t): CellValue[] => [`${l({ zh: '预算', en: 'Budget' })} ${y}`, scenario.budget.perYear[t] ?? 0, l({ zh: '元', en: 'yuan' }), null]),
    [l({ zh: '结余可结转', en: 'Unspent money carries over' }), yes(scenario.budget.carryOver), null, null],
    [l({ zh: '在校生年增长率', en: 'Enrollment growth per year' }), json(scenario.enrollment.growth), null, null],
    [l({ zh: '轮岗设定', en: 'Rotation settings' }), json(scenario.rotation), null, null],
    [l({ zh: '建设设定', en: 'Construction settings' }), json({ ...scenario.construction, projects: scenario.construction.projects.length }), null, null],
    [l({ zh: '招聘设定', en: 'Hiring settings' }), json(scenario.hiring), null, null],
    [l({ zh: '目标', en: 'Objective' }), json(scenario.objective), null, null],
    [l({ zh: '整数决策', en: 'Whole-number decisions' }), yes(scenario.integer), null, null],
    [l({ zh: '求解状态', en: 'Solve status' }), `${report.status} (${report.method})`, null, null],
  ];
  for (const [key, info] of Object.entries(COSTS) as [keyof Costs, (typeof COSTS)[keyof Costs]][]) {
    const perYear = scenario.prices.map((p) => p[key]);
    const value = perYear[0]!;
    const same = perYear.every((v) => v === value);
    const note = same && value === DEFAULT_COSTS[key] ? l(info.source) : `${l(SCENARIO_VALUE).replace('{d}', DEFAULT_COSTS[key].toLocaleString('en-US'))}; ${l(info.source)}`;
    // A cost written with `year` (scenario/amounts.ts) gets one row per plan year, as the ledger prices it.
    if (same) rows.push([l(info.name), value, l(info.unit), note]);
    else scenario.years.forEach((y, t) => rows.push([`${l(info.name)} ${y}`, perYear[t]!, l(info.unit), note]));
  }
  if (report.pairing.note) rows.push([l({ zh: '轮岗配对', en: 'Rotation pairing' }), null, null, lang === 'en' ? report.pairing.note : report.pairing.noteZh]);
  for (const c of report.evaluationChanges ?? []) rows.push([l({ zh: '参评学校变化', en: 'Evaluated schools' }), c.year, null, l(c.message)]);
  for (const n of reportNotes(report)) rows.push([l({ zh: '说明', en: 'Note' }), null, null, l(n)]);
  return {
    name: l(SHEETS.assumptions),
    columns: [{ header: l(H.setting) }, { header: l(H.settingValue), numFmt: '#,##0' }, { header: l(H.unit) }, { header: l(H.source) }],
    rows,
  };
}
