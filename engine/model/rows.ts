/** Adding a row from a linear expression, tagged with its family for infeasibility explanations. */
import type { FamilyRow, ModelContext } from './context.ts';
import type { LinExpr } from './linear.ts';

export function addRow(
  ctx: ModelContext,
  name: string,
  expr: LinExpr,
  bounds: { lb?: number; ub?: number },
  family?: Omit<FamilyRow, 'row'>,
): number {
  const lb = bounds.lb === undefined ? undefined : bounds.lb - expr.constant;
  const ub = bounds.ub === undefined ? undefined : bounds.ub - expr.constant;
  const row = ctx.b.addConstraint(name, expr.entries(), { ...(lb !== undefined ? { lb } : {}), ...(ub !== undefined ? { ub } : {}) });
  if (family) ctx.families.push({ ...family, row });
  return row;
}
