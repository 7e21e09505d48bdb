import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** The OpenAPI 3.1 document at /api/openapi.json, built from the routes' zod schemas, and a reference page at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Centric API',
        version: '1',
        description:
          'Customer-centric leadership, measured. Authenticate with a cookie session (sign in at /api/auth/sign-in/email) ' +
          'or an API key (`Authorization: Bearer centric_…`, created with POST /api/v1/api-keys or `centric api-key create`). ' +
          'With a session and several organisations, choose one with the `X-Centric-Org: <slug>` header. ' +
          'Every error answers `{ "error": { "code", "message", "details" } }`. Lists are paginated with `cursor` and `limit`.',
      },
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API key: `Authorization: Bearer centric_…`',
          },
          cookieSession: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
