import { sql } from 'drizzle-orm';
import type { Executor } from '../database';
import type { NewResponse } from './response.repository';
import { rowChecksOff } from './response-parents.repository';

/** A response row complete enough for a set-based insert (id and times drawn by the caller). */
export type BulkResponse = Required<
  Pick<
    NewResponse,
    | 'id'
    | 'organisationId'
    | 'surveyId'
    | 'score'
    | 'comment'
    | 'customerId'
    | 'channelId'
    | 'segmentId'
    | 'unitId'
    | 'employeeId'
    | 'answers'
    | 'source'
    | 'language'
    | 'respondedAt'
    | 'importId'
    | 'createdAt'
    | 'updatedAt'
  >
>;

/** One PostgreSQL array literal of text elements (null for SQL NULL), quoted so any text survives. */
export function arrayLiteral(values: readonly (string | null | undefined)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const v = values[i];
    out += v === null || v === undefined ? 'NULL' : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  }
  return `${out}}`;
}

/**
 * Inserts many responses in one statement: each column travels as one array parameter and `unnest` turns them
 * back into rows, so 10,000 rows are 16 parameters and one round trip on both engines (no RETURNING: the caller
 * drew the ids and times and already has the rows). `withoutRowChecks` makes the insert turn the row-by-row
 * foreign-key checks off first (see response-parents.repository.ts: the caller locks the parents and restores).
 */
export async function bulkInsertResponses(
  tx: Executor,
  rows: readonly BulkResponse[],
  options: { withoutRowChecks?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const col = (f: (r: BulkResponse) => string | null | undefined) => arrayLiteral(rows.map(f));
  const answers = rows.map((r) =>
    r.answers && Object.keys(r.answers).length > 0 ? JSON.stringify(r.answers) : null,
  );
  await tx.execute(sql`
    insert into responses (id, organisation_id, survey_id, score, comment, customer_id, channel_id, segment_id,
                           unit_id, employee_id, answers, source, language, responded_at, import_id, created_at, updated_at)
    select id, ${rows[0]!.organisationId}::uuid, survey_id, score, comment, customer_id, channel_id, segment_id,
           unit_id, employee_id, coalesce(answers, '{}'::jsonb), source, language, responded_at, import_id,
           ${rows[0]!.createdAt.toISOString()}::timestamptz, ${rows[0]!.updatedAt.toISOString()}::timestamptz
    from unnest(${col((r) => r.id)}::uuid[], ${col((r) => r.surveyId)}::uuid[],
                ${col((r) => (r.score === null ? null : String(r.score)))}::smallint[], ${col((r) => r.comment)}::text[],
                ${col((r) => r.customerId)}::uuid[], ${col((r) => r.channelId)}::uuid[], ${col((r) => r.segmentId)}::uuid[],
                ${col((r) => r.unitId)}::uuid[], ${col((r) => r.employeeId)}::uuid[], ${arrayLiteral(answers)}::jsonb[],
                ${col((r) => r.source)}::text[], ${col((r) => r.language)}::text[],
                ${col((r) => r.respondedAt.toISOString())}::timestamptz[], ${col((r) => r.importId)}::uuid[])
         as t(id, survey_id, score, comment, customer_id, channel_id, segment_id, unit_id, employee_id, answers,
              source, language, responded_at, import_id)${options.withoutRowChecks ? sql`, ${rowChecksOff}` : sql.empty()}`);
}
