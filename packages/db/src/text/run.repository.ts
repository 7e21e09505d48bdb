import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../database';
import { textRuns } from '../schema';

/** A background re-analysis of an organisation's comments. */
export type RunRow = typeof textRuns.$inferSelect;

/** Records a queued run; earlier runs still queued or running are marked superseded (the new one redoes all). */
export async function insertRun(
  db: Executor,
  values: { organisationId: string; reason: string; codeframeVersion: number; at: Date },
): Promise<RunRow> {
  await db
    .update(textRuns)
    .set({ status: 'superseded', finishedAt: values.at })
    .where(
      and(
        eq(textRuns.organisationId, values.organisationId),
        inArray(textRuns.status, ['queued', 'running']),
      ),
    );
  const [row] = await db
    .insert(textRuns)
    .values({
      organisationId: values.organisationId,
      reason: values.reason,
      codeframeVersion: values.codeframeVersion,
      status: 'queued',
      createdAt: values.at,
    })
    .returning();
  return row!;
}

/** The organisation's most recent run. */
export async function findLatestRun(db: Executor, organisationId: string): Promise<RunRow | undefined> {
  const [row] = await db
    .select()
    .from(textRuns)
    .where(eq(textRuns.organisationId, organisationId))
    .orderBy(desc(textRuns.id))
    .limit(1);
  return row;
}

/** Reads a run. */
export async function findRun(db: Executor, organisationId: string, id: string): Promise<RunRow | undefined> {
  const [row] = await db
    .select()
    .from(textRuns)
    .where(and(eq(textRuns.organisationId, organisationId), eq(textRuns.id, id)))
    .limit(1);
  return row;
}

/** Updates a run's status or progress. */
export async function updateRun(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<Pick<RunRow, 'status' | 'done' | 'total' | 'error' | 'startedAt' | 'finishedAt'>>,
): Promise<void> {
  await db
    .update(textRuns)
    .set(values)
    .where(and(eq(textRuns.organisationId, organisationId), eq(textRuns.id, id)));
}
