import { and, eq } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { actionItems, people } from '../schema';

/** An action-item row. */
export type ActionItemRow = typeof actionItems.$inferSelect;

/** Inserts action items. */
export async function insertActionItems(db: Executor, values: (typeof actionItems.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db.insert(actionItems).values(values).returning();
}

/** Finds one action item of the organisation with its owner's name. */
export async function findActionItem(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select({ item: actionItems, ownerName: people.name })
    .from(actionItems)
    .innerJoin(people, eq(people.id, actionItems.ownerPersonId))
    .where(and(eq(actionItems.organisationId, organisationId), eq(actionItems.id, id)))
    .limit(1);
  return row;
}

/** Updates an action item. */
export async function updateActionItemRow(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof actionItems.$inferInsert>,
) {
  await db
    .update(actionItems)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(actionItems.organisationId, organisationId), eq(actionItems.id, id)));
}

/** One page of action items, oldest first, filtered by owner, state or source. */
export function listActionItems(
  db: Executor,
  organisationId: string,
  query: {
    cursor?: string | undefined;
    limit: number;
    ownerId?: string | undefined;
    state?: ActionItemRow['state'] | undefined;
    sourceKind?: ActionItemRow['sourceKind'] | undefined;
    sourceId?: string | undefined;
  },
) {
  const page = keyset(
    actionItems.id,
    query,
    'asc',
    eq(actionItems.organisationId, organisationId),
    query.ownerId ? eq(actionItems.ownerPersonId, query.ownerId) : undefined,
    query.state ? eq(actionItems.state, query.state) : undefined,
    query.sourceKind ? eq(actionItems.sourceKind, query.sourceKind) : undefined,
    query.sourceId ? eq(actionItems.sourceId, query.sourceId) : undefined,
  );
  return db
    .select({ item: actionItems, ownerName: people.name })
    .from(actionItems)
    .innerJoin(people, eq(people.id, actionItems.ownerPersonId))
    .where(page.where)
    .orderBy(page.orderBy)
    .limit(page.limit);
}
