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
