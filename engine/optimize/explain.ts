/**
 * Why a scenario is infeasible, in planners' terms: data checks first, then the model made elastic —
 * budget rows alone, then every family — and the slack each blocking family needs.
 */
import type { PlanningModel } from '../model/build.ts';
import { MONEY_UNIT, type FamilyRow } from '../model/context.ts';
import { elasticModel } from '../model/elastic.ts';
import type { RotationRoles } from '../plan/rotation-roles.ts';
import type { RotationCategory } from '../plan/types.ts';
import type { Solver } from '../solve/model.ts';
import { yuanText } from './money.ts';
import type { Infeasibility } from './solve-report.ts';
import { solveStage, type Limits } from './stages.ts';

type Message = Infeasibility['messages'][number];

/** Rotation minimum vs the eligible teachers donor schools have, over the whole plan. */
export function rotationDataChecks(pm: PlanningModel, roles: Record<RotationCategory, RotationRoles>): { message: Message; blocking: Infeasibility['blocking'][number] }[] {
  const { ctx } = pm;
  const p = ctx.scenario.rotation;
  const eligible = ctx.schools.reduce((s, x) => s + (x.eligibleTeachers ?? 0), 0);
  const donorPool = (c: RotationCategory) => ctx.schools.filter((s) => roles[c].donors.has(s.id)).reduce((sum, s) =>
    sum + (c === 'backbone' ? (s.eligibleBackbone ?? 0) : Math.max(0, (s.eligibleTeachers ?? 0) - (s.eligibleBackbone ?? 0))), 0);
  const perYear = Math.ceil(p.minShare * eligible - 1e-9);
  const needBackbone = Math.ceil(p.backboneShare * perYear - 1e-9) * ctx.T;
  const haveBackbone = donorPool('backbone');
  const out: ReturnType<typeof rotationDataChecks> = [];
  if (needBackbone > haveBackbone) {
    out.push({
      message: {
        zh: `轮岗最低要求在${ctx.T}年内需要${needBackbone}名符合交流条件的骨干教师（每年至少${Math.ceil(p.backboneShare * perYear - 1e-9)}名），全县可派出学校只有${haveBackbone}名`,
        en: `the rotation minimum needs ${needBackbone} eligible backbone teachers over ${ctx.T} years (${Math.ceil(p.backboneShare * perYear - 1e-9)} a year), the county's donor schools have ${haveBackbone}`,
      },
      blocking: { family: 'rotation-backbone', constraint: 'eligible backbone teachers', shortBy: needBackbone - haveBackbone, unit: 'teachers' },
    });
  }
  const needAll = perYear * ctx.T;
  const haveAll = donorPool('backbone') + donorPool('general');
  if (needAll > haveAll) {
    out.push({
      message: {
        zh: `轮岗最低要求在${ctx.T}年内需要${needAll}名符合交流条件的教师，全县可派出学校只有${haveAll}名`,
        en: `the rotation minimum needs ${needAll} eligible teachers over ${ctx.T} years, the county's donor schools have ${haveAll}`,
      },
      blocking: { family: 'rotation-min', constraint: 'eligible teachers', shortBy: needAll - haveAll, unit: 'teachers' },
    });
  }
  return out;
}

