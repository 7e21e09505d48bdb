import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../database';
import { incentivePlans } from '../schema';

/** An incentive plan row. */
export type IncentivePlanRow = typeof incentivePlans.$inferSelect;

/** The organisation's incentive plans, oldest first. */
export function listIncentivePlans(db: Executor, organisationId: string): Promise<IncentivePlanRow[]> {
  return db
    .select()
    .from(incentivePlans)
    .where(eq(incentivePlans.organisationId, organisationId))
    .orderBy(asc(incentivePlans.id));
}

/** One incentive plan of the organisation. */
export async function findIncentivePlan(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<IncentivePlanRow | undefined> {
  const [row] = await db
    .select()
    .from(incentivePlans)
    .where(and(eq(incentivePlans.organisationId, organisationId), eq(incentivePlans.id, id)));
  return row;
}

/** Inserts an incentive plan. */
export async function insertIncentivePlan(
  db: Executor,
  values: typeof incentivePlans.$inferInsert,
): Promise<IncentivePlanRow> {
  const [row] = await db.insert(incentivePlans).values(values).returning();
  return row!;
}

/** Changes an incentive plan. */
export async function updateIncentivePlan(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof incentivePlans.$inferInsert>,
): Promise<IncentivePlanRow> {
  const [row] = await db
    .update(incentivePlans)
    .set({ ...values, updatedAt: values.updatedAt ?? new Date() })
    .where(and(eq(incentivePlans.organisationId, organisationId), eq(incentivePlans.id, id)))
    .returning();
  return row!;
}
