import { and, count, eq, like, sql } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { people, units } from '../schema';

/** A unit row. */
export type UnitRow = typeof units.$inferSelect;

/** One page of an organisation's units in creation order, optionally the children of one parent. */
export async function listUnits(
  db: Executor,
  organisationId: string,
  query: { cursor?: string | undefined; limit: number; parentId?: string | undefined },
): Promise<UnitRow[]> {
  const page = keyset(
    units.id,
    query,
    'asc',
    eq(units.organisationId, organisationId),
    query.parentId ? eq(units.parentId, query.parentId) : undefined,
  );
  return db.select().from(units).where(page.where).orderBy(page.orderBy).limit(page.limit);
}

/** Finds one unit of the organisation. */
export async function findUnit(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<UnitRow | undefined> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.organisationId, organisationId), eq(units.id, id)))
    .limit(1);
  return row;
}

/** Inserts a unit under `parent` (or at the root), computing its path. */
export async function insertUnit(
  db: Executor,
  values: Omit<typeof units.$inferInsert, 'path' | 'id'> & { id: string },
  parentPath: string | null,
): Promise<UnitRow> {
  const [row] = await db
    .insert(units)
    .values({ ...values, path: `${parentPath ?? '/'}${values.id}/` })
    .returning();
  return row!;
}

/** Updates a unit's own fields (not its place in the tree). */
export async function updateUnitFields(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<Pick<UnitRow, 'name' | 'kind' | 'headPersonId'>>,
): Promise<UnitRow> {
  const [row] = await db
    .update(units)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(units.organisationId, organisationId), eq(units.id, id)))
    .returning();
  return row!;
}

/** Moves a unit and its whole subtree under a new parent by rewriting the path prefix. */
export async function moveUnit(db: Executor, unit: UnitRow, newParent: UnitRow | null): Promise<void> {
  const newPath = `${newParent?.path ?? '/'}${unit.id}/`;
  await db
    .update(units)
    .set({ path: sql`${newPath} || substr(${units.path}, ${unit.path.length + 1})`, updatedAt: new Date() })
    .where(and(eq(units.organisationId, unit.organisationId), like(units.path, `${unit.path}%`)));
  await db
    .update(units)
    .set({ parentId: newParent?.id ?? null })
    .where(eq(units.id, unit.id));
}

/** How many child units and people a unit has (a unit with either cannot be deleted). */
export async function unitDependants(db: Executor, organisationId: string, id: string) {
  const [children] = await db
    .select({ n: count() })
    .from(units)
    .where(and(eq(units.organisationId, organisationId), eq(units.parentId, id)));
  const [members] = await db
    .select({ n: count() })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), eq(people.unitId, id)));
  return { children: Number(children?.n ?? 0), people: Number(members?.n ?? 0) };
}

/** Deletes a unit. */
export async function deleteUnit(db: Executor, organisationId: string, id: string): Promise<void> {
  await db.delete(units).where(and(eq(units.organisationId, organisationId), eq(units.id, id)));
}

/** The path prefix matching a unit and all its descendants. */
export function subtreePattern(unit: Pick<UnitRow, 'path'>): string {
  return `${unit.path}%`;
}
