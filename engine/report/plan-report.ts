/** A solved plan as text for people: status, yearly money and results, coefficients, actions, rotations. */
import type { PlanAction } from '../plan/types.ts';
import type { SolveReport } from '../optimize/solve-report.ts';
import { SPEND_CATEGORIES } from '../plan/types.ts';
import type { Standard } from '../standards/types.ts';
import { formatCoefficient, pick, type Lang } from './format.ts';
import { SPEND_COLUMN_LABELS } from './labels.ts';
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
  money: { zh: '（万元）', en: ' (10k yuan)' },
  cvTitle: { zh: '差异系数（按学生数加权）', en: 'Difference coefficients (student-weighted)' },
  actions: { zh: '各校行动', en: 'Actions by school' },
  rotations: { zh: '教师交流轮岗', en: 'Teacher rotations' },
  shadow: { zh: '追加资金的边际效果', en: 'What more money buys' },
  infeasible: { zh: '方案不可行，原因：', en: 'The scenario is infeasible because:' },
  notes: { zh: '说明', en: 'Notes' },
};

const wan = (yuan: number) => (yuan / 10_000).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

function actionText(a: PlanAction, lang: Lang): string {
  const n = a.amount.toLocaleString('en-US', { maximumFractionDigits: a.unit === 'm2' ? 0 : 0 });
  const zh = lang !== 'en';
  switch (a.kind) {
    case 'teachingArea': return zh ? `新建教学用房${n}㎡（${a.servesFrom}年起使用）` : `build ${n} m² teaching rooms (serve from ${a.servesFrom})`;
    case 'sportsArea': return zh ? `新建运动场地${n}㎡（${a.servesFrom}年起使用）` : `build ${n} m² sports ground (serve from ${a.servesFrom})`;
    case 'project': return zh ? `实施项目${a.projectId}（${n}㎡，${a.servesFrom}年起使用）` : `start project ${a.projectId} (${n} m², serves from ${a.servesFrom})`;
    case 'equipment': return zh ? `购置教学仪器设备${wan(a.amount)}万元` : `buy ${n} yuan of teaching equipment`;
    case 'multimediaRooms': return zh ? `建设网络多媒体教室${n}间` : `fit out ${n} multimedia classroom(s)`;
    case 'classrooms': return zh ? `新建标准教室${n}间（增加${n}个班）` : `build ${n} standard classroom(s) (${n} more class(es))`;
    case 'musicRooms': return zh ? `建设音乐专用教室${n}间` : `fit out ${n} music room(s)`;
    case 'artRooms': return zh ? `建设美术专用教室${n}间` : `fit out ${n} art room(s)`;
    case 'hire': {
      const cat = { general: { zh: '教师', en: 'teacher(s)' }, peArt: { zh: '体育艺术教师', en: 'PE/art teacher(s)' }, backbone: { zh: '骨干教师', en: 'backbone teacher(s)' } }[a.category!];
      return zh ? `招聘${cat.zh}${n}名` : `hire ${n} ${cat.en}`;
    }
    case 'degreeUpgrade': return zh ? `${n}名教师学历提升` : `upgrade the degree of ${n} teacher(s)`;
  }
}

export function planReport(r: SolveReport, standard: Standard, lang: Lang): string {
  const out: string[] = [];
  out.push(`${r.scenario}`);
  out.push(`${pick(L.status, lang)}: ${r.status} (${r.method}); ${pick(L.objective, lang)}: ${r.objective.value === null ? '—' : r.objective.value.toFixed(4)} [${r.objective.kind}: ${r.objective.unit}]`);
  out.push(`model ${r.model.rows} rows × ${r.model.columns} columns (${r.model.integers} integer), build ${r.model.buildSeconds.toFixed(2)} s, solve ${r.model.solveSeconds.toFixed(2)} s, ${r.model.solver}`, '');
  if (r.infeasibility) {
    out.push(pick(L.infeasible, lang));
    for (const m of r.infeasibility.messages) out.push(`  - ${pick(m, lang)}`);
    out.push('');
  }
  if (r.years.length > 0) {
    const header = [pick(L.year, lang), pick(L.budget, lang), pick(L.available, lang), ...SPEND_CATEGORIES.map((k) => pick(SPEND_COLUMN_LABELS[k], lang)), pick(L.total, lang), pick(L.passing, lang), pick(L.floor, lang)];
    out.push(`${pick(L.money, lang).replace(/[（）()]/g, '').trim()}`);
    out.push(textTable(header, r.years.map((y) => [String(y.year), wan(y.budget), wan(y.available), ...SPEND_CATEGORIES.map((k) => wan(y.spend[k])), wan(y.spend.total),
      `${y.schoolsPassing}/${y.schoolsTotal}`, y.floor.toFixed(3)])), '');
    out.push(pick(L.cvTitle, lang));
    const cvHeader = [''];
    for (const y of r.years) cvHeader.push(`${y.year} ${lang === 'en' ? 'P' : '小'}`, `${y.year} ${lang === 'en' ? 'J' : '初'}`);
    out.push(textTable(cvHeader, standard.indicators.map((ind) => [pick(ind.short, lang),
      ...r.years.flatMap((y) => [formatCoefficient(y.cv.primary[ind.key] ?? null), formatCoefficient(y.cv.junior[ind.key] ?? null)])])), '');
  }
  if (r.actions.length > 0) {
    out.push(pick(L.actions, lang));
    for (const year of new Set(r.actions.map((a) => a.year))) {
      out.push(`  ${year}`);
      const bySchool = new Map<string, PlanAction[]>();
      for (const a of r.actions.filter((x) => x.year === year)) bySchool.set(a.schoolId, [...(bySchool.get(a.schoolId) ?? []), a]);
      for (const [id, list] of bySchool) {
        out.push(`    ${id} ${list[0]!.schoolName}: ${list.map((a) => actionText(a, lang)).join(lang === 'en' ? '; ' : '；')}`);
      }
    }
    out.push('');
  }
  if (r.rotations.length > 0) {
    out.push(pick(L.rotations, lang));
    out.push(textTable(['year', 'from', 'to', 'category', 'teachers', 'until', 'km'].map((h) => h),
      r.rotations.map((x) => [String(x.year), x.from, x.to, x.category, String(x.teachers), String(x.untilYear), x.distanceKm === null ? '—' : x.distanceKm.toFixed(1)])), '');
  }
  if (r.shadowPrices.length > 0) {
    out.push(pick(L.shadow, lang));
    for (const s of r.shadowPrices) out.push(`  ${pick(s.message, lang)} (${s.method})`);
    out.push('');
  }
  if (r.notes.length > 0) {
    out.push(pick(L.notes, lang));
    for (const n of r.notes) out.push(`  - ${n}`);
  }
  return out.join('\n');
}
