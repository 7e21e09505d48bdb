import { defaultKeyHasher } from '@better-auth/api-key';
import { AppError, fail } from '@centric/core/errors';
import { findApiKeyByHash, touchApiKey } from '@centric/db/api-keys/api-key.repository';
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
  if (key) return callerOfApiKey(db, key);
  const session = await auth.api.getSession({ headers: toFetchHeaders(request) }).catch((error: unknown) => {
    if (error instanceof AppError) throw error;
    return null;
  });
  if (!session) throw fail.unauthenticated();
  const user = await findUserById(db, session.user.id);
  if (!user) throw fail.unauthenticated();
  return { via: 'session', user };
}

/** How often a key's "last used" time is written: reading a key must not cost a write per request. */
const TOUCH_EVERY_MS = 60_000;
const lastTouched = new Map<string, number>();

/**
 * Resolves an API key with one indexed read of its hash (hashed as the auth library stores it). A deleted,
 * disabled or expired key is refused at once; no cache can keep a revoked key alive.
 */
async function callerOfApiKey(db: Database, key: string): Promise<Caller> {
  const found = await findApiKeyByHash(db, await defaultKeyHasher(key));
  if (!found?.key.enabled || (found.key.expiresAt && found.key.expiresAt.getTime() <= Date.now()))
    throw fail.unauthenticated('the API key is not valid (revoked, expired or mistyped)');
  if (!found.key.organisationId) throw fail.unauthenticated('the API key is not valid any more');
  const now = Date.now();
  if ((lastTouched.get(found.key.id) ?? 0) + TOUCH_EVERY_MS <= now) {
    lastTouched.set(found.key.id, now);
    if (lastTouched.size > 10_000) lastTouched.clear();
    void touchApiKey(db, found.key.id, new Date(now)).catch(() => lastTouched.delete(found.key.id));
  }
  return { via: 'api-key', user: found.user, keyOrganisationId: found.key.organisationId };
}
