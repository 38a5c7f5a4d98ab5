/** GET /api/health, and `/`: a minimal page linking to the API docs until the front end exists. */
import { Type } from '@sinclair/typebox';
import type { App, RouteContext } from '../context.ts';

const Health = Type.Object({
  status: Type.Literal('ok'),
  uptimeSeconds: Type.Number(),
  solveThreads: Type.Integer({ description: 'worker threads in the solve pool' }),
});

const HOME = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>均衡 Junheng</title></head>
<body>
<h1>均衡 Junheng</h1>
<p>县域义务教育优质均衡规划 · county education planning. The web app is not built yet.</p>
<ul><li><a href="/docs">API documentation (interactive)</a></li><li><a href="/openapi.json">OpenAPI</a></li><li><a href="/api/health">health</a></li></ul>
</body></html>
`;

export async function homeRoutes(app: App, ctx: RouteContext): Promise<void> {
  const started = performance.now();
  app.get('/api/health', {
    schema: { summary: 'The server answers', response: { 200: Health } },
  }, async () => ({ status: 'ok' as const, uptimeSeconds: (performance.now() - started) / 1000, solveThreads: ctx.pool.threads }));

  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(HOME));
}
