/** A solved plan as text for people: status, yearly money and results, coefficients, actions, rotations. */
import type { PlanAction } from '../plan/types.ts';
import { reportNotes, type SolveReport } from '../optimize/solve-report.ts';
import { SPEND_CATEGORIES } from '../plan/types.ts';
import type { Standard } from '../standards/types.ts';
import { formatCoefficient, pick, type Lang } from './format.ts';
import { SPEND_COLUMN_LABELS } from './labels.ts';
import { actionLedgerRows, ledgerYears, schoolYearCost } from './ledger-rows.ts';
import { textTable } from './text-table.ts';

const L = {
  status: { zh: '求解状态', en: 'Status' },
  objective: { zh: '目标值', en: 'Objective' },
  year: { zh: '年份', en: 'Year' },
  budget: { zh: '预算', en: 'Budget' },
  available: { zh: '可用', en: 'Available' },
  total: { zh: '合计', en: 'Total' },
  passing: { zh: '达标学校', en: 'Passing' },
  floor: { zh: '最低比值', en: 'Floor' },
  dataYear: { zh: '数据年', en: 'data year' },
  money: { zh: '（万元）', en: ' (10k yuan)' },
  cvTitle: { zh: '差异系数（按学生数加权）', en: 'Difference coefficients (student-weighted)' },
  actions: { zh: '各校行动', en: 'Actions by school' },
  rotations: { zh: '教师交流轮岗', en: 'Teacher rotations' },
  shadow: { zh: '追加资金的边际效果', en: 'What more money buys' },
  infeasible: { zh: '方案不可行，原因：', en: 'The scenario is infeasible because:' },
  notes: { zh: '说明', en: 'Notes' },
  yearTotal: { zh: '年度合计', en: 'year total' },
  newActions: { zh: '当年新行动', en: 'new actions' },
  continuing: { zh: '往年招聘教师工资', en: 'salaries of earlier hires' },
  subsidies: { zh: '轮岗补贴', en: 'rotation subsidies' },
  salaries: { zh: '往年招聘教师工资', en: 'salaries of earlier hires' },
  planTotal: { zh: '规划期合计', en: 'Plan total' },
  rotationHeader: { zh: ['年份', '派出学校', '接收学校', '类别', '人数', '截止年份', '距离（公里）'], en: ['Year', 'From', 'To', 'Category', 'Teachers', 'Until', 'Distance (km)'] },
};

/** A count and its English noun: "1 teacher", "2 teachers" (`shown` is the count as printed). */
const plural = (n: number, shown: string, one: string) => `${shown} ${Math.abs(n - 1) < 1e-9 ? one : `${one}s`}`;

const wan = (yuan: number) => (yuan / 10_000).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

function actionText(a: PlanAction, lang: Lang): string {
  const n = a.amount.toLocaleString('en-US', { maximumFractionDigits: a.unit === 'teachers' || a.unit === 'rooms' ? 1 : 0 }); // LP plans may hold fractions
  const zh = lang !== 'en';
  switch (a.kind) {
    case 'teachingArea': return zh ? `新建教学用房${n}㎡（${a.servesFrom}年起使用）` : `build ${n} m² teaching rooms (serve from ${a.servesFrom})`;
    case 'sportsArea': return zh ? `新建运动场地${n}㎡（${a.servesFrom}年起使用）` : `build ${n} m² sports ground (serve from ${a.servesFrom})`;
    case 'project': return zh ? `实施项目${a.projectId}（${n}㎡，${a.servesFrom}年起使用）` : `start project ${a.projectId} (${n} m², serves from ${a.servesFrom})`;
    case 'equipment': return zh ? `购置教学仪器设备${wan(a.amount)}万元` : `buy ${n} yuan of teaching equipment`;
    case 'multimediaRooms': return zh ? `建设网络多媒体教室${n}间` : `fit out ${plural(a.amount, n, 'multimedia classroom')}`;
    case 'classrooms': return zh ? `新建标准教室${n}间（增加${n}个班）` : `build ${plural(a.amount, n, 'standard classroom')} (${n} more ${Math.abs(a.amount - 1) < 1e-9 ? 'class' : 'classes'})`;
    case 'musicRooms': return zh ? `建设音乐专用教室${n}间` : `fit out ${plural(a.amount, n, 'music room')}`;
    case 'artRooms': return zh ? `建设美术专用教室${n}间` : `fit out ${plural(a.amount, n, 'art room')}`;
    case 'hire': {
      const cat = { general: { zh: '教师', en: 'teacher' }, peArt: { zh: '体育艺术教师', en: 'PE/art teacher' }, backbone: { zh: '骨干教师', en: 'backbone teacher' } }[a.category!];
      return zh ? `招聘${cat.zh}${n}名` : `hire ${plural(a.amount, n, cat.en)}`;
    }
    case 'degreeUpgrade': return zh ? `${n}名教师学历提升` : `upgrade the degree of ${plural(a.amount, n, 'teacher')}`;
  }
}

