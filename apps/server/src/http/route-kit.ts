import { errorBody } from '@centric/contracts/common/error.schemas';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Auth } from '../auth/auth';
import type { Deps, OrgContext } from '../context';
import type { Caller } from './caller';

/** Fastify with zod schemas as its type provider. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What every route module receives. */
export interface RouteEnv {
  app: App;
  deps: Deps;
  auth: Auth;
  /** The organisation context of a request (caller identified, membership checked). */
  ctx(request: FastifyRequest): Promise<OrgContext>;
  /** The identified caller of a request (401 when none). */
  caller(request: FastifyRequest): Promise<Caller>;
}

/** The error answers every authenticated route documents. */
export const ERRORS = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
} as const;

/** OpenAPI security of authenticated routes: a cookie session or an API key. */
export const SECURED: { [scheme: string]: string[] }[] = [{ cookieSession: [] }, { apiKey: [] }];
