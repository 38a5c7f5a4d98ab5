/** buildApp: the fastify app of the HTTP API; it never listens (web/server/server.ts does). */
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { JobRunner } from '../../engine/node/jobs.ts';
import type { QueueStatus } from '../../engine/node/queue.ts';
import { ScenarioSchema } from '../../engine/scenario/schema.ts';
import { installRequestSourceCheck, ownHostNames } from './auth/origin.ts';
import { installSessionCheck, sessionRoutes } from './auth/session.ts';
import { installBodyParsers } from './body-parsers.ts';
import { CHECKED_IN_HANDLER, type App, type RouteContext } from './context.ts';
import { installErrorHandlers } from './errors.ts';
import { defaultDeadline, type DeadlineRule } from './jobs/deadline.ts';
import { JobCancels } from './jobs/cancel.ts';
import { JobEvents } from './jobs/events.ts';
import { DEFAULT_MAX_QUEUED_JOBS } from './jobs/queue-limit.ts';
import { adminRoutes } from './routes/admin.ts';
import { cancelRoutes } from './routes/cancel.ts';
import { batchRoutes } from './routes/batches.ts';
import { compareRoutes } from './routes/compare.ts';
import { datasetRoutes } from './routes/datasets.ts';
import { exportRoutes } from './routes/exports.ts';
import { homeRoutes } from './routes/home.ts';
import { runRoutes } from './routes/runs.ts';
import { simulateRoutes } from './routes/simulate.ts';
import { scenarioRoutes } from './routes/scenarios.ts';
import { sweepRoutes } from './routes/sweeps.ts';
import { ErrorBody } from '../contract/index.ts';
import { OPENAPI_OPTIONS } from './openapi.ts';
import { installQueueGuard } from './queue-guard.ts';
import { installSecurityHeaders, SWAGGER_CSP } from './security.ts';
import type { Store } from './store/index.ts';

export const DEFAULT_UPLOAD_LIMIT = 20 * 1024 * 1024; // bytes
/** Every body but a county upload's: scenarios, runs, sweeps, comparisons are a few kB. */
export const JSON_BODY_LIMIT = 1024 * 1024; // bytes
/** Each upload holds its body (up to the upload limit) until it is stored: 12 × 20 MB, besides the import threads' heaps. */
export const DEFAULT_MAX_UPLOADS_AT_ONCE = 12;
/**
 * The largest counties have about a thousand schools (teaching points included). Storing a county and answering
 * with it are copies on the event loop that grow with it: 35,000 schools (19 MB of JSON) took 0.4 s each.
 */
export const DEFAULT_MAX_SCHOOLS = 10_000;
/** A county file is read in a few seconds; 12 uploads queued behind two threads are all read well within this. */
export const DEFAULT_UPLOAD_DEADLINE = 120_000; // ms
/** The whole request (headers and body) must arrive within this; slow senders are cut off. */
const REQUEST_TIMEOUT = 120_000; // ms

