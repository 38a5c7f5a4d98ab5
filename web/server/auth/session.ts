/**
 * Sessions and roles. With no users in the database the server is the single-user tool it always was (the server
 * refuses to start off loopback then, see server.ts); once one exists, every /api route but /api/health and
 * POST /api/session needs a session cookie: 401 without one, 403 for a role below the route's.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, RouteContext } from '../context.ts';
import { HttpError } from '../errors.ts';
import { ROLES, type Role, type User } from '../store/users.ts';
import { SESSION_HOURS } from '../store/users.ts';
import { ErrorRef, SessionBody, SignIn } from '../../contract/index.ts';
import { SignInThrottle } from './throttle.ts';

export const COOKIE = 'junheng_session';

declare module 'fastify' {
  interface FastifyRequest { user?: User }
}

const rank = (role: Role): number => ROLES.indexOf(role);

/** The least role a request needs, or null for the open routes. Reads are for viewers; comparing runs is a read. */
export function requiredRole(method: string, path: string): Role | null {
  if (!path.startsWith('/api/')) return null;
  if (path === '/api/health' || (path === '/api/session' && method === 'POST')) return null;
  if (path === '/api/session') return 'viewer';
  if (path.startsWith('/api/audit') || path.startsWith('/api/trash')) return 'admin';
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return 'viewer';
  if (path === '/api/compare') return 'viewer';
  if (method === 'DELETE') return 'admin';
  return 'planner';
}

export function sessionToken(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

function setCookie(reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  reply.header('set-cookie', `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}`);
}

export function installSessionCheck(app: App, ctx: RouteContext): void {
  app.addHook('onRequest', async (request) => {
    const token = sessionToken(request);
    if (token) request.user = ctx.store.users.session(token);
    const path = request.url.split('?')[0]!;
    const needed = requiredRole(request.method, path);
    if (needed === null || ctx.store.users.count() === 0) return;
    if (!request.user) throw new HttpError(401, 'sign-in-required', 'sign in first: POST /api/session with {"name", "password"}');
    if (rank(request.user.role) < rank(needed)) {
      throw new HttpError(403, 'forbidden', `${request.user.name} is a ${request.user.role}; this needs the ${needed} role`);
    }
  });
}

export async function sessionRoutes(app: App, ctx: RouteContext): Promise<void> {
  const throttle = new SignInThrottle();
  const { users, audit } = ctx.store;

  app.post('/api/session', {
    schema: { summary: 'Sign in: sets an HttpOnly, SameSite=Strict session cookie', tags: ['session'], security: [], body: SignIn, response: { 200: SessionBody, 400: ErrorRef, 401: ErrorRef, 429: ErrorRef } },
  }, async (request, reply) => {
    const { name, password } = request.body;
    const keys = [`name:${name.normalize('NFKC').toLowerCase()}`, `ip:${request.ip}`];
    const wait = throttle.wait(keys);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new HttpError(429, 'too-many-sign-ins', `too many failed sign-ins for this name or from this address; try again in ${wait} s`);
    }
    const user = await users.check(name, password);
    if (!user) {
      throttle.fail(keys);
      audit.record(null, 'sign-in-failed', `user:${name.slice(0, 200)}`, `from ${request.ip}`);
      throw new HttpError(401, 'bad-sign-in', 'the name or the password is wrong');
    }
    throttle.succeed(keys.slice(0, 1));
    setCookie(reply, users.openSession(user.id), SESSION_HOURS * 3600);
    audit.record(user.name, 'sign-in', `user:${user.name}`, `from ${request.ip}`);
    return { user: { name: user.name, role: user.role }, authRequired: true };
  });

  app.get('/api/session', {
    schema: { summary: 'Who is signed in; authRequired false on a single-user server', tags: ['session'], response: { 200: SessionBody, 401: ErrorRef } },
  }, async (request) => ({
    user: request.user ? { name: request.user.name, role: request.user.role } : null,
    authRequired: users.count() > 0,
  }));

  app.delete('/api/session', {
    schema: { summary: 'Sign out', tags: ['session'], response: { 204: Type.Null(), 401: ErrorRef } },
  }, async (request, reply) => {
    const token = sessionToken(request);
    if (token) users.closeSession(token);
    if (request.user) audit.record(request.user.name, 'sign-out', `user:${request.user.name}`);
    setCookie(reply, '', 0);
    return reply.status(204).send(null);
  });
}
