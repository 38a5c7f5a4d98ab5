/** Records a change in the audit trail under the signed-in user (null on a single-user server). */
import type { FastifyRequest } from 'fastify';
import type { RouteContext } from './context.ts';

export function audit(ctx: RouteContext, request: FastifyRequest, action: string, target?: string, detail?: string): void {
  ctx.store.audit.record(request.user?.name ?? null, action, target, detail);
}
