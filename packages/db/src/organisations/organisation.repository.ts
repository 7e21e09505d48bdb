import { eq } from 'drizzle-orm';
import type { Executor } from '../database';
import { organisations } from '../schema';

/** An organisation row. */
export type OrganisationRow = typeof organisations.$inferSelect;

/** Finds an organisation by its slug. */
export async function findOrganisationBySlug(
  db: Executor,
  slug: string,
): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug)).limit(1);
  return row;
}

/** Finds an organisation by id. */
export async function findOrganisationById(db: Executor, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return row;
}

/** Inserts an organisation. */
export async function insertOrganisation(
  db: Executor,
  values: typeof organisations.$inferInsert,
): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(values).returning();
  return row!;
}

/** Updates an organisation's fields. */
export async function updateOrganisation(
  db: Executor,
  id: string,
  values: Partial<typeof organisations.$inferInsert>,
): Promise<OrganisationRow> {
  const [row] = await db
    .update(organisations)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organisations.id, id))
    .returning();
  return row!;
}
