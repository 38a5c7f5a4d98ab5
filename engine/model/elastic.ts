/** Elastic copy of a model: family rows get penalised slack columns so that it is always feasible. */
import type { LpModel } from '../solve/model.ts';
import type { FamilyRow } from './context.ts';

/** Penalty per unit of slack: money first, then teachers, land, and schools last. */
const PENALTY: Record<FamilyRow['unit'], number> = { 'wan-yuan': 1, m2: 0.5, teachers: 200, ratio: 1e4, schools: 1e5 };

export interface ElasticModel {
  model: LpModel;
  slacks: { column: number; family: FamilyRow }[];
}

/** `relax` chooses which family rows get slack; the objective becomes the total penalty. */
export function elasticModel(model: LpModel, families: FamilyRow[], relax: (f: FamilyRow) => boolean): ElasticModel {
  const variables = model.variables.map((v) => ({ ...v, cost: 0 }));
  const constraints = model.constraints.map((c) => ({ ...c, terms: [...c.terms] }));
  const slacks: ElasticModel['slacks'] = [];
  for (const f of families) {
    if (!relax(f)) continue;
    const column = variables.push({ name: `slack[${constraints[f.row]!.name}]`, lb: 0, ub: Infinity, cost: PENALTY[f.unit] }) - 1;
    constraints[f.row]!.terms.push([column, f.side === 'lb' ? 1 : -1]);
    slacks.push({ column, family: f });
  }
  return { model: { ...model, sense: 'min', objectiveConstant: 0, variables, constraints }, slacks };
}
