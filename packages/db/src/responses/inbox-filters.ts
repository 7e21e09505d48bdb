import { and, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { cases, responses } from '../schema';

/** The feedback inbox's filters over responses (added to the list query's conditions). */
export interface InboxFilters {
  scoreMin?: number | undefined;
  scoreMax?: number | undefined;
  channelId?: string | undefined;
  segmentId?: string | undefined;
  /** Words the comment contains (case-insensitive). */
  q?: string | undefined;
  /** true: only responses with an open case; false: only those without one. */
  hasOpenCase?: boolean | undefined;
}

/** The SQL conditions of the inbox filters that are set. */
export function inboxConditions(organisationId: string, query: InboxFilters): (SQL | undefined)[] {
  const openCase = sql`exists (select 1 from ${cases} where ${cases.organisationId} = ${organisationId}
    and ${cases.responseId} = ${responses.id} and ${cases.status} in ('new','contacted'))`;
  return [
    query.scoreMin !== undefined ? gte(responses.score, query.scoreMin) : undefined,
    query.scoreMax !== undefined ? lte(responses.score, query.scoreMax) : undefined,
    query.channelId ? eq(responses.channelId, query.channelId) : undefined,
    query.segmentId ? eq(responses.segmentId, query.segmentId) : undefined,
    query.q
      ? and(
          ...query.q
            .split(/\s+/)
            .filter(Boolean)
            .map((word) => sql`${responses.comment} ilike ${`%${word.replace(/[\\%_]/g, '\\$&')}%`}`),
        )
      : undefined,
    query.hasOpenCase === true ? openCase : query.hasOpenCase === false ? sql`not ${openCase}` : undefined,
  ];
}
