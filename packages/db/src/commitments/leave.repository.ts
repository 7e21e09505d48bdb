import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '../database';
import { leavePeriods, people } from '../schema';

/** A leave-period row. */
export type LeaveRow = typeof leavePeriods.$inferSelect;

/** Inserts a period of leave. */
export async function insertLeave(db: Executor, values: typeof leavePeriods.$inferInsert): Promise<LeaveRow> {
  const [row] = await db.insert(leavePeriods).values(values).returning();
  return row!;
}

/** Finds one period of leave of the organisation. */
export async function findLeave(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(leavePeriods)
    .where(and(eq(leavePeriods.organisationId, organisationId), eq(leavePeriods.id, id)))
    .limit(1);
  return row;
}

/** Deletes a period of leave (recorded by mistake, or cancelled). */
export async function deleteLeave(db: Executor, organisationId: string, id: string): Promise<void> {
  await db
    .delete(leavePeriods)
    .where(and(eq(leavePeriods.organisationId, organisationId), eq(leavePeriods.id, id)));
}

/** Periods of leave of the organisation (or one person), overlapping a span, earliest first, with names. */
export function listLeave(
  db: Executor,
  organisationId: string,
  query: { personId?: string | undefined; from?: string | undefined; to?: string | undefined } = {},
) {
  return db
    .select({ leave: leavePeriods, personName: people.name })
    .from(leavePeriods)
    .innerJoin(people, eq(people.id, leavePeriods.personId))
    .where(
      and(
        eq(leavePeriods.organisationId, organisationId),
        query.personId ? eq(leavePeriods.personId, query.personId) : undefined,
        query.from ? gte(leavePeriods.endsOn, query.from) : undefined,
        query.to ? lte(leavePeriods.startsOn, query.to) : undefined,
      ),
    )
    .orderBy(asc(leavePeriods.startsOn), asc(leavePeriods.id));
}
