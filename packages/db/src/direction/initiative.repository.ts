import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../database';
import { goals, initiatives } from '../schema';

/** An initiative row. */
export type InitiativeRow = typeof initiatives.$inferSelect;
/** A goal row. */
export type GoalRow = typeof goals.$inferSelect;

/** The organisation's action plan in rank order. */
export function listInitiatives(db: Executor, organisationId: string): Promise<InitiativeRow[]> {
  return db
    .select()
    .from(initiatives)
    .where(eq(initiatives.organisationId, organisationId))
    .orderBy(asc(initiatives.rank), asc(initiatives.id));
}

/** One initiative of the organisation. */
export async function findInitiative(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<InitiativeRow | undefined> {
  const [row] = await db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.organisationId, organisationId), eq(initiatives.id, id)));
  return row;
}

/** Inserts an initiative. */
export async function insertInitiative(
  db: Executor,
  values: typeof initiatives.$inferInsert,
): Promise<InitiativeRow> {
  const [row] = await db.insert(initiatives).values(values).returning();
  return row!;
}

/** Changes an initiative. */
export async function updateInitiative(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof initiatives.$inferInsert>,
): Promise<InitiativeRow> {
  const [row] = await db
    .update(initiatives)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(initiatives.organisationId, organisationId), eq(initiatives.id, id)))
    .returning();
  return row!;
}

/** The organisation's goals, oldest first. */
export function listGoals(db: Executor, organisationId: string): Promise<GoalRow[]> {
  return db.select().from(goals).where(eq(goals.organisationId, organisationId)).orderBy(asc(goals.id));
}

/** Inserts a goal. */
export async function insertGoal(db: Executor, values: typeof goals.$inferInsert): Promise<GoalRow> {
  const [row] = await db.insert(goals).values(values).returning();
  return row!;
}

/** One goal of the organisation. */
export async function findGoal(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<GoalRow | undefined> {
  const [row] = await db
    .select()
    .from(goals)
    .where(and(eq(goals.organisationId, organisationId), eq(goals.id, id)));
  return row;
}

/** The goals of some people, oldest first. */
export function listGoalsOfPeople(
  db: Executor,
  organisationId: string,
  personIds: string[],
): Promise<GoalRow[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(goals)
    .where(and(eq(goals.organisationId, organisationId), inArray(goals.personId, personIds)))
    .orderBy(asc(goals.id));
}

/** Changes a goal. */
export async function updateGoal(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof goals.$inferInsert>,
): Promise<GoalRow> {
  const [row] = await db
    .update(goals)
    .set({ ...values, updatedAt: values.updatedAt ?? new Date() })
    .where(and(eq(goals.organisationId, organisationId), eq(goals.id, id)))
    .returning();
  return row!;
}

/** Removes a goal. */
export async function deleteGoal(db: Executor, organisationId: string, id: string): Promise<void> {
  await db.delete(goals).where(and(eq(goals.organisationId, organisationId), eq(goals.id, id)));
}
