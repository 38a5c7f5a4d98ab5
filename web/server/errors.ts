/** HTTP errors as JSON bodies: a code, a message and, for bad input, the problems with field/row/column. */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorBody, Problem } from '../contract/index.ts';
import { storageProblem } from './store/storage-error.ts';

export class HttpError extends Error {
  constructor(readonly statusCode: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 421 | 422 | 429 | 503 | 507, readonly code: string, message: string, readonly problems?: Problem[]) {
    super(message);
    this.name = 'HttpError';
  }

  body(): ErrorBody {
    return { error: this.code, message: this.message, ...(this.problems ? { problems: this.problems } : {}) };
  }
}

export function notFound(what: string, id: number | string): HttpError {
  return new HttpError(404, 'not-found', `${what} ${id} does not exist`);
}

const CODES: Record<number, string> = { 400: 'bad-request', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 405: 'method-not-allowed', 406: 'not-acceptable', 413: 'too-large', 415: 'unsupported-media-type', 422: 'unprocessable' };

/** Fastify's own 4xx errors (validation, body parsing, size limits) keep their status; a full disk is 507, a read-only database 503; anything else is a 500 without details. */
export function installErrorHandlers(app: FastifyInstance, dbFile = 'the database'): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) return reply.status(error.statusCode).send(error.body());
    const storage = storageProblem(error, dbFile);
    if (storage) {
      request.log.error({ err: error }, storage.message);
      return reply.status(storage.status).send({ error: storage.code, message: `${storage.message}; nothing was changed` } satisfies ErrorBody);
    }
    if (error.validation) {
      const where = error.validationContext ?? 'body';
      const problems: Problem[] = error.validation.map((v) => ({ field: `${where}${v.instancePath}`, message: v.message ?? 'is not valid' }));
      return reply.status(400).send({ error: 'invalid-request', message: `invalid ${where}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems } satisfies ErrorBody);
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      const limit = request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit ?? 0; // bytes
      const message = `${error.message}: at most ${(limit / 1024 / 1024).toFixed(1)} MB is accepted here`;
      return reply.status(413).send({ error: 'too-large', message } satisfies ErrorBody);
    }
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ error: CODES[status] ?? 'bad-request', message: error.message } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: 'internal', message: 'internal error; the request was not completed' } satisfies ErrorBody);
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ error: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0]}` } satisfies ErrorBody);
  });
}
