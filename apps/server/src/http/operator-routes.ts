import { timingSafeEqual } from 'node:crypto';
import { fail } from '@centric/core/errors';
import type { FastifyInstance } from 'fastify';

/** Lets the local CLI hand an operator command to this server, which owns the embedded data directory. */
export interface OperatorEndpoint {
  token: string;
  run(name: string, input: unknown): Promise<unknown>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** POST /internal/operations/:name — loopback only, with the token from the data directory's lock file. */
export function operatorRoutes(app: FastifyInstance, endpoint: OperatorEndpoint): void {
  const expected = Buffer.from(endpoint.token);
  app.post<{ Params: { name: string } }>(
    '/internal/operations/:name',
    { schema: { hide: true } },
    async (request) => {
      const given = Buffer.from(String(request.headers['x-centric-operator-token'] ?? ''));
      if (
        !LOOPBACK.has(request.socket.remoteAddress ?? '') ||
        given.length !== expected.length ||
        !timingSafeEqual(given, expected)
      ) {
        throw fail.forbidden('operator commands are accepted only from this machine’s CLI');
      }
      return endpoint.run(request.params.name, request.body ?? {});
    },
  );
}
