import { and, desc, eq, inArray } from 'drizzle-orm';
import type { UserRow } from '../auth/user.repository';
import type { Executor } from '../database';
import { apikey, people, user } from '../schema';

/** An API key as Centric reads it (the hash itself never leaves the repository). */
export interface ApiKeyRecord {
  id: string;
  name: string | null;
  start: string | null;
  userId: string;
  organisationId: string | null;
  enabled: boolean;
  expiresAt: Date | null;
  lastRequest: Date | null;
  createdAt: Date;
}

const organisationOf = (metadata: string | null): string | null => {
  if (!metadata) return null;
  try {
    // The auth library has stored metadata both as JSON and as JSON inside a JSON string.
    let parsed: unknown = JSON.parse(metadata);
    if (typeof parsed === 'string') parsed = JSON.parse(parsed);
    const id = (parsed as { organisationId?: unknown } | null)?.organisationId;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
};

const toRecord = (row: typeof apikey.$inferSelect): ApiKeyRecord => ({
  id: row.id,
  name: row.name,
  start: row.start,
  userId: row.referenceId,
  organisationId: organisationOf(row.metadata),
  enabled: row.enabled !== false,
  expiresAt: row.expiresAt,
  lastRequest: row.lastRequest,
  createdAt: row.createdAt,
});

/** Finds the key with this hash (as the auth library hashes it) and the user it acts as: one indexed read. */
export async function findApiKeyByHash(
  db: Executor,
  hash: string,
): Promise<{ key: ApiKeyRecord; user: UserRow } | undefined> {
  const [row] = await db
    .select({ key: apikey, user })
    .from(apikey)
    .innerJoin(user, eq(user.id, apikey.referenceId))
    .where(eq(apikey.key, hash))
    .limit(1);
  return row ? { key: toRecord(row.key), user: row.user } : undefined;
}

/** Records when a key was last used (the caller throttles this, so it is not a write per request). */
export async function touchApiKey(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(apikey).set({ lastRequest: at }).where(eq(apikey.id, id));
}

/** The keys of one organisation, newest first; only those of `userId` when given. */
export async function listApiKeys(
  db: Executor,
  organisationId: string,
  userId?: string,
): Promise<ApiKeyRecord[]> {
  const members = db
    .select({ userId: people.userId })
    .from(people)
    .where(eq(people.organisationId, organisationId));
  const rows = await db
    .select()
    .from(apikey)
    .where(and(inArray(apikey.referenceId, members), userId ? eq(apikey.referenceId, userId) : undefined))
    .orderBy(desc(apikey.createdAt));
  return rows.map(toRecord).filter((k) => k.organisationId === organisationId);
}

/** Finds one key of the organisation by id. */
export async function findApiKey(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<ApiKeyRecord | undefined> {
  const [row] = await db.select().from(apikey).where(eq(apikey.id, id)).limit(1);
  const record = row ? toRecord(row) : undefined;
  return record?.organisationId === organisationId ? record : undefined;
}

/** Deletes a key: it stops working at once. */
export async function deleteApiKey(db: Executor, id: string): Promise<void> {
  await db.delete(apikey).where(eq(apikey.id, id));
}
