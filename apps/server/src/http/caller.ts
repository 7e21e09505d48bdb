import { AppError, fail } from '@centric/core/errors';
import { findUserById, type UserRow } from '@centric/db/auth/user.repository';
import type { Database } from '@centric/db/database';
import type { FastifyRequest } from 'fastify';
import type { Auth } from '../auth/auth';

/** Who sent a request: a signed-in user (cookie) or an API key, which is bound to one organisation. */
export interface Caller {
  via: 'session' | 'api-key';
  user: UserRow;
  /** The organisation an API key acts in. */
  keyOrganisationId?: string;
}

/** Converts Fastify's headers into the Fetch API's, for the sign-in library. */
export function toFetchHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

function bearerKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const apiKey = request.headers['x-api-key'];
  return typeof apiKey === 'string' ? apiKey : undefined;
}

/** Identifies the caller, or throws 401. An API key wins over a cookie. */
export async function identifyCaller(auth: Auth, db: Database, request: FastifyRequest): Promise<Caller> {
  const key = bearerKey(request);
  if (key) {
    const result = await auth.api.verifyApiKey({ body: { key } }).catch(() => null);
    if (!result?.valid || !result.key)
      throw fail.unauthenticated('the API key is not valid (revoked, expired or mistyped)');
    const user = await findUserById(db, result.key.referenceId);
    const metadata = (
      typeof result.key.metadata === 'string' ? JSON.parse(result.key.metadata) : result.key.metadata
    ) as {
      organisationId?: string;
    } | null;
    if (!user || !metadata?.organisationId) throw fail.unauthenticated('the API key is not valid any more');
    return { via: 'api-key', user, keyOrganisationId: metadata.organisationId };
  }
  const session = await auth.api.getSession({ headers: toFetchHeaders(request) }).catch((error: unknown) => {
    if (error instanceof AppError) throw error;
    return null;
  });
  if (!session) throw fail.unauthenticated();
  const user = await findUserById(db, session.user.id);
  if (!user) throw fail.unauthenticated();
  return { via: 'session', user };
}
