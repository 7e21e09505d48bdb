import { and, eq, inArray, isNotNull, isNull, max, or, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { customers, surveyInvitations, surveyUnsubscribes } from '../schema';

/** A customer invitation row. */
export type SurveyInvitationRow = typeof surveyInvitations.$inferSelect;

/** Inserts invitations. */
export async function insertSurveyInvitations(
  db: Executor,
  values: (typeof surveyInvitations.$inferInsert)[],
): Promise<SurveyInvitationRow[]> {
  if (values.length === 0) return [];
  return db.insert(surveyInvitations).values(values).returning();
}

/** Finds an invitation by its token (any organisation: the token is the credential). */
export async function findSurveyInvitationByToken(db: Executor, token: string) {
  const [row] = await db.select().from(surveyInvitations).where(eq(surveyInvitations.token, token)).limit(1);
  return row;
}

/** Finds one invitation of the organisation. */
export async function findSurveyInvitation(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.organisationId, organisationId), eq(surveyInvitations.id, id)))
    .limit(1);
  return row;
}

/** The invitations of a survey, newest first. */
export function listSurveyInvitations(db: Executor, organisationId: string, surveyId: string, limit = 500) {
  return db
    .select()
    .from(surveyInvitations)
    .where(
      and(eq(surveyInvitations.organisationId, organisationId), eq(surveyInvitations.surveyId, surveyId)),
    )
    .orderBy(sql`${surveyInvitations.id} desc`)
    .limit(limit);
}

/**
 * Marks an invitation answered, only if it was not already: answers whether this call claimed it, so two
 * concurrent submissions of one invitation store one response.
 */
export async function claimSurveyInvitation(
  db: Executor,
  id: string,
  responseId: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(surveyInvitations)
    .set({ responseId, respondedAt: at, updatedAt: at })
    .where(and(eq(surveyInvitations.id, id), isNull(surveyInvitations.respondedAt)))
    .returning({ id: surveyInvitations.id });
  return rows.length === 1;
}

/** When each of these addresses (lower-cased) was last invited by the organisation. */
export async function lastInvitedAt(
  db: Executor,
  organisationId: string,
  emails: string[],
): Promise<Map<string, Date>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({ email: sql<string>`lower(${surveyInvitations.email})`, at: max(surveyInvitations.sentAt) })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.organisationId, organisationId),
        sql`lower(${surveyInvitations.email}) in (${sql.join(
          emails.map((e) => sql`${e}`),
          sql`, `,
        )})`,
      ),
    )
    .groupBy(sql`lower(${surveyInvitations.email})`);
  return new Map(rows.filter((r) => r.at).map((r) => [r.email, r.at!]));
}

/** Claims the reminders due by `now` (unanswered, not yet reminded), so each is sent once by one sweeper. */
export function claimDueReminders(db: Executor, now: Date, limit = 500) {
  return db
    .update(surveyInvitations)
    .set({ remindedAt: now, updatedAt: now })
    .where(
      sql`${surveyInvitations.id} in (select id from survey_invitations where remind_at <= ${now}
        and reminded_at is null and responded_at is null order by remind_at limit ${limit} for update skip locked)`,
    )
    .returning();
}

/** Records that an address asked not to be surveyed again. */
export async function insertUnsubscribe(db: Executor, organisationId: string, email: string, at: Date) {
  await db
    .insert(surveyUnsubscribes)
    .values({ organisationId, email: email.toLowerCase(), at })
    .onConflictDoNothing();
}

/** Which of these (lower-cased) addresses unsubscribed. */
export async function unsubscribedEmails(
  db: Executor,
  organisationId: string,
  emails: string[],
): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: surveyUnsubscribes.email })
    .from(surveyUnsubscribes)
    .where(
      and(
        eq(surveyUnsubscribes.organisationId, organisationId),
        sql`${surveyUnsubscribes.email} in (${sql.join(
          emails.map((e) => sql`${e}`),
          sql`, `,
        )})`,
      ),
    );
  return new Set(rows.map((r) => r.email));
}

/** Customers with an e-mail address among these ids or segments. */
export function customersWithEmail(
  db: Executor,
  organisationId: string,
  customerIds: string[],
  segmentIds: string[],
) {
  const who = [
    customerIds.length ? inArray(customers.id, customerIds) : undefined,
    segmentIds.length ? inArray(customers.segmentId, segmentIds) : undefined,
  ].filter(Boolean);
  if (who.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(customers)
    .where(and(eq(customers.organisationId, organisationId), isNotNull(customers.email), or(...who)));
}

/** The invitation a response answered, if it came from one. */
export async function findInvitationOfResponse(db: Executor, organisationId: string, responseId: string) {
  const [row] = await db
    .select()
    .from(surveyInvitations)
    .where(
      and(eq(surveyInvitations.organisationId, organisationId), eq(surveyInvitations.responseId, responseId)),
    )
    .limit(1);
  return row;
}
