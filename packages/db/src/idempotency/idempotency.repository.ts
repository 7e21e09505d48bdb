import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import type { NewResponse, ResponseRow } from '../responses/response.repository';
import { idempotencyKeys, responses } from '../schema';

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

/** One first answer through an anonymous link, claiming its key. */
export interface LinkAnswerClaim {
  key: string;
  linkId: string;
  requestHash: string;
  responseId: string;
}

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
 * Claims the keys of a batch of first answers through anonymous links and inserts the responses of the keys it
 * claimed, in one statement; answers the responses written. A key is claimed (for the response of the id in its
 * claim) only when its link's survey is live at this moment of the transaction; a key not claimed was already
 * stored (a retry, or a concurrent twin this statement waited for) or its survey is no longer live, and its
 * response is not written.
 */
export async function insertClaimedLinkAnswers(
  db: Executor,
  organisationId: string,
  claims: LinkAnswerClaim[],
  rows: NewResponse[],
  at: Date,
): Promise<ResponseRow[]> {
  if (claims.length === 0) return [];
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const { field, column } of RESPONSE_COLUMNS) {
      const value = (row as Record<string, unknown>)[field];
      if (value !== undefined) record[column.name] = value instanceof Date ? value.toISOString() : value;
    }
    return record;
  });
  const result = await db.execute(sql`
    with claimed as (
      insert into idempotency_keys (organisation_id, key, request_hash, status, body, created_at)
      select ${organisationId}::uuid, v.key, v.request_hash, 201, jsonb_build_object('responseId', v.response_id), ${at.toISOString()}::timestamptz
        from json_to_recordset(${JSON.stringify(
          claims.map((c) => ({
            key: c.key,
            link_id: c.linkId,
            request_hash: c.requestHash,
            response_id: c.responseId,
          })),
        )}::json) as v(key text, link_id uuid, request_hash text, response_id uuid)
        join survey_links l on l.id = v.link_id and l.organisation_id = ${organisationId}::uuid
        join surveys s on s.id = l.survey_id and s.organisation_id = l.organisation_id and s.status = 'live'
      on conflict do nothing
      returning (body->>'responseId')::uuid as response_id
    )
    insert into responses (${sql.raw(RESPONSE_COLUMNS.map((c) => c.column.name).join(', '))})
    select ${sql.raw(RESPONSE_COLUMNS.map((c) => c.value).join(', '))}
      from json_populate_recordset(null::responses, ${JSON.stringify(records)}::json) r
     where r.organisation_id = ${organisationId}::uuid and r.id in (select response_id from claimed)
    returning *`);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((raw) => {
    const row: Record<string, unknown> = {};
    for (const { field, column } of RESPONSE_COLUMNS) {
      const value = raw[column.name];
      row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return row as ResponseRow;
  });
}
