import { and, asc, eq, gt, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { responses, surveys, textAnalyses, textTags } from '../schema';

/** A stored analysis of one comment. */
export type AnalysisRow = typeof textAnalyses.$inferSelect;
/** A stored theme tag. */
export type TagRow = typeof textTags.$inferSelect;

/** One comment to analyse, with where it counts in the rollups. */
export interface CommentToAnalyse {
  id: string;
  comment: string;
  /** Month of the answer in the organisation's time zone, YYYY-MM. */
  month: string;
  unitId: string | null;
  /** promoter | passive | detractor for an NPS answer, none otherwise. */
  npsGroup: string;
}

/** The analysis of a comment with its tags, as written. */
export interface AnalysisWrite {
  analysis: Omit<typeof textAnalyses.$inferInsert, 'organisationId'>;
  tags: Omit<typeof textTags.$inferInsert, 'organisationId' | 'responseId'>[];
}

/**
 * Which responses carry a customer comment to analyse: a non-blank comment, not from the employee pulse (its
 * comments are about the workplace, not a customer codeframe), in English or of unknown language (the
 * sentiment model and the tagger read English).
 */
function analysable(organisationId: string) {
  return and(
    eq(responses.organisationId, organisationId),
    isNotNull(responses.comment),
    sql`btrim(${responses.comment}) <> ''`,
    or(sql`${responses.language} is null`, sql`${responses.language} ilike 'en%'`),
    ne(surveys.kind, 'enps'),
  );
}

/** The columns of a comment to analyse; the month is cut in the organisation's time zone. */
function commentColumns(timeZone: string) {
  return {
    id: responses.id,
    comment: responses.comment,
    month: sql<string>`to_char(${responses.respondedAt} at time zone ${timeZone}, 'YYYY-MM')`,
    unitId: responses.unitId,
    npsGroup: sql<string>`case when ${surveys.kind} = 'nps' and ${responses.score} is not null then
      case when ${responses.score} >= 9 then 'promoter' when ${responses.score} >= 7 then 'passive' else 'detractor' end
      else 'none' end`,
  };
}

/** A page of the organisation's analysable comments in id order, after `afterId`. */
export async function analysableComments(
  db: Executor,
  organisationId: string,
  timeZone: string,
  page: { afterId?: string | undefined; limit: number },
): Promise<CommentToAnalyse[]> {
  const rows = await db
    .select(commentColumns(timeZone))
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .where(and(analysable(organisationId), page.afterId ? gt(responses.id, page.afterId) : undefined))
    .orderBy(asc(responses.id))
    .limit(page.limit);
  return rows as CommentToAnalyse[];
}

/** How many analysable comments the organisation has. */
export async function countAnalysableComments(db: Executor, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .where(analysable(organisationId));
  return Number(row?.n ?? 0);
}

/** The analysable comments among the given responses (others are skipped). */
export async function analysableCommentsOf(
  db: Executor,
  organisationId: string,
  timeZone: string,
  ids: readonly string[],
): Promise<CommentToAnalyse[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(commentColumns(timeZone))
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .where(and(analysable(organisationId), inArray(responses.id, [...ids])));
  return rows as CommentToAnalyse[];
}

/** Replaces the analyses and tags of these comments (one statement each for analyses, old tags and new tags). */
export async function replaceAnalyses(
  tx: Executor,
  organisationId: string,
  writes: readonly AnalysisWrite[],
): Promise<void> {
  if (writes.length === 0) return;
  const ids = writes.map((w) => w.analysis.responseId);
  await tx
    .delete(textTags)
    .where(and(eq(textTags.organisationId, organisationId), inArray(textTags.responseId, ids)));
  await tx
    .insert(textAnalyses)
    .values(writes.map((w) => ({ ...w.analysis, organisationId })))
    .onConflictDoUpdate({
      target: textAnalyses.responseId,
      set: {
        label: sql`excluded.label`,
        score: sql`excluded.score`,
        sentences: sql`excluded.sentences`,
        other: sql`excluded.other`,
        codeframeVersion: sql`excluded.codeframe_version`,
        analysedAt: sql`excluded.analysed_at`,
        month: sql`excluded.month`,
        unitId: sql`excluded.unit_id`,
        npsGroup: sql`excluded.nps_group`,
      },
    });
  const tags = writes.flatMap((w) =>
    w.tags.map((t) => ({ ...t, organisationId, responseId: w.analysis.responseId })),
  );
  // Postgres caps a statement at 65,535 parameters: 6 per tag.
  for (let i = 0; i < tags.length; i += 5000) await tx.insert(textTags).values(tags.slice(i, i + 5000));
}

/** Removes the analyses of responses whose comment is no longer analysable (emptied, edited to French, …). */
export async function deleteAnalyses(
  tx: Executor,
  organisationId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .delete(textAnalyses)
    .where(and(eq(textAnalyses.organisationId, organisationId), inArray(textAnalyses.responseId, [...ids])));
  await tx
    .delete(textTags)
    .where(and(eq(textTags.organisationId, organisationId), inArray(textTags.responseId, [...ids])));
}

/** The analyses and tags of some responses (badges on a list). */
export async function analysesOf(
  db: Executor,
  organisationId: string,
  ids: readonly string[],
): Promise<{ analyses: AnalysisRow[]; tags: TagRow[] }> {
  if (ids.length === 0) return { analyses: [], tags: [] };
  const [analyses, tags] = [
    await db
      .select()
      .from(textAnalyses)
      .where(
        and(eq(textAnalyses.organisationId, organisationId), inArray(textAnalyses.responseId, [...ids])),
      ),
    await db
      .select()
      .from(textTags)
      .where(and(eq(textTags.organisationId, organisationId), inArray(textTags.responseId, [...ids]))),
  ];
  return { analyses, tags };
}

/** The newest analysed comments, each with whether no theme tags it ("Other"), for proposals. */
export async function commentTexts(
  db: Executor,
  organisationId: string,
  limit: number,
): Promise<{ comment: string; other: boolean }[]> {
  const rows = await db
    .select({ comment: responses.comment, other: textAnalyses.other })
    .from(textAnalyses)
    .innerJoin(responses, eq(responses.id, textAnalyses.responseId))
    .where(eq(textAnalyses.organisationId, organisationId))
    .orderBy(sql`${textAnalyses.responseId} desc`)
    .limit(limit);
  return rows as { comment: string; other: boolean }[];
}
