import { fail } from '@centric/core/errors';
import type { FastifyInstance } from 'fastify';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated writes must come from one of our own origins (the browser always sends Origin on them).
 * Requests with an API key carry no ambient credential and are exempt.
 */
export function installCsrfCheck(app: FastifyInstance, trustedOrigins: string[]): void {
  const trusted = new Set(trustedOrigins);
  app.addHook('onRequest', async (request) => {
    if (SAFE.has(request.method) || !request.url.startsWith('/api/v1/')) return;
    if (request.headers.authorization?.startsWith('Bearer ') || request.headers['x-api-key']) return;
    if (!request.headers.cookie) return;
    const origin = request.headers.origin;
    if (!origin || !trusted.has(origin)) {
      throw fail.forbidden(
        'cross-site request refused: send the Origin header of this site, or use an API key',
      );
    }
  });
}
