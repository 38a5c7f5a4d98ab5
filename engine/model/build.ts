/** Assembles the planning LP/MIP from the constraint families; objectives stay expressions for the solve stages. */
import type { County } from '../county/types.ts';
import type { RotationRoles } from '../plan/rotation-roles.ts';
import type { RotationCategory } from '../plan/types.ts';
import type { SchoolEnrollment } from '../scenario/enrollment.ts';
import type { Scenario } from '../scenario/resolve.ts';
import type { LpModel } from '../solve/model.ts';
import type { Standard } from '../standards/types.ts';
import { buildAmounts, buildSpend, totalCost } from './amounts.ts';
import { addArtsRoomConstraints, addArtsRoomVariables } from './arts-rooms.ts';
import { addBudgetConstraints } from './budget.ts';
import { addClassroomConstraints, addClassroomVariables } from './classrooms.ts';
import { addConstructionConstraints } from './construction.ts';
import { createContext, type ModelContext } from './context.ts';
import { addHiringConstraints } from './hiring.ts';
import type { LinExpr } from './linear.ts';
import { addFloorObjective, addShortfallObjective } from './objective.ts';
import { addRotationConstraints } from './rotation.ts';
import { addRotationLevelConstraints } from './rotation-levels.ts';
import { addTargetConstraints } from './targets.ts';
import { addBudgetVariables, addConstructionVariables, addHiringVariables, addPurchaseVariables, addRotationVariables } from './variables.ts';
import type { Note } from './note.ts';

export interface PlanningModel {
  ctx: ModelContext;
  model: LpModel;
  /** Primary objective (minimised), total cost in 万元, and the shortfall expression when built. */
  objective: LinExpr;
  cost: LinExpr;
  shortfall?: LinExpr;
  schoolPass?: number[][];
}

/** What the model is built for besides the scenario: computed by the optimize layer. */
export interface PlanningInputs {
  /** Students per school and plan year the plan must serve (the projection, or robust quantiles). */
  enrollment: Map<string, SchoolEnrollment>;
  /** Donors and receivers per rotation category (engine/plan/rotation-roles.ts). */
  roles: Record<RotationCategory, RotationRoles>;
  /** Notes that open the model's notes, e.g. how the enrollment was chosen. */
  notes?: readonly Note[];
}

export function buildPlanningModel(county: County, scenario: Scenario, standard: Standard, inputs: PlanningInputs): PlanningModel {
  const { roles } = inputs;
  const ctx = createContext(county, scenario, standard, inputs.enrollment, inputs.notes);
  addConstructionVariables(ctx);
  addPurchaseVariables(ctx);
  addHiringVariables(ctx);
  addRotationVariables(ctx, roles);
  addBudgetVariables(ctx);
  addClassroomVariables(ctx);
  addArtsRoomVariables(ctx);
  buildAmounts(ctx);
  buildSpend(ctx);
  addBudgetConstraints(ctx);
  addHiringConstraints(ctx);
  addConstructionConstraints(ctx);
  addRotationConstraints(ctx, roles);
  if (scenario.rotation.levelAware) addRotationLevelConstraints(ctx, roles);
  addClassroomConstraints(ctx);
  addArtsRoomConstraints(ctx);
  const schoolPass = addTargetConstraints(ctx);
  const cost = totalCost(ctx);
  const kind = scenario.objective.kind;
  const needShortfall = kind === 'shortfall' || scenario.objective.tieBreak === 'shortfall';
  const shortfall = needShortfall ? addShortfallObjective(ctx) : undefined;
  const objective = kind === 'floor' ? addFloorObjective(ctx) : kind === 'shortfall' ? shortfall! : cost;
  const model = withObjective(ctx.b.build(), objective);
  return { ctx, model, objective, cost, ...(shortfall ? { shortfall } : {}), ...(schoolPass ? { schoolPass } : {}) };
}

/** The same model minimising another expression (a copy; the input is not changed). */
export function withObjective(model: LpModel, objective: LinExpr): LpModel {
  const variables = model.variables.map((v) => ({ ...v, cost: 0 }));
  for (const [j, a] of objective.terms) variables[j]!.cost += a;
  return { ...model, sense: 'min', objectiveConstant: objective.constant, variables };
}

/** The same model with one more row `expr ≤ ub` (a copy). */
export function withRow(model: LpModel, name: string, expr: LinExpr, bounds: { lb?: number; ub?: number }): LpModel {
  const row = {
    name,
    terms: expr.entries(),
    lb: bounds.lb === undefined ? -Infinity : bounds.lb - expr.constant,
    ub: bounds.ub === undefined ? Infinity : bounds.ub - expr.constant,
  };
  return { ...model, constraints: [...model.constraints, row] };
}

/** Continuous relaxation (a copy). */
export function relaxed(model: LpModel): LpModel {
  return { ...model, variables: model.variables.map(({ integer: _integer, ...v }) => v) };
}
