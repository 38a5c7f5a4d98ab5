/**
 * The built planner workspace (web/app/dist) at `/`: hashed assets cached for a year, index.html never cached,
 * and every other GET path outside /api and /docs answered with index.html (the app picks the screen).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { App } from '../context.ts';

export const DEFAULT_APP_DIR = fileURLToPath(new URL('../../app/dist/', import.meta.url));

/** Hashed file names (Vite's `name-hash.ext` under assets/) never change content. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The app folder: the option, else JUNHENG_APP_DIR, else web/app/dist; null turns the app off. */
export function appDirFrom(option: string | null | undefined, env: NodeJS.ProcessEnv = process.env): string | null {
  if (option === null) return null;
  return resolve(option ?? (env.JUNHENG_APP_DIR || DEFAULT_APP_DIR));
}

export function appIsBuilt(dir: string | null): dir is string {
  return dir !== null && existsSync(join(dir, 'index.html'));
}

function isApiPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return /^\/(api|docs)(\/|$)/.test(path) || path === '/openapi.json';
}

/** Registers the app's files; call only when appIsBuilt(dir). */
export async function appStaticRoutes(app: App, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    wildcard: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : REVALIDATE);
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (isApiPath(request.url)) return reply.callNotFound();
    return reply.header('cache-control', REVALIDATE).type('text/html; charset=utf-8').sendFile('index.html');
  });
}
