import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { responses, textAnalyses, textTags, units } from '../schema';
import { type InboxFilters, inboxConditions } from './inbox-filters';

/** A response row. */
export type ResponseRow = typeof responses.$inferSelect;
/** A response to insert. */
export type NewResponse = typeof responses.$inferInsert;

/** One page of responses, newest first; `unitPathPrefix` keeps a unit's subtree only. */
export function listResponses(
  db: Executor,
  organisationId: string,
  query: {
    cursor?: string | undefined;
    limit: number;
    surveyId?: string | undefined;
    customerId?: string | undefined;
    unitPathPrefix?: string | undefined;
    from?: Date | undefined;
    to?: Date | undefined;
    /** Only comments analysed with this sentiment. */
    sentiment?: 'positive' | 'neutral' | 'negative' | undefined;
    /** Only comments tagged with this theme ("other": with none). */
    themeId?: string | undefined;
  } & InboxFilters,
) {
  const page = keyset(
    responses.id,
    query,
    'desc',
    eq(responses.organisationId, organisationId),
    query.surveyId ? eq(responses.surveyId, query.surveyId) : undefined,
    query.customerId ? eq(responses.customerId, query.customerId) : undefined,
    query.from ? gte(responses.respondedAt, query.from) : undefined,
    query.to ? lt(responses.respondedAt, query.to) : undefined,
    query.sentiment
      ? inArray(
          responses.id,
          db
            .select({ id: textAnalyses.responseId })
            .from(textAnalyses)
            .where(
              and(eq(textAnalyses.organisationId, organisationId), eq(textAnalyses.label, query.sentiment)),
            ),
        )
      : undefined,
    query.themeId
      ? inArray(
          responses.id,
          db
            .select({ id: textTags.responseId })
            .from(textTags)
            .where(and(eq(textTags.organisationId, organisationId), eq(textTags.themeId, query.themeId))),
        )
      : undefined,
    query.unitPathPrefix
      ? inArray(
          responses.unitId,
          db
            .select({ id: units.id })
            .from(units)
            .where(
              and(eq(units.organisationId, organisationId), sql`${units.path} like ${query.unitPathPrefix}`),
            ),
        )
      : undefined,
    ...inboxConditions(organisationId, query),
  );
  return db.select().from(responses).where(page.where).orderBy(page.orderBy).limit(page.limit);
}

/** Finds one response of the organisation. */
export async function findResponse(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<ResponseRow | undefined> {
  const [row] = await db
    .select()
    .from(responses)
    .where(and(eq(responses.organisationId, organisationId), eq(responses.id, id)))
    .limit(1);
  return row;
}

/** Inserts responses in one statement (callers batch large imports). */
export async function insertResponses(db: Executor, values: NewResponse[]): Promise<ResponseRow[]> {
  if (values.length === 0) return [];
  return db.insert(responses).values(values).returning();
}

/** Updates a response. */
export async function updateResponseRow(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<NewResponse>,
): Promise<ResponseRow> {
  const [row] = await db
    .update(responses)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(responses.organisationId, organisationId), eq(responses.id, id)))
    .returning();
  return row!;
}

/** Deletes a response. */
export async function deleteResponseRow(db: Executor, organisationId: string, id: string): Promise<void> {
  await db.delete(responses).where(and(eq(responses.organisationId, organisationId), eq(responses.id, id)));
}

/** The attribution columns a bulk re-attribution may move. */
const ATTRIBUTION_COLUMNS = {
  unit: 'unit_id',
  channel: 'channel_id',
  segment: 'segment_id',
  employee: 'employee_id',
} as const;

/**
 * Moves every response of an organisation attributed to `fromId` (a unit, channel, segment or employee) to
 * `toId`, or to none, in one statement; answers how many moved. Only the write path's bulk re-attribution calls
 * it, with the rollups adjusted in the same transaction.
 */
export async function reattributeResponseRows(
  db: Executor,
  organisationId: string,
  dimension: keyof typeof ATTRIBUTION_COLUMNS,
  fromId: string,
  toId: string | null,
  at: Date,
): Promise<number> {
  const column = sql.raw(ATTRIBUTION_COLUMNS[dimension]);
  const result = (await db.execute(sql`
    update responses set ${column} = ${toId}::uuid, updated_at = ${at.toISOString()}::timestamptz
    where organisation_id = ${organisationId}::uuid and ${column} = ${fromId}::uuid`)) as {
    rowCount?: number | null;
    affectedRows?: number;
  };
  return Number(result.rowCount ?? result.affectedRows ?? 0);
}