function describe(pm: PlanningModel, f: FamilyRow, slack: number): Message {
  const { scenario, schools } = pm.ctx;
  const year = f.year !== undefined ? scenario.years[f.year]! : undefined;
  const targets = scenario.objective.targets;
  const school = f.schoolId ? schools.find((s) => s.id === f.schoolId) : undefined;
  const who = school ? `${school.id} ${school.name}` : '';
  const n = Math.ceil(slack - 1e-6);
  switch (f.family) {
    case 'budget': {
      const money = yuanText(slack * MONEY_UNIT);
      const forTarget = targets && f.year !== undefined ? targets[f.year]! : null;
      return {
        zh: `${year}年预算缺口${money.zh}${forTarget !== null ? `（为达到${Math.round(forTarget * 100)}%学校达标的目标）` : ''}`,
        en: `year-${year} budget short by ${money.en}${forTarget !== null ? ` for the ${Math.round(forTarget * 100)}% target` : ''}`,
      };
    }
    case 'targets': {
      const t = targets![f.year!]!;
      return {
        zh: `${year}年目标${Math.round(t * 100)}%学校达标无法实现：还差${n}所学校`,
        en: `the year-${year} target of ${Math.round(t * 100)}% of schools passing cannot be met: ${n} school(s) short`,
      };
    }
    case 'rotation-min':
      return { zh: `${year}年轮岗人数最低要求还差${n}名教师`, en: `the year-${year} rotation minimum is short by ${n} teacher(s)` };
    case 'rotation-backbone':
      return { zh: `${year}年轮岗骨干教师比例要求还差${n}名骨干教师`, en: `the year-${year} backbone share of rotated teachers is short by ${n} backbone teacher(s)` };
    case 'rotation-pool':
      return { zh: `${who}符合交流条件的教师不足，差${n}名`, en: `${who} has ${n} eligible teacher(s) too few to rotate` };
    case 'rotation-max-out':
      return { zh: `${year}年${who}轮出人数超过上限${n}名`, en: `${who} would exceed its rotation-out limit in ${year} by ${n}` };
    case 'hiring-cap':
      return { zh: `${year}年新招教师上限还差${n}名`, en: `the year-${year} hiring cap is short by ${n} teacher(s)` };
    case 'quota':
      return { zh: `${year}年教师编制还差${n}名`, en: `the staffing quota in ${year} is short by ${n} teacher(s)` };
    case 'land':
      return { zh: `${who}可用土地还差${Math.ceil(slack)}平方米`, en: `${who} needs ${Math.ceil(slack).toLocaleString('en-US')} m² more land` };
    case 'protect-donors':
      return { zh: `${year}年派出学校${who}会因轮岗低于标准`, en: `donor school ${who} would fall below standard in ${year} because of rotation` };
    default:
      return { zh: `${f.family}约束无法满足（差${slack.toFixed(2)}）`, en: `${f.family} cannot be met (short by ${slack.toFixed(2)})` };
  }
}

function unitOf(f: FamilyRow): string {
  return f.unit === 'wan-yuan' ? 'yuan' : f.unit;
}

export async function explainInfeasibility(
  pm: PlanningModel, solver: Solver, limits: Limits, roles: Record<RotationCategory, RotationRoles>,
): Promise<Infeasibility> {
  const checks = rotationDataChecks(pm, roles);
  const messages: Message[] = checks.map((c) => c.message);
  const blocking: Infeasibility['blocking'] = checks.map((c) => c.blocking);
  const stages: ((f: FamilyRow) => boolean)[] = [(f) => f.family === 'budget', () => true];
  for (const relax of stages) {
    const elastic = elasticModel(pm.model, pm.ctx.families, relax);
    const stage = await solveStage(solver, elastic.model, limits);
    if (!stage.x) continue;
    const found = elastic.slacks
      .map((s) => ({ ...s, value: stage.x![s.column] ?? 0 }))
      .filter((s) => s.value > 1e-6)
      .sort((a, b) => (a.family.year ?? 0) - (b.family.year ?? 0));
    for (const s of found) {
      const f = s.family;
      messages.push(describe(pm, f, s.value));
      blocking.push({
        family: f.family, constraint: pm.model.constraints[f.row]!.name,
        ...(f.year !== undefined ? { year: pm.ctx.scenario.years[f.year]! } : {}),
        shortBy: f.unit === 'wan-yuan' ? s.value * MONEY_UNIT : s.value, unit: unitOf(f),
      });
    }
    if (found.length > 0) break;
  }
  if (messages.length === 0) {
    messages.push({ zh: '方案不可行，但未能定位到具体约束', en: 'the scenario is infeasible but no single family could be identified' });
  }
  return { messages, blocking };
}
