/**
 * The plan told year by year, generated from a solve report in either language, e.g. "2026年：投入 1,264.1 万元，
 * 新建教学及辅助用房 3,200 平方米（4 所学校）、招聘教师 12 名（6 所学校）；16 所学校达标（共 38 所），达到 40% 的目标。"
 */
import type { SolveReport } from '../../../../engine/optimize/solve-report.ts';
import type { ActionKind, PlanAction } from '../../../../engine/plan/types.ts';
import type { Formats, Lang } from '../i18n/format.ts';
import { fillTemplate } from '../i18n/i18n.tsx';

const KIND_ORDER: ActionKind[] = ['teachingArea', 'sportsArea', 'project', 'classrooms', 'equipment', 'multimediaRooms', 'musicRooms', 'artRooms', 'hire', 'degreeUpgrade'];

const PHRASES: Record<Lang, Record<ActionKind, string>> = {
  zh: {
    teachingArea: '新建教学及辅助用房 {n} 平方米', sportsArea: '新建/改造运动场馆 {n} 平方米', project: '开工建设候选项目 {n} 个',
    equipment: '购置教学仪器设备 {n}', multimediaRooms: '建设网络多媒体教室 {n} 间', hire: '招聘教师 {n} 名', degreeUpgrade: '提升 {n} 名教师的学历',
    classrooms: '新建标准教室 {n} 间', musicRooms: '建设音乐专用教室 {n} 间', artRooms: '建设美术专用教室 {n} 间',
  },
  en: {
    teachingArea: 'builds {n} m² of teaching rooms', sportsArea: 'builds or resurfaces {n} m² of sports grounds', project: 'starts {n} candidate {n|project|projects}',
    equipment: 'buys {n} of teaching equipment', multimediaRooms: 'fits {n} multimedia {n|classroom|classrooms}', hire: 'hires {n} {n|teacher|teachers}', degreeUpgrade: 'upgrades the degrees of {n} {n|teacher|teachers}',
    classrooms: 'builds {n} standard {n|classroom|classrooms}', musicRooms: 'fits {n} music {n|room|rooms}', artRooms: 'fits {n} art {n|room|rooms}',
  },
};


/** One phrase per action kind of the year, largest spend first: "招聘教师 12 名（6 所学校）". */
function actionPhrases(actions: readonly PlanAction[], lang: Lang, fmt: Formats): string[] {
  const byKind = new Map<ActionKind, { amount: number; count: number; cost: number; schools: Set<string> }>();
  for (const a of actions) {
    const k = byKind.get(a.kind) ?? { amount: 0, count: 0, cost: 0, schools: new Set<string>() };
    k.amount += a.amount;
    k.count += 1;
    k.cost += a.cost;
    k.schools.add(a.schoolId);
    byKind.set(a.kind, k);
  }
  return [...byKind.entries()].sort((a, b) => b[1].cost - a[1].cost || KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0])).map(([kind, k]) => {
    const n = kind === 'equipment' ? fmt.money(k.amount) : kind === 'project' ? fmt.int(k.count) : fmt.num(k.amount, kind === 'teachingArea' || kind === 'sportsArea' ? 0 : 1);
    const schools = lang === 'zh' ? `（${k.schools.size} 所学校）` : ` (${k.schools.size} ${k.schools.size === 1 ? 'school' : 'schools'})`;
    return fillTemplate(PHRASES[lang][kind], { n }) + schools;
  });
}

/** One sentence per plan year; an infeasible run gets its reasons instead. */
export function planNarrative(report: SolveReport, lang: Lang, fmt: Formats, targets?: readonly number[]): string[] {
  if (report.infeasibility || report.years.length === 0) {
    const reasons = report.infeasibility?.messages.map((x) => x[lang]) ?? [];
    return [lang === 'zh' ? `方案不可行，没有得到规划。${reasons.join('；')}` : `The scenario is infeasible: there is no plan. ${reasons.join('; ')}`];
  }
  return report.years.map((y, t) => {
    const phrases = actionPhrases(report.actions.filter((a) => a.year === y.year), lang, fmt);
    const started = report.rotations.filter((x) => x.year === y.year).reduce((s, x) => s + x.teachers, 0);
    const target = targets?.[t] ?? null;
    const needed = target === null ? null : Math.ceil(target * y.schoolsTotal - 1e-9);
    if (lang === 'zh') {
      const parts = [`投入 ${fmt.money(y.spend.total)}`];
      if (phrases.length > 0) parts.push(phrases.join('、'));
      let s = `${y.year}年：${parts.join('，')}`;
      if (started > 0) s += `；新派 ${fmt.num(started, 1)} 名教师交流轮岗`;
      s += `；${fmt.int(y.schoolsPassing)} 所学校达标（共 ${fmt.int(y.schoolsTotal)} 所）`;
      if (target !== null && target > 0) s += needed !== null && y.schoolsPassing >= needed ? `，达到 ${fmt.percent(target)} 的目标` : `，未达到 ${fmt.percent(target)} 的目标`;
      return `${s}。`;
    }
    let s = `${y.year}: spends ${fmt.money(y.spend.total)}`;
    if (phrases.length > 0) s += `; ${phrases.join(', ')}`;
    if (started > 0) s += fillTemplate('; {n} {n|teacher starts|teachers start} rotating', { n: fmt.num(started, 1) });
    s += fillTemplate('; {passing} of {total} {total|school|schools} {passing|passes|pass}', { passing: fmt.int(y.schoolsPassing), total: fmt.int(y.schoolsTotal) });
    if (target !== null && target > 0) s += needed !== null && y.schoolsPassing >= needed ? `, meeting the ${fmt.percent(target)} target` : `, short of the ${fmt.percent(target)} target`;
    return `${s}.`;
  });
}
