/**
 * The OpenAPI document: version 3.1 (the JSON Schema TypeBox writes, numeric exclusiveMinimum and type unions,
 * is valid there); every operation gets an operationId and a tag; the session cookie is the security scheme.
 */
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { COOKIE, requiredRole } from './auth/session.ts';

/** operationId from method and path: GET /api/runs/{id}/events → getRunsIdEvents. */
export function operationId(method: string, url: string): string {
  const words = url.replace(/^\/api\//, '').split(/[/:{}-]+/).filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

export const OPENAPI_OPTIONS: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: { title: 'Junheng (均衡) API', version: '0.1.0', description: 'County compulsory-education planning: datasets, scenarios, solves, sweeps and comparisons. Once the server has accounts, sign in with POST /api/session; roles: viewer, planner, admin.' },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: COOKIE, description: 'set by POST /api/session (HttpOnly, SameSite=Strict)' } } },
    security: [{ session: [] }],
    tags: ['health', 'session', 'datasets', 'scenarios', 'runs', 'sweeps', 'compare', 'admin'].map((name) => ({ name })),
  },
  refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  transform: ({ schema, url, route }) => {
    const method = Array.isArray(route.method) ? route.method[0]! : route.method;
    const segment = url.split('/')[2] ?? 'api';
    const tag = segment === 'trash' || segment === 'audit' ? 'admin' : segment;
    const open = requiredRole(method, url) === null;
    const transformed = { ...(schema ?? {}), operationId: operationId(method, url), tags: (schema as { tags?: string[] } | undefined)?.tags ?? [tag], ...(open ? { security: [] } : {}) };
    return { schema: transformed as typeof schema, url };
  },
};
