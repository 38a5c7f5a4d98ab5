/**
 * Warm starts across what-ifs: the plan of a neighbouring solve (the next smaller budget of a sweep, the
 * previous run of an edited scenario) as the starting plan of this one. The plan travels in the domain's
 * words (actions and rotations, as a report or a stored run holds them), and this model maps it onto its
 * own columns by school, plan year and kind, so the two scenarios need not build the same columns.
 *
 * A start is used only when it is a plan of *this* scenario: every action maps to a column of this model
 * within its bounds, the plan check (engine/plan/check: simulator replay of budgets, hiring, construction,
 * targets and rotation) finds nothing, and the model with those decisions fixed has a solution (the
 * auxiliary columns: carry-over, school-passes, floors). Otherwise there is no start and the solve runs as
 * without one. A plan stays feasible when only the budget grows, so a sweep in order of increasing budget
 * has a start at every point; solveScenario keeps the start when its own search ends with a worse plan,
 * so the frontier never loses ground with more money.
 */
import type { PlanningModel } from '../model/build.ts';
import { EQUIPMENT_UNIT } from '../model/context.ts';
import type { Note } from '../model/note.ts';
import { fmt } from '../plan/check/context.ts';
import { checkPlan } from '../plan/check/index.ts';
import type { PlanViolation } from '../plan/simulate.ts';
import type { PlanAction, Rotation } from '../plan/types.ts';
import { checkFeasibility, type Solver } from '../solve/model.ts';
import type { Standard } from '../standards/types.ts';
import { fixColumns } from './heuristic.ts';
import { planObjective } from './plan-objective.ts';
import type { Limits } from './stages.ts';

/** A plan to start from: what a SolveReport or a stored run's result holds. */
export interface StartPlan {
  actions: readonly PlanAction[];
  rotations: readonly Rotation[];
}

/** Why a start does not fit this scenario, in English and Chinese (for the report's note). */
export interface Misfit { misfit: string; misfitZh: string }

/** The start as a point of this model, or why it does not fit. */
export type StartPoint = { x: number[] } | Misfit;

function misfitOf(why: Note): Misfit {
  return { misfit: why.en, misfitZh: why.zh };
}

/** Share of the scenario's time limit (at least 1 s) the solve with the start's decisions fixed may take. */
const START_SHARE = 0.1;

/** Every decision column of the model (carry-over is not a decision: it follows from spending). */
function decisionColumns(pm: PlanningModel): number[] {
  const { cols } = pm.ctx;
  const grids = [cols.teachingArea, cols.sportsArea, cols.equipment, cols.multimediaRooms, cols.upgrade, cols.project,
    cols.classrooms, cols.musicRooms, cols.artRooms, ...Object.values(cols.hire), ...Object.values(cols.out), ...Object.values(cols.in)];
  return grids.flatMap((g) => g.flat()).filter((j) => j >= 0);
}

/** Column → value of the plan's decisions in this model (absent decisions 0), or the first thing that does not map. */
export function startColumns(pm: PlanningModel, plan: StartPlan): Map<number, number> | Misfit {
  const { ctx } = pm;
  const { cols } = ctx;
  const values = new Map(decisionColumns(pm).map((j) => [j, 0]));
  const school = new Map(ctx.schools.map((s, si) => [s.id, si]));
  let misfit: Note | undefined;
  const add = (grid: number[][] | undefined, row: number | undefined, year: number, amount: number, what: Note): void => {
    const t = ctx.scenario.years.indexOf(year);
    const j = row === undefined || t < 0 ? -1 : grid?.[row]?.[t] ?? -1;
    if (j < 0) misfit ??= { zh: `${what.zh}（${year} 年）不是本情景的决策`, en: `${what.en} in ${year} is not a decision of this scenario` };
    else values.set(j, values.get(j)! + amount);
  };
  for (const a of plan.actions) {
    const si = school.get(a.schoolId);
    const what = { zh: `学校 ${a.schoolId} 的 ${a.kind}`, en: `${a.kind} at ${a.schoolId}` };
    switch (a.kind) {
      case 'teachingArea': add(cols.teachingArea, si, a.year, a.amount, what); break;
      case 'sportsArea': add(cols.sportsArea, si, a.year, a.amount, what); break;
      case 'equipment': add(cols.equipment, si, a.year, a.amount / EQUIPMENT_UNIT, what); break;
      case 'multimediaRooms': add(cols.multimediaRooms, si, a.year, a.amount, what); break;
      case 'hire': add(a.category ? cols.hire[a.category] : undefined, si, a.year, a.amount, what); break;
      case 'degreeUpgrade': add(cols.upgrade, si, a.year, a.amount, what); break;
      case 'classrooms': add(cols.classrooms, si, a.year, a.amount, what); break;
      case 'musicRooms': add(cols.musicRooms, si, a.year, a.amount, what); break;
      case 'artRooms': add(cols.artRooms, si, a.year, a.amount, what); break;
      case 'project': {
        const pi = ctx.scenario.construction.projects.findIndex((p) => p.id === a.projectId);
        add(cols.project, pi < 0 ? undefined : pi, a.year, 1, { zh: `建设项目 ${a.projectId ?? '?'}`, en: `project ${a.projectId ?? '?'}` });
        break;
      }
    }
  }
  for (const r of plan.rotations) {
    add(cols.out[r.category], school.get(r.from), r.year, r.teachers, { zh: `学校 ${r.from} 派出的轮岗`, en: `rotation from ${r.from}` });
    add(cols.in[r.category], school.get(r.to), r.year, r.teachers, { zh: `学校 ${r.to} 接收的轮岗`, en: `rotation to ${r.to}` });
  }
  if (misfit) return misfitOf(misfit);
  for (const [j, v] of values) {
    const col = pm.model.variables[j]!;
    const off = Math.max(col.lb - v, v - col.ub) > 1e-9 * Math.max(1, Math.abs(v)) || (col.integer && Math.abs(v - Math.round(v)) > 1e-9);
    if (off) {
      return misfitOf({
        zh: `${col.name} = ${v} 超出本情景的取值范围 [${col.lb}, ${col.ub}]${col.integer ? '或不是整数' : ''}`,
        en: `${col.name} = ${v} is outside this scenario's bounds [${col.lb}, ${col.ub}]${col.integer ? ' or not whole' : ''}`,
      });
    }
    // Whole to the last bit: a fixed integer column at 3.0000000000004 would be an empty range for the solver.
    if (col.integer) values.set(j, Math.round(v));
  }
  return values;
}

