import { eq } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { outbox } from '../schema';

/** An outbox row. */
export type OutboxRow = typeof outbox.$inferSelect;

/** Adds a message to the outbox. */
export async function insertOutboxMessage(
  db: Executor,
  values: typeof outbox.$inferInsert,
): Promise<OutboxRow> {
  const [row] = await db.insert(outbox).values(values).returning();
  return row!;
}

/** Finds an outbox message. */
export async function findOutboxMessage(db: Executor, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id)).limit(1);
  return row;
}

/** Records the outcome of sending a message. */
export async function markOutboxMessage(
  db: Executor,
  id: string,
  values: { status: OutboxRow['status']; error?: string | null; sentAt?: Date | null },
): Promise<void> {
  await db.update(outbox).set(values).where(eq(outbox.id, id));
}

/** One page of an organisation's outbox, newest first. */
export function listOutbox(
  db: Executor,
  organisationId: string,
  query: { cursor?: string | undefined; limit: number },
) {
  const page = keyset(outbox.id, query, 'desc', eq(outbox.organisationId, organisationId));
  return db.select().from(outbox).where(page.where).orderBy(page.orderBy).limit(page.limit);
}
