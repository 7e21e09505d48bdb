import type { createApiKeyBody } from '@centric/contracts/api-keys/api-key.schemas';
import { can } from '@centric/core/access/permissions';
import { fail } from '@centric/core/errors';
import { deleteApiKey, findApiKey, listApiKeys } from '@centric/db/api-keys/api-key.repository';
import { findUserById } from '@centric/db/auth/user.repository';
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

/** Lists the caller's own keys in this organisation; an admin sees every person's. */
export async function listOrganisationApiKeys(ctx: OrgContext) {
  authorize(ctx, 'apiKey.create');
  const everyone = can(ctx.actor.role, 'apiKey.manage');
  if (!everyone && !ctx.actor.userId) return { items: [], nextCursor: null };
  const keys = await listApiKeys(
    ctx.deps.db,
    ctx.organisation.id,
    everyone ? undefined : (ctx.actor.userId ?? ''),
  );
  const emails = new Map<string, string>();
  for (const key of keys) {
    if (!emails.has(key.userId))
      emails.set(key.userId, (await findUserById(ctx.deps.db, key.userId))?.email ?? '');
  }
  return {
    items: keys.map((key) => ({
      id: key.id,
      name: key.name ?? 'API key',
      start: key.start,
      ownerEmail: emails.get(key.userId) ?? '',
      createdAt: key.createdAt.toISOString(),
      lastUsedAt: key.lastRequest?.toISOString() ?? null,
      expiresAt: key.expiresAt?.toISOString() ?? null,
    })),
    nextCursor: null,
  };
}

/** Revokes a key at once: its owner may revoke it, and so may an admin of the organisation. */
export async function revokeApiKey(ctx: OrgContext, id: string): Promise<void> {
  authorize(ctx, 'apiKey.create');
  const key = await findApiKey(ctx.deps.db, ctx.organisation.id, id);
  const mine = key !== undefined && key.userId === ctx.actor.userId;
  if (!key || (!mine && !can(ctx.actor.role, 'apiKey.manage'))) throw fail.notFound('API key');
  await ctx.deps.db.transaction(async (tx) => {
    await deleteApiKey(tx, id);
    await audit(ctx, tx, { action: 'delete', entity: 'api-key', entityId: id, changes: { name: key.name } });
  });
}
