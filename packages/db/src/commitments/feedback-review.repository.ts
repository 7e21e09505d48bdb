import { and, eq, inArray } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { feedbackReviewAttendees, feedbackReviews, people } from '../schema';

/** A feedback review row. */
export type FeedbackReviewRow = typeof feedbackReviews.$inferSelect;

/** Inserts a review and its attendees. */
export async function insertFeedbackReview(
  db: Executor,
  values: typeof feedbackReviews.$inferInsert,
  attendees: { personId: string; unitId: string | null; attended: boolean }[],
) {
  const [row] = await db.insert(feedbackReviews).values(values).returning();
  if (attendees.length)
    await db.insert(feedbackReviewAttendees).values(attendees.map((a) => ({ ...a, reviewId: row!.id })));
  return row!;
}

/** One page of reviews, newest first. */
export function listFeedbackReviews(
  db: Executor,
  organisationId: string,
  query: { cursor?: string | undefined; limit: number; organiserId?: string | undefined },
) {
  const page = keyset(
    feedbackReviews.id,
    query,
    'desc',
    eq(feedbackReviews.organisationId, organisationId),
    query.organiserId ? eq(feedbackReviews.organiserPersonId, query.organiserId) : undefined,
  );
  return db
    .select({ review: feedbackReviews, organiserName: people.name })
    .from(feedbackReviews)
    .innerJoin(people, eq(people.id, feedbackReviews.organiserPersonId))
    .where(page.where)
    .orderBy(page.orderBy)
    .limit(page.limit);
}

/** Finds one review of the organisation. */
export async function findFeedbackReview(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select({ review: feedbackReviews, organiserName: people.name })
    .from(feedbackReviews)
    .innerJoin(people, eq(people.id, feedbackReviews.organiserPersonId))
    .where(and(eq(feedbackReviews.organisationId, organisationId), eq(feedbackReviews.id, id)))
    .limit(1);
  return row;
}

/** The attendees of some reviews, with names. */
export function attendeesOf(db: Executor, reviewIds: string[]) {
  if (reviewIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      reviewId: feedbackReviewAttendees.reviewId,
      personId: feedbackReviewAttendees.personId,
      unitId: feedbackReviewAttendees.unitId,
      attended: feedbackReviewAttendees.attended,
      name: people.name,
    })
    .from(feedbackReviewAttendees)
    .innerJoin(people, eq(people.id, feedbackReviewAttendees.personId))
    .where(inArray(feedbackReviewAttendees.reviewId, reviewIds));
}
