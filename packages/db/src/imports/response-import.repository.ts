import { and, desc, eq, gt, gte, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { responseImports, responses } from '../schema';

/** A response import row. */
export type ResponseImportRow = typeof responseImports.$inferSelect;

/** Records the start of an import. */
export async function insertResponseImport(
  db: Executor,
  values: typeof responseImports.$inferInsert,
): Promise<ResponseImportRow> {
  const [row] = await db.insert(responseImports).values(values).returning();
  return row!;
}

/** Records how an import ended. */
export async function finishResponseImport(
  db: Executor,
  organisationId: string,
  id: string,
  values: Pick<ResponseImportRow, 'status' | 'imported' | 'badLines' | 'report' | 'finishedAt'>,
): Promise<void> {
  await db
    .update(responseImports)
    .set(values)
    .where(and(eq(responseImports.organisationId, organisationId), eq(responseImports.id, id)));
}

/** One import of the organisation. */
export async function findResponseImport(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(responseImports)
    .where(and(eq(responseImports.organisationId, organisationId), eq(responseImports.id, id)))
    .limit(1);
  return row;
}

/** The organisation's latest imports, newest first. */
export function listResponseImports(db: Executor, organisationId: string, limit: number) {
  return db
    .select()
    .from(responseImports)
    .where(eq(responseImports.organisationId, organisationId))
    .orderBy(desc(responseImports.id))
    .limit(limit);
}

/**
 * One page of the ids of an import's responses, in id order after `afterId`: the after-commit work of an import
 * (text analysis, case evaluation) walks them a page per job instead of queueing one job per response.
 */
export async function pageImportedResponses(
  db: Executor,
  organisationId: string,
  importId: string,
  query: { afterId: string | null; limit: number; withComment?: boolean; respondedSince?: Date },
): Promise<string[]> {
  const rows = await db
    .select({ id: responses.id })
    .from(responses)
    .where(
      and(
        eq(responses.organisationId, organisationId),
        eq(responses.importId, importId),
        query.afterId ? gt(responses.id, query.afterId) : undefined,
        query.withComment
          ? and(isNotNull(responses.comment), sql`btrim(${responses.comment}) <> ''`)
          : undefined,
        query.respondedSince ? gte(responses.respondedAt, query.respondedSince) : undefined,
      ),
    )
    .orderBy(responses.id)
    .limit(query.limit);
  return rows.map((r) => r.id);
}
