import type { FastifyInstance } from 'fastify';
import type { Auth } from '../auth/auth';
import { toFetchHeaders } from './caller';

/** Mounts the sign-in library's endpoints (/api/auth/*): sign-in, sign-out, session. Sign-in is rate limited per client. */
export function authRoutes(
  app: FastifyInstance,
  auth: Auth,
  signInRateLimit: { max: number; timeWindow: string },
): void {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    config: { rateLimit: signInRateLimit },
    schema: { hide: true },
    async handler(request, reply) {
      const url = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`);
      const body =
        request.method === 'POST' && request.body !== undefined
          ? JSON.stringify(request.body ?? {})
          : undefined;
      const response = await auth.handler(
        new Request(url, {
          method: request.method,
          headers: toFetchHeaders(request),
          ...(body !== undefined ? { body } : {}),
        }),
      );
      reply.status(response.status);
      for (const [name, value] of response.headers) {
        if (name.toLowerCase() !== 'set-cookie') reply.header(name, value);
      }
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      const text = await response.text();
      if (response.status >= 400) {
        // The sign-in library answers { code, message }; speak the API's one error shape instead.
        let message = 'sign-in failed';
        try {
          message = (JSON.parse(text) as { message?: string }).message ?? message;
        } catch {}
        const code =
          response.status === 401
            ? 'unauthenticated'
            : response.status === 403
              ? 'forbidden'
              : response.status === 429
                ? 'rate_limited'
                : 'bad_request';
        reply.header('content-type', 'application/json; charset=utf-8');
        return reply.send({ error: { code, message } });
      }
      return reply.send(text.length > 0 ? text : null);
    },
  });
}
