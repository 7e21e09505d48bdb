import { eq } from 'drizzle-orm';
import type { Executor } from '../database';
import { people } from '../schema';

/** Who is who in the organisation, for names on a plan and the recipients of an announcement. */
export function listDirectory(db: Executor, organisationId: string) {
  return db
    .select({
      id: people.id,
      name: people.name,
      title: people.title,
      email: people.email,
      role: people.role,
      unitId: people.unitId,
      managerId: people.managerId,
      status: people.status,
    })
    .from(people)
    .where(eq(people.organisationId, organisationId));
}
