import type { Role } from '@centric/core/organisation/roles';
import { and, eq, ilike, or, sql } from 'drizzle-orm';
import { keyset } from '../common/page-query';
import type { Executor } from '../database';
import { invitations, organisations, people } from '../schema';

/** A person row. */
export type PersonRow = typeof people.$inferSelect;

/** One page of the organisation's people, filtered. */
export async function listPeople(
  db: Executor,
  organisationId: string,
  query: {
    cursor?: string | undefined;
    limit: number;
    q?: string | undefined;
    unitId?: string | undefined;
    role?: Role | undefined;
  },
): Promise<PersonRow[]> {
  const pattern = query.q ? `%${query.q.replace(/[%_\\]/g, '\\$&')}%` : undefined;
  const page = keyset(
    people.id,
    query,
    'asc',
    eq(people.organisationId, organisationId),
    query.unitId ? eq(people.unitId, query.unitId) : undefined,
    query.role ? eq(people.role, query.role) : undefined,
    pattern
      ? or(ilike(people.name, pattern), ilike(people.email, pattern), ilike(people.title, pattern))
      : undefined,
  );
  return db.select().from(people).where(page.where).orderBy(page.orderBy).limit(page.limit);
}

/** Finds one person of the organisation. */
export async function findPerson(
  db: Executor,
  organisationId: string,
  id: string,
): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.organisationId, organisationId), eq(people.id, id)))
    .limit(1);
  return row;
}

/** Finds the person an e-mail address belongs to in the organisation. */
export async function findPersonByEmail(db: Executor, organisationId: string, email: string) {
  const [row] = await db
    .select()
    .from(people)
    .where(
      and(eq(people.organisationId, organisationId), sql`lower(${people.email}) = ${email.toLowerCase()}`),
    )
    .limit(1);
  return row;
}

/** The active memberships of a user, with their organisations. */
export async function membershipsOfUser(db: Executor, userId: string) {
  return db
    .select({ person: people, organisation: organisations })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(and(eq(people.userId, userId), eq(people.status, 'active')))
    .orderBy(organisations.name);
}

/** Inserts a person. */
export async function insertPerson(db: Executor, values: typeof people.$inferInsert): Promise<PersonRow> {
  const [row] = await db.insert(people).values(values).returning();
  return row!;
}

/** Updates a person. */
export async function updatePerson(
  db: Executor,
  organisationId: string,
  id: string,
  values: Partial<typeof people.$inferInsert>,
): Promise<PersonRow> {
  const [row] = await db
    .update(people)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(people.organisationId, organisationId), eq(people.id, id)))
    .returning();
  return row!;
}

/** Inserts an invitation (only the token's hash). */
export async function insertInvitation(db: Executor, values: typeof invitations.$inferInsert) {
  const [row] = await db.insert(invitations).values(values).returning();
  return row!;
}

/** Finds an invitation by the hash of its token. */
export async function findInvitationByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).limit(1);
  return row;
}

/** Marks an invitation accepted. */
export async function markInvitationAccepted(db: Executor, id: string, at: Date) {
  await db.update(invitations).set({ acceptedAt: at, updatedAt: at }).where(eq(invitations.id, id));
}

/**
 * An organisation (by id or slug) with the user's active person in it, in one statement: what every request
 * resolves before anything else. `person` is undefined when the user is not an active member.
 */
export async function findOrganisationWithActivePerson(
  db: Executor,
  organisation: { id: string } | { slug: string },
  userId: string,
): Promise<{ organisation: typeof organisations.$inferSelect; person: PersonRow | undefined } | undefined> {
  const [row] = await db
    .select({ organisation: organisations, person: people })
    .from(organisations)
    .leftJoin(
      people,
      and(
        eq(people.organisationId, organisations.id),
        eq(people.userId, userId),
        eq(people.status, 'active'),
      ),
    )
    .where(
      'id' in organisation
        ? eq(organisations.id, organisation.id)
        : eq(organisations.slug, organisation.slug),
    )
    .limit(1);
  return row ? { organisation: row.organisation, person: row.person ?? undefined } : undefined;
}

/** The active person a user is in one organisation, if any. */
export async function findActivePersonOfUser(
  db: Executor,
  organisationId: string,
  userId: string,
): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(
      and(eq(people.organisationId, organisationId), eq(people.userId, userId), eq(people.status, 'active')),
    )
    .limit(1);
  return row;
}
