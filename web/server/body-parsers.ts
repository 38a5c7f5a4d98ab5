/**
 * Request bodies read as the CLI reads files: bytes decoded as UTF-8 (± BOM), UTF-16 or GBK (engine/county/decode),
 * then parsed. The text as sent is kept on the request, so a scenario is stored as written and its line numbers in
 * errors point into the body as sent. JSON keys that would reach an object's prototype are refused by name.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { contentLength, readBodyBytes } from './body-bytes.ts';
import { decodeText } from '../../engine/county/decode.ts';
import { HttpError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest { bodyText?: string }
}

export const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

/** The path of the first `__proto__` key, or `constructor` holding `prototype`; walked without recursion. */
export function forbiddenKey(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[key];
      if (key === '__proto__') return `${path}/__proto__`;
      if (key === 'constructor' && child !== null && typeof child === 'object' && Object.hasOwn(child, 'prototype')) return `${path}/constructor/prototype`;
      stack.push([child, `${path}/${key}`]);
    }
  }
  return undefined;
}

export function installBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  // Read by readBodyBytes rather than fastify's parseAs: a county sent as JSON (up to the upload limit) is copied
  // chunk by chunk into shared memory, and parsed by the importer in the import threads, not here.
  app.addContentTypeParser('application/json', (request, payload, done) => {
    const upload = request.method === 'POST' && request.url.split('?')[0] === '/api/datasets';
    const limits = { limit: request.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit ?? 0, length: contentLength(request.headers['content-length']) };
    readBodyBytes(payload, limits, upload).then((body) => {
      if (upload) done(null, { countyBytes: body });
      else parseJson(request, body as Buffer, done);
    }, (e: Error) => done(e, undefined));
  });
  for (const type of YAML_TYPES) {
    app.addContentTypeParser(type, { parseAs: 'buffer' }, (request, body, done) => {
      const text = decodeText(body as Buffer).text;
      request.bodyText = text;
      done(null, text);
    });
  }
}

function parseJson(request: FastifyRequest, body: Buffer, done: (err: Error | null, body?: unknown) => void): void {
  const text = decodeText(body).text;
  request.bodyText = text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return done(new HttpError(400, 'invalid-json', `the body is not valid JSON: ${(e as Error).message.slice(0, 200)}`, [{ field: 'body', message: 'not valid JSON' }]), undefined);
  }
  const bad = forbiddenKey(value);
  if (bad) {
    return done(new HttpError(400, 'forbidden-key', `the JSON body has the key ${bad}, which is refused (it could change every object's prototype); rename or remove it`, [{ field: `body${bad}`, message: 'forbidden key' }]), undefined);
  }
  done(null, value);
}
