import { and, eq } from 'drizzle-orm';
import type { Executor } from '../database';
import { idempotencyKeys } from '../schema';

/** A stored first answer. */
export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;

/** The stored answer of a key, if any. */
export async function findIdempotencyKey(db: Executor, organisationId: string, key: string) {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.organisationId, organisationId), eq(idempotencyKeys.key, key)))
    .limit(1);
  return row;
}

/**
 * Stores the answer of a key inside the write's transaction. A concurrent twin blocks on the primary key and
 * then fails with a unique violation, so its write is undone and it replays this answer instead.
 */
export async function insertIdempotencyKey(db: Executor, values: typeof idempotencyKeys.$inferInsert) {
  await db.insert(idempotencyKeys).values(values);
}

/**
 * Claims many keys in one statement and answers the keys this call stored: a key already stored (or stored by
 * a concurrent transaction, which this one waits for) is skipped, so its write must not happen.
 */
export async function claimIdempotencyKeys(
  db: Executor,
  values: (typeof idempotencyKeys.$inferInsert)[],
): Promise<Set<string>> {
  if (values.length === 0) return new Set();
  const rows = await db
    .insert(idempotencyKeys)
    .values(values)
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return new Set(rows.map((r) => r.key));
}
