// Bulk loading for the demo generator, and the cheap counts a second run answers with. Rows go in as one JSON
// parameter per batch, expanded by `json_populate_recordset` and never read back: measured 3–4× faster than
// Drizzle's multi-row VALUES (building a statement with tens of thousands of parameters is what costs) and, for
// responses, 3× faster than `insertResponses` with its `RETURNING *`. Only the demo loads data this way.

import type { Executor } from '@centric/db/database';
import type { ResponseRow } from '@centric/db/responses/response.repository';
import { customers, people, responses, transactions, units } from '@centric/db/schema';
import { and, count, eq, getTableColumns, getTableName, gte, lte, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/** A customer row to insert. */
export type NewCustomerRow = typeof customers.$inferInsert;
/** A transaction row to insert. */
export type NewTransactionRow = typeof transactions.$inferInsert;

/**
 * Inserts rows of a table in one statement, without RETURNING. Every row must set the same columns; the column
 * names come from the Drizzle table, so the rows are type-checked like any other insert.
 */
export async function insertRows<T extends PgTable>(
  tx: Executor,
  table: T,
  rows: T['$inferInsert'][],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.entries(getTableColumns(table) as Record<string, { name: string }>).filter(
    ([key]) => (first as Record<string, unknown>)[key] !== undefined,
  );
  const json = JSON.stringify(
    rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const [key, column] of columns) out[column.name] = (row as Record<string, unknown>)[key];
      return out;
    }),
  );
  const list = sql.raw(columns.map(([, c]) => `"${c.name}"`).join(', '));
  const name = sql.identifier(getTableName(table));
  await tx.execute(
    sql`insert into ${name} (${list}) select ${list} from json_populate_recordset(null::${name}, ${json}::json)`,
  );
}

/**
 * Inserts complete response rows (every column set, so the stored rows are exactly these objects and the
 * response hooks can be handed them without reading them back).
 */
export function insertResponseRows(tx: Executor, rows: ResponseRow[]): Promise<void> {
  return insertRows(tx, responses, rows);
}

/** The ids of the customers whose external ids lie in [from, to], in external-id order. */
export async function customerIdsInRange(
  db: Executor,
  organisationId: string,
  from: string,
  to: string,
): Promise<string[]> {
  const rows = await db
    .select({ id: customers.id })
    .from(customers)
    .where(
      and(
        eq(customers.organisationId, organisationId),
        gte(customers.externalId, from),
        lte(customers.externalId, to),
      ),
    )
    .orderBy(customers.externalId);
  return rows.map((r) => r.id);
}

/** Row counts of what the demo creates in an organisation. */
export interface DemoCounts {
  units: number;
  people: number;
  customers: number;
  transactions: number;
  responses: number;
}

/** Counts an organisation's units, people, customers, transactions and responses (index-only scans). */
export async function countOrganisationRows(db: Executor, organisationId: string): Promise<DemoCounts> {
  const of = async (
    table: typeof units | typeof people | typeof customers | typeof transactions | typeof responses,
  ) => {
    const [row] = await db.select({ n: count() }).from(table).where(eq(table.organisationId, organisationId));
    // count() is a number on PGlite and a string on pg.
    return Number(row?.n ?? 0);
  };
  return {
    units: await of(units),
    people: await of(people),
    customers: await of(customers),
    transactions: await of(transactions),
    responses: await of(responses),
  };
}

/**
 * Runs batch writes with up to `depth` of them in flight, so that on PostgreSQL the next batch is built while
 * the server stores the previous one. Depth 1 (PGlite: one connection, same thread) runs them one by one.
 */
export class WritePipeline {
  readonly #depth: number;
  readonly #inFlight: Promise<void>[] = [];
  #failure: { error: unknown } | undefined;

  constructor(depth: number) {
    this.#depth = Math.max(1, depth);
  }

  /** Starts a write, waiting first when too many are in flight; rethrows an earlier write's failure. */
  async push(write: () => Promise<void>): Promise<void> {
    this.#throwIfFailed();
    this.#inFlight.push(
      write().catch((error: unknown) => {
        this.#failure ??= { error };
      }),
    );
    while (this.#inFlight.length >= this.#depth) await this.#inFlight.shift();
    this.#throwIfFailed();
  }

  /** Waits for every write in flight. */
  async drain(): Promise<void> {
    await Promise.all(this.#inFlight.splice(0));
    this.#throwIfFailed();
  }

  #throwIfFailed(): void {
    if (this.#failure) throw this.#failure.error;
  }
}
