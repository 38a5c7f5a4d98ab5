/** Admin screens' API: the audit trail and the trash (restore one item, or empty it). */
import { Type } from '@sinclair/typebox';
import { CHECKED_IN_HANDLER, type App, type RouteContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { now } from '../store/database.ts';
import { AuditEntry, AuditQuery, ErrorRef, IdParams, TrashItem } from '../../contract/index.ts';

/** Restoring needs no body; an empty object is accepted. */
const NoBody = Type.Unsafe<unknown>({ [CHECKED_IN_HANDLER]: true, type: 'object', description: 'none needed' });

export async function adminRoutes(app: App, ctx: RouteContext): Promise<void> {
  const { audit, trash } = ctx.store;
  const who = (request: { user?: { name: string } }): string | null => request.user?.name ?? null;

  app.get('/api/audit', {
    schema: { summary: 'The audit trail, newest first: who created, edited, deleted, ran, simulated or signed in, and when', tags: ['admin'], querystring: AuditQuery, response: { 200: Type.Array(AuditEntry), 400: ErrorRef, 401: ErrorRef, 403: ErrorRef } },
  }, async (request) => audit.list(request.query.limit ?? 200, request.query.before));

  app.get('/api/trash', {
    schema: { summary: 'Deleted datasets and scenarios that can still be restored', tags: ['admin'], response: { 200: Type.Array(TrashItem), 401: ErrorRef, 403: ErrorRef } },
  }, async () => trash.list());

  for (const kind of ['dataset', 'scenario'] as const) {
    app.post(`/api/trash/${kind}s/:id/restore`, {
      schema: { summary: `Restore a deleted ${kind}`, tags: ['admin'], params: IdParams, body: NoBody, response: { 204: Type.Null(), 400: ErrorRef, 401: ErrorRef, 403: ErrorRef, 404: ErrorRef } },
    }, async (request, reply) => {
      if (!trash.restore(kind, request.params.id)) throw notFound(`${kind} in the trash`, request.params.id);
      audit.record(who(request), `${kind}-restore`, `${kind}:${request.params.id}`);
      return reply.status(204).send(null);
    });
  }

  app.delete('/api/trash', {
    schema: { summary: 'Empty the trash (runs keep the inputs they used)', tags: ['admin'], response: { 200: Type.Object({ removed: Type.Integer() }), 401: ErrorRef, 403: ErrorRef } },
  }, async (request) => {
    const removed = trash.empty(now());
    audit.record(who(request), 'trash-empty', undefined, `${removed} item(s)`);
    return { removed };
  });
}
