import { DEFAULT_BEHAVIOURS } from '@centric/core/commitments/behaviours';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../database';
import { behaviours } from '../schema';

/** A behaviour row. */
export type BehaviourRow = typeof behaviours.$inferSelect;

/** Seeds the eight default behaviours into an organisation's catalogue (once: existing keys are kept). */
export async function seedBehaviours(db: Executor, organisationId: string): Promise<void> {
  await db
    .insert(behaviours)
    .values(
      DEFAULT_BEHAVIOURS.map((b, i) => ({
        organisationId,
        key: b.key,
        name: b.name,
        description: b.description,
        cadence: b.cadence,
        evidenceKind: b.evidenceKind,
        evidenceHint: b.evidenceHint,
        position: i + 1,
      })),
    )
    .onConflictDoNothing();
}

/** The organisation's catalogue in order. */
export function listBehaviours(db: Executor, organisationId: string): Promise<BehaviourRow[]> {
  return db
    .select()
    .from(behaviours)
    .where(eq(behaviours.organisationId, organisationId))
    .orderBy(asc(behaviours.position), asc(behaviours.id));
}

/** Finds one behaviour of the organisation. */
export async function findBehaviour(db: Executor, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(behaviours)
    .where(and(eq(behaviours.organisationId, organisationId), eq(behaviours.id, id)))
    .limit(1);
  return row;
}

/** Inserts a behaviour. */
export async function insertBehaviour(db: Executor, values: typeof behaviours.$inferInsert) {
  const [row] = await db.insert(behaviours).values(values).returning();
  return row!;
}

/** Updates a behaviour. */
export async function updateBehaviour(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof behaviours.$inferInsert>,
) {
  const [row] = await db
    .update(behaviours)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(behaviours.organisationId, organisationId), eq(behaviours.id, id)))
    .returning();
  return row!;
}