/** The start as a point of this model: mapped, checked by the plan check, auxiliary columns solved with the decisions fixed. */
export async function startPoint(pm: PlanningModel, plan: StartPlan, standard: Standard, solver: Solver, limits: Limits): Promise<StartPoint> {
  const mapped = startColumns(pm, plan);
  if (!(mapped instanceof Map)) return mapped;
  const { county, scenario } = pm.ctx;
  const violations = checkPlan(county, scenario, { scenario: scenario.name, years: scenario.years, actions: [...plan.actions], rotations: [...plan.rotations] }, standard);
  if (violations.length > 0) return misfitOf(checkMisfit(violations));
  const fixed = fixColumns(pm.model, [...mapped.keys()], [...mapped.values()]);
  const r = await solver.solve(fixed, { ...limits, timeLimitSeconds: Math.min(limits.timeLimitSeconds, Math.max(1, START_SHARE * limits.timeLimitSeconds)) });
  if (r.values.length === 0) return misfitOf({ zh: `固定其决策后无解（${r.status}）`, en: `no solution with its decisions fixed (${r.status})` });
  const broken = checkFeasibility(pm.model, r.values);
  if (broken.length > 0) return misfitOf({ zh: `约束或界限 ${broken[0]!.name} 被违反 ${broken[0]!.amount}`, en: `row or bound ${broken[0]!.name} broken by ${broken[0]!.amount}` });
  return { x: r.values };
}

/** The plan check's first violation (its message is English; the Chinese names its rule, year, school, value and limit). */
function checkMisfit(violations: readonly PlanViolation[]): Note {
  const [v, more] = [violations[0]!, violations.length - 1];
  const where = [`规则 ${v.rule}`, ...(v.year !== undefined ? [`${v.year} 年`] : []), ...(v.schoolId !== undefined ? [`学校 ${v.schoolId}`] : [])].join('，');
  return {
    zh: `方案核查未通过（${where}：数值 ${fmt(v.amount)}，限值 ${fmt(v.limit)}${more > 0 ? `；另有 ${more} 处` : ''}）`,
    en: `the plan check: ${v.message}${more > 0 ? ` (and ${more} more)` : ''}`,
  };
}

/** Relative difference of objectives below which the solve's own plan stands (an LP optimum is not swapped for noise). */
const BETTER = 1e-9;

/** The start when it is better than the plan x on the primary objective (model units, minimised) by more than BETTER, else x. */
export function betterOfStart(pm: PlanningModel, x: number[], start: StartPoint | undefined): { x: number[]; kept: boolean } {
  if (!start || !('x' in start)) return { x, kept: false };
  const mine = planObjective(pm, x);
  const theirs = planObjective(pm, start.x);
  if (mine === undefined || theirs === undefined || !(theirs < mine - BETTER * Math.max(1, Math.abs(mine)))) return { x, kept: false };
  return { x: start.x, kept: true };
}
