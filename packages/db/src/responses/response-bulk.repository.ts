import { type SQL, sql } from 'drizzle-orm';
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
    if (v === null || v === undefined) out += 'NULL';
    else out += `"${NEEDS_ESCAPE.test(v) ? v.replace(/\\/g, '\\\\').replace(/"/g, '\\"') : v}"`;
  }
  return `${out}}`;
}

const NEEDS_ESCAPE = /["\\]/;

/**
 * An array literal of values that never need quoting (uuids, numbers, ISO times: no space, comma, brace, quote
 * or backslash, never empty or the word NULL), written as they are: a million-row import builds seven such
 * arrays per chunk, and this is most of its array text.
 */
export function plainArrayLiteral(values: readonly (string | null | undefined)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const v = values[i];
    out += v === null || v === undefined ? 'NULL' : v;
  }
  return `${out}}`;
}

/**
 * One statement inserting many responses (at least one) of one organisation and one import, built at once so
 * a caller can build it while another runs: each column travels as one array parameter and `unnest` turns them
 * back into rows, so 10,000 rows are 15 parameters and one round trip on both engines (no RETURNING: the caller
 * drew the ids and times and already has the rows). `withoutRowChecks` makes the insert turn the row-by-row
 * foreign-key checks off first (see response-parents.repository.ts: the caller locks the parents and restores).
 */
export function bulkInsertStatement(
  rows: readonly BulkResponse[],
  options: { withoutRowChecks?: boolean } = {},
): SQL {
  const { organisationId, importId, createdAt, updatedAt } = rows[0]!;
  for (const r of rows)
    if (r.organisationId !== organisationId || r.importId !== importId)
      throw new Error('a bulk insert takes the rows of one organisation and one import');
  const text = (f: (r: BulkResponse) => string | null) => arrayLiteral(rows.map(f));
  const plain = (f: (r: BulkResponse) => string | null) => plainArrayLiteral(rows.map(f));
  const answers = rows.map((r) =>
    r.answers && Object.keys(r.answers).length > 0 ? JSON.stringify(r.answers) : null,
  );
  return sql`
    insert into responses (id, organisation_id, survey_id, score, comment, customer_id, channel_id, segment_id,
                           unit_id, employee_id, answers, source, language, responded_at, import_id, created_at, updated_at)
    select id, ${organisationId}::uuid, survey_id, score, comment, customer_id, channel_id, segment_id,
           unit_id, employee_id, coalesce(answers, '{}'::jsonb), source, language, responded_at, ${importId}::uuid,
           ${createdAt.toISOString()}::timestamptz, ${updatedAt.toISOString()}::timestamptz
    from unnest(${plain((r) => r.id)}::uuid[], ${plain((r) => r.surveyId)}::uuid[],
                ${plain((r) => (r.score === null ? null : String(r.score)))}::smallint[], ${text((r) => r.comment)}::text[],
                ${plain((r) => r.customerId)}::uuid[], ${plain((r) => r.channelId)}::uuid[], ${plain((r) => r.segmentId)}::uuid[],
                ${plain((r) => r.unitId)}::uuid[], ${plain((r) => r.employeeId)}::uuid[], ${arrayLiteral(answers)}::jsonb[],
                ${text((r) => r.source)}::text[], ${text((r) => r.language)}::text[],
                ${plain((r) => r.respondedAt.toISOString())}::timestamptz[])
         as t(id, survey_id, score, comment, customer_id, channel_id, segment_id, unit_id, employee_id, answers,
              source, language, responded_at)${options.withoutRowChecks ? sql`, ${rowChecksOff}` : sql.empty()}`;
}
