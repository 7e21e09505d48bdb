import type { createApiKeyBody } from '@centric/contracts/api-keys/api-key.schemas';
import { fail } from '@centric/core/errors';
import type { z } from 'zod';
import type { Auth } from '../auth/auth';
import { authorize } from '../auth/authorize';
import type { OrgContext } from '../context';
import { audit } from '../platform/audit';

/**
 * Creates an API key that acts as the calling person, with their role, in this organisation. The key is shown
 * once; only its hash is kept.
 */
export async function createApiKey(ctx: OrgContext, auth: Auth, input: z.output<typeof createApiKeyBody>) {
  authorize(ctx, 'apiKey.create');
  if (!ctx.actor.userId) throw fail.invalid('API keys belong to a person who can sign in');
  const created = await auth.api.createApiKey({
    body: { userId: ctx.actor.userId, name: input.name, metadata: { organisationId: ctx.organisation.id } },
  });
  await audit(ctx, ctx.deps.db, {
    action: 'create',
    entity: 'api-key',
    entityId: created.id,
    changes: { name: input.name },
  });
  return { id: created.id, name: created.name ?? input.name, key: created.key, start: created.start ?? null };
}
