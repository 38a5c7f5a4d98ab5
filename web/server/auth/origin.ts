/**
 * No cross-site writes and no DNS rebinding: a request must name this server in its Host header; a state-changing
 * one must come from this server's own pages (Origin matching Host, or no Origin from a non-browser client) and carry
 * a body only as JSON, YAML or multipart. A browser sends text/plain and form bodies cross-site without asking, so
 * those types are refused outright; multipart it also sends, which the Origin check catches.
 */
import { hostname, networkInterfaces } from 'node:os';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../errors.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const BODY_TYPES = ['application/json', 'application/yaml', 'application/x-yaml', 'text/yaml', 'multipart/form-data'];

/** The names this server answers to: loopback, its host name, its addresses, HOST, and JUNHENG_HOSTS (comma-separated). */
export function ownHostNames(listenHost?: string, extra: string[] = []): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  const add = (name: string): void => {
    const n = name.trim().toLowerCase();
    if (n === '' || n === '0.0.0.0' || n === '::' || n === '[::]') return;
    names.add(n.includes(':') && !n.startsWith('[') ? `[${n}]` : n);
  };
  add(hostname());
  for (const address of Object.values(networkInterfaces()).flat()) if (address) add(address.address);
  if (listenHost) add(listenHost);
  for (const name of extra) add(name);
  return names;
}

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The host name of a Host header or an origin's authority, without the port, lower-case; IPv6 keeps its brackets. */
export function hostPart(authority: string): string {
  const a = authority.trim().toLowerCase();
  if (a.startsWith('[')) return a.slice(0, a.indexOf(']') + 1);
  return a.split(':')[0]!;
}

function refuse(code: string, message: string): HttpError {
  return new HttpError(403, code, message);
}

export function checkRequestSource(request: FastifyRequest, ownNames: Set<string>): void {
  const host = request.headers.host;
  if (!host || !ownNames.has(hostPart(host))) {
    throw new HttpError(421, 'unknown-host', `this server does not answer to the host name "${(host ?? '').slice(0, 100)}"; add it to JUNHENG_HOSTS if it is this server's own name`);
  }
  if (!WRITES.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    let same = false;
    try {
      const from = new URL(origin);
      // Through URL both sides lose a default port (http://h:80 is http://h).
      same = from.host === new URL(`${from.protocol}//${host}`).host;
    } catch { /* "null" or junk: refused below */ }
    if (!same) {
      throw refuse('cross-site', `a change sent from another site (${origin.slice(0, 100)}) is refused; use Junheng's own pages at http://${host}`);
    }
  }
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (hasBody && !BODY_TYPES.includes(type)) {
    throw new HttpError(415, 'unsupported-media-type', `a body of type "${type.slice(0, 60) || 'none'}" is not accepted here; send application/json, application/yaml or multipart/form-data`);
  }
}

export function installRequestSourceCheck(app: FastifyInstance, ownNames: Set<string>): void {
  app.addHook('onRequest', async (request) => checkRequestSource(request, ownNames));
}
