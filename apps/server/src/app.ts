import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Auth } from './auth/auth';
import { catalogueRoutes } from './catalogue/catalogue.routes';
import type { Deps, OrgContext } from './context';
import { customerRoutes } from './customers/customer.routes';
import { authRoutes } from './http/auth-routes';
import { installCsrfCheck } from './http/csrf';
import { installErrorHandler } from './http/error-handler';
import { registerOpenApi } from './http/openapi';
import { resolveOrgContext } from './http/org-context';
import type { App, RouteEnv } from './http/route-kit';
import { registerWebApp } from './http/web-app';
import { organisationRoutes } from './organisations/organisation.routes';
import { personRoutes } from './people/person.routes';
import { responseRoutes } from './responses/response.routes';
import { surveyRoutes } from './surveys/survey.routes';
import { transactionRoutes } from './transactions/transaction.routes';
import { unitRoutes } from './units/unit.routes';

/** What the HTTP layer needs beyond the services' collaborators. */
export interface AppOptions {
  deps: Deps;
  auth: Auth;
  trustedOrigins: string[];
  /** Per client per minute. */
  rateLimits: { signIn: number; public: number };
  webDir?: string | undefined;
  logLevel?: string;
  trustProxy?: boolean;
  /** Largest accepted body in bytes. */
  bodyLimit?: number;
}

/** Builds the HTTP application: security, the API, its OpenAPI document and the web app. */
export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
    },
    bodyLimit: options.bodyLimit ?? 1_048_576,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => ({
      statusCode: 429,
      error: { code: 'rate_limited', message: 'too many requests: wait a minute and try again' },
    }),
  });
  installCsrfCheck(app, options.trustedOrigins);
  await registerOpenApi(app);

  app.get('/healthz', { schema: { hide: true } }, async () => {
    await options.deps.handle.query('select 1');
    return { status: 'ok', database: options.deps.handle.engine };
  });

  authRoutes(app, options.auth, { max: options.rateLimits.signIn, timeWindow: '1 minute' });
  const contexts = new WeakMap<FastifyRequest, Promise<OrgContext>>();
  const env: RouteEnv = {
    app,
    deps: options.deps,
    auth: options.auth,
    ctx(request) {
      let context = contexts.get(request);
      if (!context) {
        context = resolveOrgContext(options.deps, options.auth, request);
        contexts.set(request, context);
      }
      return context;
    },
  };
  const publicLimit = { max: options.rateLimits.public, timeWindow: '1 minute' };
  organisationRoutes(env);
  unitRoutes(env);
  personRoutes(env, publicLimit);
  customerRoutes(env);
  catalogueRoutes(env);
  surveyRoutes(env);
  responseRoutes(env);
  transactionRoutes(env);

  if (options.webDir) await registerWebApp(app, options.webDir);
  await app.ready();
  return app;
}
