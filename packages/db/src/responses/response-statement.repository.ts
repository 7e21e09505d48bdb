// Responses inserted in one statement together with everything that must land with them (the rollup counts, the
// audit entry, an idempotency claim): data-modifying CTEs over the rows just inserted. One statement is atomic
// on its own, so such a write needs no transaction, and it costs one round trip to the database instead of five.

import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { responses } from '../schema';
import type { NewResponse, ResponseRow } from './response.repository';

/**
 * Work that lands in the statement of an insert of responses: named data-modifying CTEs (`name as (…)`) that
 * read the rows inserted from the CTE `inserted` (the columns of `responses`).
 */
export type AlongsideInsert = SQL[];

/** The columns of `responses` in one insert-select: defaults where the caller left a value out. */
const RESPONSE_COLUMNS = Object.entries(getTableColumns(responses)).map(([field, column]) => ({
  field,
  column,
  value:
    column.name === 'created_at' || column.name === 'updated_at'
      ? `coalesce(r.${column.name}, now())`
      : column.name === 'answers'
        ? `coalesce(r.answers, '{}'::jsonb)`
        : `r.${column.name}`,
}));

/**
 * The CTE `inserted`: an insert of the rows (one JSON parameter whatever their number) returning them; `where`
 * (over the rows `r`) keeps some of them only.
 */
export function insertedCte(rows: NewResponse[], where: SQL = sql`true`): SQL {
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const { field, column } of RESPONSE_COLUMNS) {
      const value = (row as Record<string, unknown>)[field];
      if (value !== undefined) record[column.name] = value instanceof Date ? value.toISOString() : value;
    }
    return record;
  });
  return sql`inserted as (
    insert into responses (${sql.raw(RESPONSE_COLUMNS.map((c) => c.column.name).join(', '))})
    select ${sql.raw(RESPONSE_COLUMNS.map((c) => c.value).join(', '))}
      from json_populate_recordset(null::responses, ${JSON.stringify(records)}::json) r
     where ${where}
    returning *)`;
}

/**
 * Runs `with <ctes>, <alongside> select * from inserted` and answers the rows inserted. Every CTE runs, on one
 * snapshot, whatever the final select reads.
 */
export async function runInsertStatement(
  db: Executor,
  ctes: SQL[],
  alongside: AlongsideInsert,
): Promise<ResponseRow[]> {
  const result = await db.execute(
    sql`with ${sql.join([...ctes, ...alongside], sql`, `)} select * from inserted`,
  );
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((raw) => {
    const row: Record<string, unknown> = {};
    for (const { field, column } of RESPONSE_COLUMNS) {
      const value = raw[column.name];
      row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return row as ResponseRow;
  });
}

/** Inserts responses and what must land with them (`alongside`) in one statement; answers the rows inserted. */
export async function insertResponsesAlongside(
  db: Executor,
  rows: NewResponse[],
  alongside: AlongsideInsert,
): Promise<ResponseRow[]> {
  if (rows.length === 0) return [];
  return runInsertStatement(db, [insertedCte(rows)], alongside);
}
