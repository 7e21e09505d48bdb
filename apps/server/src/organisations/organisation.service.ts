import type {
  createOrganisationBody,
  Me,
  Organisation,
  updateOrganisationBody,
} from '@centric/contracts/organisations/organisation.schemas';
import { fail } from '@centric/core/errors';
import type { UserRow } from '@centric/db/auth/user.repository';
import { seedBehaviours } from '@centric/db/commitments/behaviour.repository';
import type { Database } from '@centric/db/database';
import { rebuildRollups } from '@centric/db/metrics/rollup-writer';
import {
  findOrganisationBySlug,
  insertOrganisation,
  type OrganisationRow,
  updateOrganisation as updateOrganisationRow,
} from '@centric/db/organisations/organisation.repository';
import { findPerson, insertPerson, membershipsOfUser } from '@centric/db/people/person.repository';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import type { Deps, OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';

/** An organisation as the API shows it. */
export function presentOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    timeZone: row.timeZone,
    currency: row.currency,
    ceoPersonId: row.ceoPersonId,
    createdAt: iso(row.createdAt),
  };
}

/** The caller and every organisation they belong to. */
export async function describeMe(
  db: Database,
  user: UserRow,
  via: 'session' | 'api-key',
  onlyOrganisationId?: string,
): Promise<Me> {
  const rows = await membershipsOfUser(db, user.id);
  return {
    user: { id: user.id, email: user.email, name: user.name },
    via,
    memberships: rows
      .filter((r) => !onlyOrganisationId || r.organisation.id === onlyOrganisationId)
      .map((r) => ({
        organisation: presentOrganisation(r.organisation),
        personId: r.person.id,
        role: r.person.role,
        name: r.person.name,
      })),
  };
}

/** Creates an organisation with `owner` as its first person (role owner). */
export async function createOrganisation(
  deps: Deps,
  input: z.output<typeof createOrganisationBody>,
  owner: Pick<UserRow, 'id' | 'email' | 'name'>,
  actorKind: 'session' | 'cli',
): Promise<{ organisation: OrganisationRow; ownerPersonId: string }> {
  return deps.db.transaction(async (tx) => {
    if (await findOrganisationBySlug(tx, input.slug))
      throw fail.conflict(`an organisation with slug "${input.slug}" already exists`);
    const organisation = await insertOrganisation(tx, {
      slug: input.slug,
      name: input.name,
      timeZone: input.timeZone,
      currency: input.currency,
    });
    const person = await insertPerson(tx, {
      organisationId: organisation.id,
      userId: owner.id,
      email: owner.email,
      name: owner.name,
      role: 'owner',
      status: 'active',
    });
    // Every organisation starts with the eight leadership behaviours (editable, and it may add its own).
    await seedBehaviours(tx, organisation.id);
    const ctx: OrgContext = {
      deps,
      organisation,
      actor: { kind: actorKind, userId: owner.id, personId: person.id, role: 'owner', unitId: null },
    };
    await audit(ctx, tx, {
      action: 'create',
      entity: 'organisation',
      entityId: organisation.id,
      changes: { slug: input.slug, name: input.name },
    });
    return { organisation, ownerPersonId: person.id };
  });
}

/** Reads the current organisation. */
export function getOrganisation(ctx: OrgContext): Organisation {
  authorize(ctx, 'organisation.read');
  return presentOrganisation(ctx.organisation);
}

/** Changes the organisation's name, time zone, currency or CEO. */
export async function updateOrganisation(
  ctx: OrgContext,
  input: z.output<typeof updateOrganisationBody>,
): Promise<Organisation> {
  authorize(ctx, 'organisation.update');
  return ctx.deps.db.transaction(async (tx) => {
    if (input.ceoPersonId && !(await findPerson(tx, ctx.organisation.id, input.ceoPersonId))) {
      throw fail.invalid(`person ${input.ceoPersonId} does not exist`);
    }
    const row = await updateOrganisationRow(tx, ctx.organisation.id, input);
    // Metric rollups are cut in local days: a new time zone re-cuts them, in the same transaction.
    if (row.timeZone !== ctx.organisation.timeZone) await rebuildRollups(tx, row.id, row.timeZone);
    await audit(ctx, tx, { action: 'update', entity: 'organisation', entityId: row.id, changes: input });
    return presentOrganisation(row);
  });
}
