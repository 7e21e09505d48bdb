import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../database';
import { surveyLinks, surveys } from '../schema';

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

/** Which of these links of the organisation still open a live survey (read in the answer's transaction). */
export async function liveSurveyLinkIds(
  db: Executor,
  organisationId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: surveyLinks.id })
    .from(surveyLinks)
    .innerJoin(
      surveys,
      and(eq(surveys.id, surveyLinks.surveyId), eq(surveys.organisationId, surveyLinks.organisationId)),
    )
    .where(
      and(
        eq(surveyLinks.organisationId, organisationId),
        inArray(surveyLinks.id, ids),
        eq(surveys.status, 'live'),
      ),
    );
  return new Set(rows.map((r) => r.id));
}