export function planReport(r: SolveReport, standard: Standard, lang: Lang): string {
  const out: string[] = [];
  out.push(`${r.scenario}`);
  const optimality = r.optimality ? `, ${pick(r.optimality, lang)}` : '';
  out.push(`${pick(L.status, lang)}: ${r.status} (${r.method}${optimality}); ${pick(L.objective, lang)}: ${r.objective.value === null ? '—' : r.objective.value.toFixed(4)} [${r.objective.kind}: ${r.objective.unit}]`);
  out.push(`model ${r.model.rows} rows × ${r.model.columns} columns (${r.model.integers} integer), build ${r.model.buildSeconds.toFixed(2)} s, solve ${r.model.solveSeconds.toFixed(2)} s, ${r.model.solver}`, '');
  if (r.infeasibility) {
    out.push(pick(L.infeasible, lang));
    for (const m of r.infeasibility.messages) out.push(`  - ${pick(m, lang)}`);
    out.push('');
  }
  if (r.years.length > 0) {
    const header = [pick(L.year, lang), pick(L.budget, lang), pick(L.available, lang), ...SPEND_CATEGORIES.map((k) => pick(SPEND_COLUMN_LABELS[k], lang)), pick(L.total, lang), pick(L.passing, lang), pick(L.floor, lang)];
    out.push(`${pick(L.money, lang).replace(/[（）()]/g, '').trim()}`);
    // The data year first, as imported (before any action: no money), so every series starts at the base.
    const base = r.base;
    const baseLabel = base ? (lang === 'en' ? `${base.year} (${L.dataYear.en})` : `${L.dataYear.zh} ${base.year}`) : '';
    const baseRow = base ? [[baseLabel, '—', '—', ...SPEND_CATEGORIES.map(() => '—'), '—', `${base.schoolsPassing}/${base.schoolsTotal}`, base.floor.toFixed(3)]] : [];
    out.push(textTable(header, [...baseRow, ...r.years.map((y) => [String(y.year), wan(y.budget), wan(y.available), ...SPEND_CATEGORIES.map((k) => wan(y.spend[k])), wan(y.spend.total),
      `${y.schoolsPassing}/${y.schoolsTotal}`, y.floor.toFixed(3)])]));
    const changes = (r.evaluationChanges ?? []).length > 0;
    out.push(lang === 'en'
      ? `  Passing counts are out of the schools evaluated that year${base ? ` (${base.schoolsTotal} in the data year, ${base.schoolsExcluded} not evaluated)` : ''}${changes ? '; the count changes as schools leave or enter the evaluation:' : '.'}`
      : `  达标学校数的分母为当年参评学校数${base ? `（数据年 ${base.schoolsTotal} 所参评，${base.schoolsExcluded} 所不参评）` : ''}${changes ? '；学校退出或进入评估时分母随之变化：' : '。'}`);
    for (const c of r.evaluationChanges ?? []) out.push(`  * ${pick(c.message, lang)}`);
    out.push('');
    out.push(pick(L.cvTitle, lang));
    const cvHeader = [''];
    const cvYears = [...(base ? [{ label: `${base.year}*`, cv: base.cv }] : []), ...r.years.map((y) => ({ label: String(y.year), cv: y.cv }))];
    for (const y of cvYears) cvHeader.push(`${y.label} ${lang === 'en' ? 'P' : '小'}`, `${y.label} ${lang === 'en' ? 'J' : '初'}`);
    out.push(textTable(cvHeader, standard.indicators.map((ind) => [pick(ind.short, lang),
      ...cvYears.flatMap((y) => [formatCoefficient(y.cv.primary[ind.key] ?? null), formatCoefficient(y.cv.junior[ind.key] ?? null)])])));
    if (base) out.push(lang === 'en' ? `  * ${base.year}: the data year, before any action` : `  * ${base.year}：数据年，尚未采取任何措施`);
    out.push('');
  }
  if (r.actions.length > 0 || r.rotations.length > 0) out.push(...ledgerSection(r, lang));
  if (r.rotations.length > 0) {
    out.push(pick(L.rotations, lang));
    out.push(textTable(pick(L.rotationHeader, lang),
      r.rotations.map((x) => [String(x.year), x.from, x.to, x.category, x.teachers.toLocaleString('en-US', { maximumFractionDigits: 1 }), String(x.untilYear), x.distanceKm === null ? '—' : x.distanceKm.toFixed(1)])), '');
  }
  if (r.shadowPrices.length > 0) {
    out.push(pick(L.shadow, lang));
    for (const s of r.shadowPrices) out.push(`  ${pick(s.message, lang)} (${s.method})`);
    out.push('');
  }
  if (r.notes.length > 0) {
    out.push(pick(L.notes, lang));
    for (const n of reportNotes(r)) out.push(`  - ${pick(n, lang)}`);
  }
  return out.join('\n');
}

/**
 * Actions by year and school with the money each year costs from the cost ledger: a school's line
 * includes the salaries of teachers it hired earlier, and each year closes with its total (= the money
 * table's total) split into new actions, earlier hires' salaries and rotation subsidies.
 */
function ledgerSection(r: SolveReport, lang: Lang): string[] {
  const out = [`${pick(L.actions, lang)}${pick(L.money, lang)}`];
  const rows = actionLedgerRows(r);
  const sep = lang === 'en' ? '; ' : '；';
  const years = ledgerYears(r);
  for (const y of years) {
    out.push(`  ${y.year}  ${pick(L.yearTotal, lang)} ${wan(y.total)} = ${pick(L.newActions, lang)} ${wan(y.newActions)} + ${pick(L.continuing, lang)} ${wan(y.continuing)} + ${pick(L.subsidies, lang)} ${wan(y.rotations)}`);
    const schools = [...new Set(rows.filter((x) => x.year === y.year).map((x) => x.schoolId))];
    for (const id of schools) {
      const mine = rows.filter((x) => x.year === y.year && x.schoolId === id);
      const started = mine.filter((x) => !x.continuing).map((x) => actionText(x.action, lang));
      const salaries = mine.filter((x) => x.continuing).reduce((s, x) => s + x.yuan, 0);
      if (salaries > 0) started.push(`${pick(L.salaries, lang)} ${wan(salaries)}`);
      out.push(`    ${id} ${mine[0]!.schoolName} [${wan(schoolYearCost(rows, y.year, id))}]: ${started.join(sep)}`);
    }
  }
  out.push(`  ${pick(L.planTotal, lang)} ${wan(years.reduce((s, y) => s + y.total, 0))}`, '');
  return out;
}
