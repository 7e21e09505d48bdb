import { z } from 'zod';
import { name } from '../common/fields';

/** Body of POST /api-keys: a key acting as the caller, with the caller's role, in the current organisation. */
export const createApiKeyBody = z.strictObject({ name: name.default('API key') });
/** The new key: shown once, never again. */
export const createdApiKey = z.object({
  id: z.string(),
  name: z.string(),
  key: z.string(),
  start: z.string().nullable(),
});
/** An API key as listed: never the key itself, only its first characters. */
export const apiKeySummary = z.object({
  id: z.string(),
  name: z.string(),
  start: z.string().nullable(),
  ownerEmail: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
/** The keys the caller may see: their own, or every key of the organisation for an admin (one page). */
export const apiKeyList = z.object({ items: z.array(apiKeySummary), nextCursor: z.string().nullable() });
/** Path parameters of one API key (the sign-in library's ids are not UUIDs). */
export const apiKeyParams = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be an API key id'),
});
