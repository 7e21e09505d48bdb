import { and, count, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
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

/** The organisation's latest applied import of a file with these bytes (its SHA-256), other than `excludingId`. */
export async function findAppliedImportByFingerprint(
  db: Executor,
  organisationId: string,
  fingerprint: string,
  excludingId?: string,
): Promise<ResponseImportRow | undefined> {
  const [row] = await db
    .select()
    .from(responseImports)
    .where(
      and(
        eq(responseImports.organisationId, organisationId),
        eq(responseImports.fingerprint, fingerprint),
        eq(responseImports.status, 'applied'),
        excludingId ? ne(responseImports.id, excludingId) : undefined,
      ),
    )
    .orderBy(desc(responseImports.id))
    .limit(1);
  return row;
}

/**
 * Makes the imports of one organisation of a file with these bytes take turns until the caller's transaction
 * ends: the second waits here for the first to commit or roll back, then sees whether it was applied.
 */
export async function lockImportFingerprint(
  tx: Executor,
  organisationId: string,
  fingerprint: string,
): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`${organisationId}:${fingerprint}`}, 0))`,
  );
}

/**
 * Marks an import applied in its applying transaction, so that it is applied exactly when its responses are
 * committed (the summary is recorded after the commit by finishResponseImport).
 */
export async function markResponseImportApplied(
  tx: Executor,
  organisationId: string,
  id: string,
  imported: number,
): Promise<void> {
  await tx
    .update(responseImports)
    .set({ status: 'applied', imported })
    .where(and(eq(responseImports.organisationId, organisationId), eq(responseImports.id, id)));
}

/** Says that the runner is still at work on these imports (they stay "running" while it beats). */
export async function beatResponseImports(
  db: Executor,
  runner: string,
  ids: string[],
  at: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(responseImports)
    .set({ heartbeatAt: at })
    .where(
      and(
        inArray(responseImports.id, ids),
        eq(responseImports.runner, runner),
        eq(responseImports.status, 'running'),
      ),
    );
}

/**
 * Imports of every organisation still "running" that `runner` does not own and, with `silentSince`, whose
 * runner has given no news since then (null: every one, when no other process can be running an import).
 * Startup maintenance, not a read for a person: hence not scoped by organisation.
 */
export function listOrphanedResponseImports(
  db: Executor,
  runner: string,
  silentSince: Date | null,
): Promise<Pick<ResponseImportRow, 'id' | 'organisationId'>[]> {
  return db
    .select({ id: responseImports.id, organisationId: responseImports.organisationId })
    .from(responseImports)
    .where(
      and(
        eq(responseImports.status, 'running'),
        or(isNull(responseImports.runner), ne(responseImports.runner, runner)),
        silentSince
          ? lt(sql`coalesce(${responseImports.heartbeatAt}, ${responseImports.createdAt})`, silentSince)
          : undefined,
      ),
    );
}

/** How many responses an import wrote (its apply pass is one transaction: all of them or none). */
export async function countImportedResponses(
  db: Executor,
  organisationId: string,
  importId: string,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(responses)
    .where(and(eq(responses.organisationId, organisationId), eq(responses.importId, importId)));
  return Number(row?.n ?? 0);
}

/**
 * Ends an import that was still "running", and only then: a runner that finishes meanwhile wins, and an import
 * already marked applied by its committed transaction stays applied.
 */
export async function closeRunningResponseImport(
  db: Executor,
  organisationId: string,
  id: string,
  values: Pick<ResponseImportRow, 'status' | 'imported' | 'report' | 'finishedAt'> &
    Partial<Pick<ResponseImportRow, 'badLines'>>,
): Promise<boolean> {
  const rows = await db
    .update(responseImports)
    .set(values)
    .where(
      and(
        eq(responseImports.organisationId, organisationId),
        eq(responseImports.id, id),
        eq(responseImports.status, 'running'),
      ),
    )
    .returning({ id: responseImports.id });
  return rows.length > 0;
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
