import type { SurveyStatus } from '@centric/core/surveys/survey-kinds';
import { and, eq } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { surveys } from '../schema';

/** A survey row. */
export type SurveyRow = typeof surveys.$inferSelect;

/** One page of surveys, newest first. */
export function listSurveys(
  db: Executor,
  organisationId: string,
  query: { cursor?: string | undefined; limit: number; status?: SurveyStatus | undefined },
) {
  const page = keyset(
    surveys.id,
    query,
    'desc',
    eq(surveys.organisationId, organisationId),
    query.status ? eq(surveys.status, query.status) : undefined,
  );
  return db.select().from(surveys).where(page.where).orderBy(page.orderBy).limit(page.limit);
}

/** Finds one survey of the organisation. */
export async function findSurvey(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<SurveyRow | undefined> {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, id)))
    .limit(1);
  return row;
}

/** Inserts a survey. */
export async function insertSurvey(db: Executor, values: typeof surveys.$inferInsert): Promise<SurveyRow> {
  const [row] = await db.insert(surveys).values(values).returning();
  return row!;
}

/** Updates a survey. */
export async function updateSurvey(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof surveys.$inferInsert>,
): Promise<SurveyRow> {
  const [row] = await db
    .update(surveys)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, id)))
    .returning();
  return row!;
}
