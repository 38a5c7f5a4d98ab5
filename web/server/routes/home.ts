/** GET /api/health, and `/`: the built web app, or a page saying how to build it with the API links. */
import { Health } from '../../contract/index.ts';
import type { App, RouteContext } from '../context.ts';
import { appDirFrom, appIsBuilt, appStaticRoutes } from './app-static.ts';

export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>均衡 Junheng</title></head>
<body>
<h1>均衡 Junheng</h1>
<p>县域义务教育优质均衡规划 · county education planning.</p>
<p>网页应用尚未构建：请运行 <code>npm run build:app</code>（或 <code>npm start</code>）后刷新。
The web app is not built: run <code>npm run build:app</code> (or <code>npm start</code>) and reload.</p>
<ul><li><a href="/docs">API documentation (interactive)</a></li><li><a href="/openapi.json">OpenAPI</a></li><li><a href="/api/health">health</a></li></ul>
</body></html>
`;

/** appDir: see appDirFrom (undefined → JUNHENG_APP_DIR or web/app/dist; null → no app). */
export async function homeRoutes(app: App, ctx: RouteContext, appDir?: string | null): Promise<void> {
  const started = performance.now();
  app.get('/api/health', {
    schema: { summary: 'The server answers', response: { 200: Health } },
  }, async () => ({ status: 'ok' as const, uptimeSeconds: (performance.now() - started) / 1000, solveThreads: ctx.pool.threads }));

  const dir = appDirFrom(appDir);
  if (appIsBuilt(dir)) await appStaticRoutes(app, dir);
  else app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(NOT_BUILT_PAGE));
}
