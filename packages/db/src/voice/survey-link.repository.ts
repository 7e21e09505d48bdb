import { and, eq } from 'drizzle-orm';
import type { Executor } from '../database';
import { surveyLinks } from '../schema';

/** A survey link row. */
export type SurveyLinkRow = typeof surveyLinks.$inferSelect;

/** Inserts a survey link. */
export async function insertSurveyLink(db: Executor, values: typeof surveyLinks.$inferInsert) {
  const [row] = await db.insert(surveyLinks).values(values).returning();
  return row!;
}

/** The links of one survey. */
export function listSurveyLinks(db: Executor, organisationId: string, surveyId: string) {
  return db
    .select()
    .from(surveyLinks)
    .where(and(eq(surveyLinks.organisationId, organisationId), eq(surveyLinks.surveyId, surveyId)))
    .orderBy(surveyLinks.id);
}

/** Finds a link by its public token (any organisation: the token is the credential). */
export async function findSurveyLinkByToken(db: Executor, token: string): Promise<SurveyLinkRow | undefined> {
  const [row] = await db.select().from(surveyLinks).where(eq(surveyLinks.token, token)).limit(1);
  return row;
}
