import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../database';
import { reviewCycles, reviews } from '../schema';

/** A review cycle row. */
export type ReviewCycleRow = typeof reviewCycles.$inferSelect;
/** A review row. */
export type ReviewRow = typeof reviews.$inferSelect;

/** The organisation's review cycles, newest first. */
export function listReviewCycles(db: Executor, organisationId: string): Promise<ReviewCycleRow[]> {
  return db
    .select()
    .from(reviewCycles)
    .where(eq(reviewCycles.organisationId, organisationId))
    .orderBy(desc(reviewCycles.id));
}

/** One review cycle of the organisation. */
export async function findReviewCycle(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<ReviewCycleRow | undefined> {
  const [row] = await db
    .select()
    .from(reviewCycles)
    .where(and(eq(reviewCycles.organisationId, organisationId), eq(reviewCycles.id, id)));
  return row;
}

/** Inserts a review cycle. */
export async function insertReviewCycle(
  db: Executor,
  values: typeof reviewCycles.$inferInsert,
): Promise<ReviewCycleRow> {
  const [row] = await db.insert(reviewCycles).values(values).returning();
  return row!;
}

/** Changes a review cycle. */
export async function updateReviewCycle(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof reviewCycles.$inferInsert>,
): Promise<ReviewCycleRow> {
  const [row] = await db
    .update(reviewCycles)
    .set({ ...values, updatedAt: values.updatedAt ?? new Date() })
    .where(and(eq(reviewCycles.organisationId, organisationId), eq(reviewCycles.id, id)))
    .returning();
  return row!;
}

/** The reviews of some cycles of the organisation (every cycle when none is given), oldest first. */
export function listReviews(db: Executor, organisationId: string, cycleIds?: string[]): Promise<ReviewRow[]> {
  if (cycleIds && cycleIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(reviews)
    .where(
      and(
        eq(reviews.organisationId, organisationId),
        cycleIds ? inArray(reviews.cycleId, cycleIds) : undefined,
      ),
    )
    .orderBy(asc(reviews.id));
}

/** A person's reviews, newest cycle first. */
export function listReviewsOfPerson(
  db: Executor,
  organisationId: string,
  personId: string,
): Promise<ReviewRow[]> {
  return db
    .select()
    .from(reviews)
    .where(and(eq(reviews.organisationId, organisationId), eq(reviews.personId, personId)))
    .orderBy(desc(reviews.cycleId));
}

/** One review of the organisation. */
export async function findReview(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<ReviewRow | undefined> {
  const [row] = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.organisationId, organisationId), eq(reviews.id, id)));
  return row;
}

/** Inserts reviews (none is a no-op); a person already reviewed in the cycle is skipped. */
export async function insertReviews(db: Executor, values: (typeof reviews.$inferInsert)[]): Promise<number> {
  if (values.length === 0) return 0;
  const rows = await db
    .insert(reviews)
    .values(values)
    .onConflictDoNothing({ target: [reviews.cycleId, reviews.personId] })
    .returning({ id: reviews.id });
  return rows.length;
}

/** Changes a review. */
export async function updateReview(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof reviews.$inferInsert>,
): Promise<ReviewRow> {
  const [row] = await db
    .update(reviews)
    .set({ ...values, updatedAt: values.updatedAt ?? new Date() })
    .where(and(eq(reviews.organisationId, organisationId), eq(reviews.id, id)))
    .returning();
  return row!;
}
