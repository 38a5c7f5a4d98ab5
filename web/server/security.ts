/** Response headers that keep browsers from sniffing types, framing the app, leaking referrers or loading foreign code. */
import type { FastifyInstance } from 'fastify';

/** The app page: its own scripts only; inline styles allowed (charts set style attributes). */
export const APP_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/** /docs (swagger-ui): as APP_CSP, plus the swagger validator badge; no upgrade-insecure-requests, which would break plain http on a LAN. */
export const SWAGGER_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: validator.swagger.io",
  "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'",
].join('; ');

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !reply.hasHeader('content-security-policy') && !request.url.startsWith('/docs')) {
      reply.header('content-security-policy', APP_CSP);
    }
    return payload;
  });
}
