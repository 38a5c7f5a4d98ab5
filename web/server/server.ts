/** `npm start`: the Junheng API (and, once it exists, the front end) on http://127.0.0.1:5178. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createQueueRunner } from '../../engine/node/bullmq-runner.ts';
import type { JobRunner } from '../../engine/node/jobs.ts';
import { createWorkerPool } from '../../engine/node/pool.ts';
import type { QueueStatus } from '../../engine/node/queue.ts';
import { poolThreads } from '../../engine/node/threads.ts';
import { buildApp, DEFAULT_UPLOAD_LIMIT } from './app.ts';
import { isLoopback, ownHostNames } from './auth/origin.ts';
import { lockDatabase } from './db-lock.ts';
import { openServerStore } from './startup.ts';
import { DEFAULT_DB_PATH } from './store/database.ts';

const DEFAULT_PORT = 5178;
/** Upload parsing: two threads, each with at most this heap (MB); a file needing more is refused with 413. */
const IMPORT_THREADS = 2;
const IMPORT_MEMORY_MB = 512;
/** Nice value of the upload threads (Linux): a hostile file parsed on every core still leaves this thread the CPU it needs. */
const IMPORT_NICENESS = 10;

function portFrom(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a whole number from 0 to 65535, got "${text}"`);
  return port;
}

/** Upload limit in bytes from a number of megabytes; default 20 MB. */
function uploadLimitFrom(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_UPLOAD_LIMIT;
  const mb = Number(text);
  if (!Number.isFinite(mb) || mb <= 0) throw new Error(`JUNHENG_UPLOAD_LIMIT_MB must be a positive number of megabytes, got "${text}"`);
  return Math.round(mb * 1024 * 1024);
}

/** Most runs and sweeps waiting for a solve thread; default 50. */
function maxQueuedFrom(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`JUNHENG_MAX_QUEUED must be a whole number of at least 1, got "${text}"`);
  return n;
}

async function main(): Promise<void> {
  const port = portFrom(process.env.PORT);
  const host = process.env.HOST || '127.0.0.1';
  const dbPath = resolve(process.env.JUNHENG_DB || DEFAULT_DB_PATH);
  const threads = poolThreads(process.env.JUNHENG_THREADS);
  mkdirSync(dirname(dbPath), { recursive: true });
  const lock = lockDatabase(dbPath); // before the store fails "unfinished" runs that may be another server's
  process.on('exit', () => lock.release());
  const { store, failedJobs: failed, seeded } = await openServerStore(dbPath);
  if (!isLoopback(host) && store.users.count() === 0) {
    store.close();
    throw new Error(`HOST=${host} opens the server to the network, but ${dbPath} has no users, so anyone could delete everything. `
      + `Add an admin first: echo 'a-long-password' | JUNHENG_DB=${dbPath} junheng user add NAME --role admin (or leave HOST unset for this machine only)`);
  }
  // REDIS_URL: jobs go to the BullMQ queue and `junheng worker` processes (here or on other machines) solve them;
  // this server stays the only writer of the database. Unset: the in-process worker-thread pool.
  const redisUrl = process.env.REDIS_URL?.trim();
  let pool: JobRunner;
  let queueStatus: (() => Promise<QueueStatus>) | undefined;
  if (redisUrl) {
    const queue = await createQueueRunner({ url: redisUrl });
    pool = queue;
    queueStatus = queue.status;
  } else {
    pool = createWorkerPool(threads, { warm: true });
  }
  // Uploads are parsed on threads of their own, so a hostile workbook never stalls the server or waits behind solves.
  const importPool = createWorkerPool(IMPORT_THREADS, { maxMemoryMb: IMPORT_MEMORY_MB, niceness: IMPORT_NICENESS });
  const maxQueuedJobs = maxQueuedFrom(process.env.JUNHENG_MAX_QUEUED);
  const app = await buildApp({
    store, pool, ...(queueStatus ? { queueStatus } : {}), importPool, hostNames: ownHostNames(host, (process.env.JUNHENG_HOSTS ?? '').split(',')), uploadLimitBytes: uploadLimitFrom(process.env.JUNHENG_UPLOAD_LIMIT_MB), logger: { level: process.env.LOG_LEVEL ?? 'warn' },
    ...(maxQueuedJobs !== undefined ? { maxQueuedJobs } : {}),
  });
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping\n`);
    await app.close();
    await pool.close();
    await importPool.close();
    store.close();
    process.exit(0);
  };
  // A stray error in a callback must not take the office's server down with every other request: it is logged and
  // the server keeps going. Every store write is one transaction, so an interrupted request leaves no partial record.
  process.on('unhandledRejection', (reason) => app.log.error({ err: reason }, 'unhandled rejection; the server keeps running'));
  process.on('uncaughtException', (error) => app.log.error({ err: error }, 'uncaught exception; the server keeps running'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port, host });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  process.stdout.write(`Junheng (均衡) listening on http://${shownHost}:${actualPort}  (API docs: http://${shownHost}:${actualPort}/docs)\n`);
  process.stdout.write(`database: ${dbPath}${seeded.datasets > 0 ? ` (loaded the sample county and ${seeded.scenarios} scenarios)` : ''}${failed > 0 ? `; ${failed} unfinished run(s) from the last start marked failed` : ''}\n`);
  process.stdout.write(store.users.count() > 0 ? `accounts: ${store.users.count()} user(s); sign-in required\n` : 'accounts: none; single-user mode on this machine (junheng user add to require sign-in)\n');
  process.stdout.write(redisUrl
    ? `job queue: BullMQ at ${new URL(redisUrl).host} (REDIS_URL); start workers with: junheng worker --redis ${redisUrl}\n`
    : `solve pool: ${pool.threads} worker thread(s) for runs, sweeps and simulations (JUNHENG_THREADS)\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`junheng server: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
