import { and, count, desc, eq, ilike, inArray, max, min, or, sql, sum } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { customers, responses, transactions, units } from '../schema';

/** A customer row. */
export type CustomerRow = typeof customers.$inferSelect;

/** One page of customers, newest first, optionally searched and filtered by segment. */
export function listCustomers(
  db: Executor,
  organisationId: string,
  query: {
    cursor?: string | undefined;
    limit: number;
    q?: string | undefined;
    segmentId?: string | undefined;
    unitPathPrefix?: string | undefined;
  },
) {
  const pattern = query.q ? `%${query.q.replace(/[%_\\]/g, '\\$&')}%` : undefined;
  const page = keyset(
    customers.id,
    query,
    'desc',
    eq(customers.organisationId, organisationId),
    query.segmentId ? eq(customers.segmentId, query.segmentId) : undefined,
    query.unitPathPrefix
      ? inArray(
          customers.homeUnitId,
          db
            .select({ id: units.id })
            .from(units)
            .where(
              and(eq(units.organisationId, organisationId), sql`${units.path} like ${query.unitPathPrefix}`),
            ),
        )
      : undefined,
    pattern
      ? or(
          ilike(customers.name, pattern),
          ilike(customers.email, pattern),
          ilike(customers.externalId, pattern),
          ilike(customers.account, pattern),
        )
      : undefined,
  );
  return db.select().from(customers).where(page.where).orderBy(page.orderBy).limit(page.limit);
}

/** Finds one customer of the organisation. */
export async function findCustomer(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<CustomerRow | undefined> {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.organisationId, organisationId), eq(customers.id, id)))
    .limit(1);
  return row;
}

/** Inserts a customer. */
export async function insertCustomer(
  db: Executor,
  values: typeof customers.$inferInsert,
): Promise<CustomerRow> {
  const [row] = await db.insert(customers).values(values).returning();
  return row!;
}

/** Updates a customer. */
export async function updateCustomer(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof customers.$inferInsert>,
): Promise<CustomerRow> {
  const [row] = await db
    .update(customers)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(customers.organisationId, organisationId), eq(customers.id, id)))
    .returning();
  return row!;
}

/** A customer's latest responses and purchase totals, for their page. */
export async function customerHistory(db: Executor, organisationId: string, customerId: string) {
  const recent = await db
    .select({
      id: responses.id,
      surveyId: responses.surveyId,
      score: responses.score,
      comment: responses.comment,
      respondedAt: responses.respondedAt,
    })
    .from(responses)
    .where(and(eq(responses.organisationId, organisationId), eq(responses.customerId, customerId)))
    .orderBy(desc(responses.respondedAt))
    .limit(20);
  const [purchases] = await db
    .select({
      count: count(),
      total: sum(transactions.amount).mapWith(Number),
      first: min(transactions.occurredAt),
      last: max(transactions.occurredAt),
    })
    .from(transactions)
    .where(and(eq(transactions.organisationId, organisationId), eq(transactions.customerId, customerId)));
  return { recent, purchases: purchases ?? { count: 0, total: 0, first: null, last: null } };
}
