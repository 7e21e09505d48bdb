import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import type { NewResponse, ResponseRow } from '../responses/response.repository';
import {
  type AlongsideInsert,
  insertedCte,
  runInsertStatement,
} from '../responses/response-statement.repository';
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

/** One first answer through an anonymous link, claiming its key. */
export interface LinkAnswerClaim {
  key: string;
  linkId: string;
  requestHash: string;
  responseId: string;
}

/**
 * Claims the keys of a batch of first answers through anonymous links and inserts the responses of the keys it
 * claimed, in one statement; answers the responses written. A key is claimed (for the response of the id in its
 * claim) only when its link's survey is live at this moment of the transaction; a key not claimed was already
 * stored (a retry, or a concurrent twin this statement waited for) or its survey is no longer live, and its
 * response is not written. `alongside` (the rollups, the audit entry) lands in the same statement, over the rows
 * written.
 */
export async function insertClaimedLinkAnswers(
  db: Executor,
  organisationId: string,
  claims: LinkAnswerClaim[],
  rows: NewResponse[],
  at: Date,
  alongside: AlongsideInsert = [],
): Promise<ResponseRow[]> {
  if (claims.length === 0) return [];
  const claimed = sql`claimed as (
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
      returning (body->>'responseId')::uuid as response_id)`;
  const inserted = insertedCte(
    rows,
    sql`r.organisation_id = ${organisationId}::uuid and r.id in (select response_id from claimed)`,
  );
  return runInsertStatement(db, [claimed, inserted], alongside);
}
