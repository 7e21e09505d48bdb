import { eq } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { transactions } from '../schema';

/** A transaction row. */
export type TransactionRow = typeof transactions.$inferSelect;

/** One page of transactions, newest first. */
export function listTransactions(
  db: Executor,
  organisationId: string,
  query: { cursor?: string | undefined; limit: number; customerId?: string | undefined },
) {
  const page = keyset(
    transactions.id,
    query,
    'desc',
    eq(transactions.organisationId, organisationId),
    query.customerId ? eq(transactions.customerId, query.customerId) : undefined,
  );
  return db.select().from(transactions).where(page.where).orderBy(page.orderBy).limit(page.limit);
}

/** Inserts transactions. */
export async function insertTransactions(
  db: Executor,
  values: (typeof transactions.$inferInsert)[],
): Promise<TransactionRow[]> {
  if (values.length === 0) return [];
  return db.insert(transactions).values(values).returning();
}
