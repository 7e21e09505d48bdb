import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../database';
import { behaviours, commitmentPauses, commitments, people } from '../schema';

/** A commitment row. */
export type CommitmentRow = typeof commitments.$inferSelect;
/** A pause row. */
export type PauseRow = typeof commitmentPauses.$inferSelect;
/** A commitment with its behaviour, its leader's name and its pauses. */
export interface CommitmentWithParts {
  commitment: CommitmentRow;
  behaviour: typeof behaviours.$inferSelect;
  personName: string;
  pauses: PauseRow[];
}

/** The organisation's commitments (optionally one leader's), with behaviours and pauses. */
export async function listCommitments(
  db: Executor,
  organisationId: string,
  filter: { personId?: string | undefined } = {},
): Promise<CommitmentWithParts[]> {
  const rows = await db
    .select({ commitment: commitments, behaviour: behaviours, personName: people.name })
    .from(commitments)
    .innerJoin(behaviours, eq(behaviours.id, commitments.behaviourId))
    .innerJoin(people, eq(people.id, commitments.personId))
    .where(
      and(
        eq(commitments.organisationId, organisationId),
        filter.personId ? eq(commitments.personId, filter.personId) : undefined,
      ),
    )
    .orderBy(asc(commitments.personId), asc(behaviours.position), asc(commitments.id));
  const pauses = rows.length
    ? await db
        .select()
        .from(commitmentPauses)
        .where(
          and(
            eq(commitmentPauses.organisationId, organisationId),
            inArray(
              commitmentPauses.commitmentId,
              rows.map((r) => r.commitment.id),
            ),
          ),
        )
        .orderBy(asc(commitmentPauses.startsOn))
    : [];
  return rows.map((r) => ({ ...r, pauses: pauses.filter((p) => p.commitmentId === r.commitment.id) }));
}

/** Finds one commitment of the organisation with its parts. */
export async function findCommitment(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<CommitmentWithParts | undefined> {
  const [row] = await db
    .select({ commitment: commitments, behaviour: behaviours, personName: people.name })
    .from(commitments)
    .innerJoin(behaviours, eq(behaviours.id, commitments.behaviourId))
    .innerJoin(people, eq(people.id, commitments.personId))
    .where(and(eq(commitments.organisationId, organisationId), eq(commitments.id, id)))
    .limit(1);
  if (!row) return undefined;
  const pauses = await db
    .select()
    .from(commitmentPauses)
    .where(and(eq(commitmentPauses.organisationId, organisationId), eq(commitmentPauses.commitmentId, id)))
    .orderBy(asc(commitmentPauses.startsOn));
  return { ...row, pauses };
}

/** Inserts a commitment. */
export async function insertCommitment(db: Executor, values: typeof commitments.$inferInsert) {
  const [row] = await db.insert(commitments).values(values).returning();
  return row!;
}

/** Ends a commitment. */
export async function endCommitmentRow(
  db: Executor,
  organisationId: string,
  id: string,
  values: { endsOn: string; endReason: string },
) {
  await db
    .update(commitments)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(commitments.organisationId, organisationId), eq(commitments.id, id)));
}

/** Starts a pause. */
export async function insertPause(db: Executor, values: typeof commitmentPauses.$inferInsert) {
  const [row] = await db.insert(commitmentPauses).values(values).returning();
  return row!;
}

/** Closes the open pause of a commitment on a day; answers whether there was one. */
export async function closeOpenPause(
  db: Executor,
  organisationId: string,
  commitmentId: string,
  endsOn: string,
): Promise<boolean> {
  const rows = await db
    .update(commitmentPauses)
    .set({ endsOn, updatedAt: new Date() })
    .where(
      and(
        eq(commitmentPauses.organisationId, organisationId),
        eq(commitmentPauses.commitmentId, commitmentId),
        isNull(commitmentPauses.endsOn),
      ),
    )
    .returning({ id: commitmentPauses.id });
  return rows.length > 0;
}
