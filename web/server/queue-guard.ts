/**
 * With the distributed queue, a request that would start jobs (runs, restarts, simulations, sweeps, comparisons,
 * province batches) gets 503 with the reason while Redis does not answer; stored runs stay as they are, jobs
 * already submitted are added again when Redis returns (engine/node/bullmq-runner.ts), and new requests work again.
 */
import type { FastifyInstance } from 'fastify';
import type { QueueStatus } from '../../engine/node/queue.ts';
import type { ErrorBody } from '../contract/index.ts';

const JOB_ROUTES = new Set(['/api/runs', '/api/runs/:id/restart', '/api/runs/:id/simulate', '/api/sweeps', '/api/compare', '/api/batches']);

export function installQueueGuard(app: FastifyInstance, status: () => Promise<QueueStatus>): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || !JOB_ROUTES.has(request.routeOptions.url ?? '')) return;
    const now = await status();
    if (now.available) return;
    reply.header('retry-after', '10');
    return reply.status(503).send({ error: 'queue-unavailable', message: now.reason } satisfies ErrorBody);
  });
}
