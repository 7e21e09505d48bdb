import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../database';
import { arrayLiteral } from '../responses/response-bulk.repository';
import { channels, customers, people, segments, surveys, units } from '../schema';

/** A named record of the organisation, for resolving names in an import. */
export interface Named {
  id: string;
  name: string;
}

/** Every survey (with its kind), channel, segment and unit of the organisation: a few hundred rows at most. */
export async function loadImportCatalogue(db: Executor, organisationId: string) {
  const [s, c, g, u] = await Promise.all([
    db
      .select({ id: surveys.id, name: surveys.name, kind: surveys.kind })
      .from(surveys)
      .where(eq(surveys.organisationId, organisationId)),
    db
      .select({ id: channels.id, name: channels.name })
      .from(channels)
      .where(eq(channels.organisationId, organisationId)),
    db
      .select({ id: segments.id, name: segments.name })
      .from(segments)
      .where(eq(segments.organisationId, organisationId)),
    db
      .select({ id: units.id, name: units.name, path: units.path })
      .from(units)
      .where(eq(units.organisationId, organisationId)),
  ]);
  return { surveys: s, channels: c, segments: g, units: u };
}

/** The organisation's people by lower-cased e-mail (employees an import may name). */
export async function loadPeopleByEmail(db: Executor, organisationId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: people.id, email: people.email })
    .from(people)
    .where(eq(people.organisationId, organisationId));
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}

/** What an import needs of a customer: its id and the segment and home unit a response inherits. */
export interface CustomerMatch {
  id: string;
  segmentId: string | null;
  homeUnitId: string | null;
}

/** Customers of one chunk of an import, by external id and by lower-cased e-mail (two indexed queries). */
export async function matchImportCustomers(
  db: Executor,
  organisationId: string,
  externalIds: readonly string[],
  emails: readonly string[],
): Promise<{ byExternalId: Map<string, CustomerMatch>; byEmail: Map<string, CustomerMatch> }> {
  const pick = { id: customers.id, segmentId: customers.segmentId, homeUnitId: customers.homeUnitId };
  const byExternalId = new Map<string, CustomerMatch>();
  const byEmail = new Map<string, CustomerMatch>();
  if (externalIds.length > 0) {
    const rows = await db
      .select({ ...pick, key: customers.externalId })
      .from(customers)
      .where(
        and(
          eq(customers.organisationId, organisationId),
          // One array parameter, not thousands of bind parameters.
          sql`${customers.externalId} = any(${arrayLiteral(externalIds)}::text[])`,
        ),
      );
    for (const r of rows) if (r.key) byExternalId.set(r.key, r);
  }
  if (emails.length > 0) {
    const rows = await db
      .select({ ...pick, key: sql<string>`lower(${customers.email})` })
      .from(customers)
      .where(
        and(
          eq(customers.organisationId, organisationId),
          sql`lower(${customers.email}) = any(${arrayLiteral(emails)}::text[])`,
        ),
      );
    for (const r of rows) if (!byEmail.has(r.key)) byEmail.set(r.key, r);
  }
  return { byExternalId, byEmail };
}
