import { and, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { behaviours, commitments, evidence, people } from '../schema';

/** An evidence row. */
export type EvidenceRow = typeof evidence.$inferSelect;

/** Inserts a piece of evidence. */
export async function insertEvidence(db: Executor, values: typeof evidence.$inferInsert) {
  const [row] = await db.insert(evidence).values(values).returning();
  return row!;
}

/** Finds one piece of evidence of the organisation. */
export async function findEvidence(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(evidence)
    .where(and(eq(evidence.organisationId, organisationId), eq(evidence.id, id)))
    .limit(1);
  return row;
}

/** Records a participant's confirmation (only if still unconfirmed; answers the row, or undefined). */
export async function confirmEvidenceRow(
  db: Executor,
  organisationId: string,
  id: string,
  by: { personId: string; at: Date },
) {
  const [row] = await db
    .update(evidence)
    .set({ confirmedByPersonId: by.personId, confirmedAt: by.at, updatedAt: by.at })
    .where(
      and(eq(evidence.organisationId, organisationId), eq(evidence.id, id), isNull(evidence.confirmedAt)),
    )
    .returning();
  return row;
}

/** One page of evidence, newest first, with the leader's and the behaviour's names. */
export function listEvidence(
  db: Executor,
  organisationId: string,
  query: {
    cursor?: string | undefined;
    limit: number;
    personId?: string | undefined;
    awaitingConfirmationBy?: string | undefined;
  },
) {
  const page = keyset(
    evidence.id,
    query,
    'desc',
    eq(evidence.organisationId, organisationId),
    query.personId ? eq(evidence.personId, query.personId) : undefined,
    query.awaitingConfirmationBy
      ? and(
          isNull(evidence.confirmedAt),
          sql`${query.awaitingConfirmationBy}::uuid = any(${evidence.participantIds})`,
        )
      : undefined,
  );
  return db
    .select({
      evidence,
      personName: people.name,
      behaviourName: behaviours.name,
      cadence: behaviours.cadence,
    })
    .from(evidence)
    .innerJoin(people, eq(people.id, evidence.personId))
    .innerJoin(commitments, eq(commitments.id, evidence.commitmentId))
    .innerJoin(behaviours, eq(behaviours.id, commitments.behaviourId))
    .where(page.where)
    .orderBy(page.orderBy)
    .limit(page.limit);
}

/** Every piece of evidence of the organisation (or one leader) that occurred in [from, to), for the index. */
export function evidenceFacts(
  db: Executor,
  organisationId: string,
  range: { from: string; to: string; personId?: string | undefined },
) {
  return db
    .select({
      commitmentId: evidence.commitmentId,
      occurredOn: evidence.occurredOn,
      loggedAt: evidence.loggedAt,
      confirmedAt: evidence.confirmedAt,
    })
    .from(evidence)
    .where(
      and(
        eq(evidence.organisationId, organisationId),
        gte(evidence.occurredOn, range.from),
        lt(evidence.occurredOn, range.to),
        range.personId ? eq(evidence.personId, range.personId) : undefined,
      ),
    );
}

/** The latest evidence of one leader, newest first. */
export function latestEvidenceOf(db: Executor, organisationId: string, personId: string, limit: number) {
  return db
    .select({
      evidence,
      personName: people.name,
      behaviourName: behaviours.name,
      cadence: behaviours.cadence,
    })
    .from(evidence)
    .innerJoin(people, eq(people.id, evidence.personId))
    .innerJoin(commitments, eq(commitments.id, evidence.commitmentId))
    .innerJoin(behaviours, eq(behaviours.id, commitments.behaviourId))
    .where(and(eq(evidence.organisationId, organisationId), eq(evidence.personId, personId)))
    .orderBy(desc(evidence.occurredOn), desc(evidence.id))
    .limit(limit);
}

/** The evidence recorded from some feedback reviews. */
export function evidenceOfReviews(db: Executor, organisationId: string, reviewIds: string[]) {
  if (reviewIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: evidence.id, feedbackReviewId: evidence.feedbackReviewId })
    .from(evidence)
    .where(and(eq(evidence.organisationId, organisationId), inArray(evidence.feedbackReviewId, reviewIds)));
}
