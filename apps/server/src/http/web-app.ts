import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Serves the built web app and answers its client-side routes with index.html. */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<boolean> {
  if (!existsSync(join(webDir, 'index.html'))) return false;
  await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (
      request.method !== 'GET' ||
      path.startsWith('/api/') ||
      path === '/healthz' ||
      /\.[a-z0-9]+$/i.test(path)
    ) {
      return reply
        .status(404)
        .send({ error: { code: 'not_found', message: `no route ${request.method} ${path}` } });
    }
    return reply.type('text/html').sendFile('index.html');
  });
  return true;
}
