import { and, desc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Executor } from '../database';
import { clvFits, customers, customerValues, responses, surveys, transactions } from '../schema';

/** A stored CLV fit. */
export type ClvFitRow = typeof clvFits.$inferSelect;
/** A stored customer value. */
export type CustomerValueRow = typeof customerValues.$inferSelect;

/** Every transaction of the organisation as (customer, day in the time zone, amount), ordered by customer. */
export async function listTransactionDays(
  db: Executor,
  organisationId: string,
  timeZone: string,
): Promise<{ customerId: string; day: string; amount: number }[]> {
  return db
    .select({
      customerId: transactions.customerId,
      day: sql<string>`to_char((${transactions.occurredAt} at time zone ${timeZone})::date, 'YYYY-MM-DD')`,
      amount: sql<number>`${transactions.amount}::float8`,
    })
    .from(transactions)
    .where(eq(transactions.organisationId, organisationId))
    .orderBy(transactions.customerId, transactions.occurredAt);
}

/** Segment and home unit of every customer of the organisation. */
export async function listCustomerGroups(
  db: Executor,
  organisationId: string,
): Promise<{ id: string; segmentId: string | null; unitId: string | null }[]> {
  return db
    .select({ id: customers.id, segmentId: customers.segmentId, unitId: customers.homeUnitId })
    .from(customers)
    .where(eq(customers.organisationId, organisationId));
}

/** The score of each customer's latest answer to an NPS survey. */
export async function listLatestNpsScores(
  db: Executor,
  organisationId: string,
): Promise<{ customerId: string; score: number }[]> {
  const rows = await db
    .selectDistinctOn([responses.customerId], { customerId: responses.customerId, score: responses.score })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .where(
      and(
        eq(responses.organisationId, organisationId),
        eq(surveys.organisationId, organisationId),
        eq(surveys.kind, 'nps'),
        isNotNull(responses.customerId),
        isNotNull(responses.score),
      ),
    )
    .orderBy(responses.customerId, desc(responses.respondedAt), desc(responses.id));
  return rows.map((r) => ({ customerId: r.customerId!, score: r.score! }));
}

/** Stores a fit. */
export async function insertClvFit(db: Executor, value: typeof clvFits.$inferInsert): Promise<ClvFitRow> {
  const [row] = await db.insert(clvFits).values(value).returning();
  return row!;
}

/** Replaces the organisation's customer values with those of a new fit; call it inside a transaction. */
export async function replaceCustomerValues(
  db: Executor,
  organisationId: string,
  values: (Omit<typeof customerValues.$inferInsert, 'organisationId' | 'id'> & {
    createdAt: Date;
    updatedAt: Date;
  })[],
): Promise<void> {
  // Two refits of one organisation (a job and a click) must not interleave their delete and insert: the second
  // waits here until the first commits, then replaces its rows. Held until the caller's transaction ends.
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`customer_values:${organisationId}`}))`);
  await db.delete(customerValues).where(eq(customerValues.organisationId, organisationId));
  // One JSON parameter per batch, expanded by json_populate_recordset: on PGlite this is ~10x faster than a
  // multi-row VALUES with a parameter per cell, and it never nears PostgreSQL's 65,535-parameter limit.
  for (let i = 0; i < values.length; i += 5000) {
    const json = JSON.stringify(
      values.slice(i, i + 5000).map((v) => ({
        id: uuidv7(),
        organisation_id: organisationId,
        customer_id: v.customerId,
        fit_id: v.fitId,
        clv: v.clv,
        p_alive: v.pAlive,
        p_alive_before: v.pAliveBefore ?? null,
        expected_purchases: v.expectedPurchases,
        repeat_purchases: v.repeatPurchases,
        recency: v.recency,
        age: v.age,
        mean_repeat_spend: v.meanRepeatSpend,
        created_at: v.createdAt.toISOString(),
        updated_at: v.updatedAt.toISOString(),
      })),
    );
    await db.execute(sql`insert into customer_values
      select * from json_populate_recordset(null::customer_values, ${json}::json)`);
  }
}

/** The organisation's latest fit (successful or not), if any. */
export async function findLatestClvFit(db: Executor, organisationId: string): Promise<ClvFitRow | undefined> {
  const [row] = await db
    .select()
    .from(clvFits)
    .where(eq(clvFits.organisationId, organisationId))
    .orderBy(desc(clvFits.fittedAt), desc(clvFits.id))
    .limit(1);
  return row;
}

/** The organisation's latest successful fit, whose values are stored. */
export async function findLatestSuccessfulClvFit(
  db: Executor,
  organisationId: string,
): Promise<ClvFitRow | undefined> {
  const [row] = await db
    .select()
    .from(clvFits)
    .where(and(eq(clvFits.organisationId, organisationId), eq(clvFits.status, 'ok')))
    .orderBy(desc(clvFits.fittedAt), desc(clvFits.id))
    .limit(1);
  return row;
}

/** One customer's stored value. */
export async function findCustomerValue(
  db: Executor,
  organisationId: string,
  customerId: string,
): Promise<CustomerValueRow | undefined> {
  const [row] = await db
    .select()
    .from(customerValues)
    .where(and(eq(customerValues.organisationId, organisationId), eq(customerValues.customerId, customerId)))
    .limit(1);
  return row;
}

/** Organisations that have transactions (the nightly refit's work list). */
export async function listOrganisationsWithTransactions(db: Executor): Promise<string[]> {
  const rows = await db.selectDistinct({ id: transactions.organisationId }).from(transactions);
  return rows.map((r) => r.id);
}

/** Matches file customer keys to customers: by external id, or by Centric id for keys that are UUIDs. */
export async function matchCustomerKeys(
  db: Executor,
  organisationId: string,
  keys: string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  for (let i = 0; i < keys.length; i += 5000) {
    const slice = keys.slice(i, i + 5000);
    const ids = slice.filter((k) => uuid.test(k));
    const rows = await db
      .select({ id: customers.id, externalId: customers.externalId })
      .from(customers)
      .where(
        and(
          eq(customers.organisationId, organisationId),
          ids.length > 0
            ? or(inArray(customers.externalId, slice), inArray(customers.id, ids))
            : inArray(customers.externalId, slice),
        ),
      );
    for (const r of rows) {
      if (r.externalId !== null) found.set(r.externalId, r.id);
    }
    // An external id wins over a Centric id when a key is both.
    for (const r of rows) if (ids.includes(r.id) && !found.has(r.id)) found.set(r.id, r.id);
  }
  return found;
}

/** Transaction external ids of the organisation already stored among these. */
export async function findExistingTransactionIds(
  db: Executor,
  organisationId: string,
  externalIds: string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < externalIds.length; i += 5000) {
    const rows = await db
      .select({ externalId: transactions.externalId })
      .from(transactions)
      .where(
        and(
          eq(transactions.organisationId, organisationId),
          inArray(transactions.externalId, externalIds.slice(i, i + 5000)),
        ),
      );
    for (const r of rows) if (r.externalId) found.add(r.externalId);
  }
  return found;
}