export interface AppOptions {
  store: Store;
  /** Runs solves, sweep points and Monte Carlo batches: engine/node's createWorkerPool, or a stand-in in tests. */
  pool: JobRunner;
  /** bytes; default 20 MB. */
  uploadLimitBytes?: number;
  deadline?: DeadlineRule;
  /** Runs and sweeps allowed to wait for a solve thread before new ones get 429; default 50. */
  maxQueuedJobs?: number;
  logger?: FastifyServerOptions['logger'];
  /** Host names the server answers to (Host header); default ownHostNames(): loopback, the machine's name and addresses. */
  hostNames?: Set<string>;
  /** Parses uploads in worker threads (server.ts: two low-priority threads with a 512 MB heap each); absent, uploads are parsed inline. */
  importPool?: JobRunner;
  /** Schools one uploaded county may hold; more gets 413. Default 10,000. */
  maxSchools?: number;
  /** ms an upload may wait for and take in the import pool; past it the parse is cancelled and the answer is 503. Default 120 s. */
  uploadDeadlineMs?: number;
  /** Uploads in progress at once (receiving, waiting for an import thread, parsing); one more gets 429. Default 12. */
  maxUploadsAtOnce?: number;
  /** With the BullMQ queue (REDIS_URL): whether it takes jobs; new jobs get 503 with the reason while it does not. */
  queueStatus?: () => Promise<QueueStatus>;
  /** Built web app folder; default JUNHENG_APP_DIR or web/app/dist; null serves only the API. */
  appDir?: string | null;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const uploadLimitBytes = options.uploadLimitBytes ?? DEFAULT_UPLOAD_LIMIT;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: JSON_BODY_LIMIT, requestTimeout: REQUEST_TIMEOUT }).withTypeProvider<TypeBoxTypeProvider>();
  // A county file may be sent as a JSON body to the upload route; it has the upload limit, not the 1 MB one.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (route.url === '/api/datasets' && methods.includes('POST')) route.bodyLimit ??= uploadLimitBytes;
  });
  installSecurityHeaders(app);
  installRequestSourceCheck(app, options.hostNames ?? ownHostNames());
  // Params and query strings are converted to the schema's types; bodies are checked as sent, without coercion.
  app.setValidatorCompiler((req) => {
    if (req.httpPart === 'body' && (req.schema as Record<string, unknown>)[CHECKED_IN_HANDLER]) return (value) => ({ value });
    const check = TypeBoxValidatorCompiler(req as Parameters<typeof TypeBoxValidatorCompiler>[0]);
    if (req.httpPart !== 'params') return check;
    // Conversion would read "1.5", "1e3" or " 1" as a number; an id in a path is written as plain digits.
    return (value) => {
      const bad = Object.entries(value as Record<string, string>).find(([, v]) => !/^\d+$/.test(v));
      return bad ? { error: [{ keyword: 'type', schemaPath: '', params: {}, message: 'Expected integer', instancePath: `/${bad[0]}` }] } : check(value);
    };
  });
  installErrorHandlers(app, options.store.db.name);
  if (options.queueStatus) installQueueGuard(app, options.queueStatus);
  app.addSchema(ErrorBody);
  app.addSchema(ScenarioSchema);
  installBodyParsers(app);

  await app.register(swagger, OPENAPI_OPTIONS);
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: SWAGGER_CSP });
  await app.register(multipart, { limits: { fileSize: uploadLimitBytes, files: 1, fields: 10, fieldSize: 1024 * 1024 } });

  const ctx: RouteContext = { store: options.store, pool: options.pool, events: new JobEvents(), cancels: new JobCancels(), deadline: options.deadline ?? defaultDeadline, uploadLimitBytes,
    maxQueuedJobs: options.maxQueuedJobs ?? DEFAULT_MAX_QUEUED_JOBS, maxUploadsAtOnce: options.maxUploadsAtOnce ?? DEFAULT_MAX_UPLOADS_AT_ONCE,
    maxSchools: options.maxSchools ?? DEFAULT_MAX_SCHOOLS, uploadDeadlineMs: options.uploadDeadlineMs ?? DEFAULT_UPLOAD_DEADLINE, log: app.log,
    ...(options.importPool ? { importPool: options.importPool } : {}),
  };
  installSessionCheck(app, ctx);
  await homeRoutes(app, ctx, options.appDir);
  await sessionRoutes(app, ctx);
  await adminRoutes(app, ctx);
  await datasetRoutes(app, ctx);
  await scenarioRoutes(app, ctx);
  await runRoutes(app, ctx);
  await simulateRoutes(app, ctx);
  await sweepRoutes(app, ctx);
  await compareRoutes(app, ctx);
  await exportRoutes(app, ctx);
  await batchRoutes(app, ctx);
  await cancelRoutes(app, ctx);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
