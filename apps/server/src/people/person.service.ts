import { createHash, randomBytes } from 'node:crypto';
import type { Page } from '@centric/contracts/common/pagination.schemas';
import type {
  acceptInvitationBody,
  invitePersonBody,
  listPeopleQuery,
  Person,
  updatePersonBody,
} from '@centric/contracts/people/person.schemas';
import { fail } from '@centric/core/errors';
import { roleAtLeast } from '@centric/core/organisation/roles';
import { findPasswordHash, findUserByEmail, insertUserWithPassword } from '@centric/db/auth/user.repository';
import { toPage } from '@centric/db/common/cursor';
import { findOrganisationById } from '@centric/db/organisations/organisation.repository';
import {
  findInvitationByTokenHash,
  findPerson,
  findPersonByEmail,
  insertInvitation,
  insertPerson,
  listPeople as listPeopleRows,
  markInvitationAccepted,
  type PersonRow,
  updatePerson as updatePersonRow,
} from '@centric/db/people/person.repository';
import { findUnit } from '@centric/db/units/unit.repository';
import { verifyPassword } from 'better-auth/crypto';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { authorize } from '../auth/authorize';
import { hashUserPassword } from '../auth/password';
import type { Deps, OrgContext } from '../context';
import { audit } from '../platform/audit';
import { iso } from '../platform/present';

const INVITATION_DAYS = 14;

/** A person as the API shows it. */
export function presentPerson(row: PersonRow): Person {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    title: row.title,
    role: row.role,
    unitId: row.unitId,
    managerId: row.managerId,
    status: row.status,
    createdAt: iso(row.createdAt),
  };
}

/** Lists the organisation's people. */
export async function listPeople(
  ctx: OrgContext,
  query: z.output<typeof listPeopleQuery>,
): Promise<Page<Person>> {
  authorize(ctx, 'person.read');
  const page = toPage(await listPeopleRows(ctx.deps.db, ctx.organisation.id, query), query.limit);
  return { items: page.items.map(presentPerson), nextCursor: page.nextCursor };
}

/** Reads one person. */
export async function getPerson(ctx: OrgContext, id: string): Promise<Person> {
  authorize(ctx, 'person.read');
  const row = await findPerson(ctx.deps.db, ctx.organisation.id, id);
  if (!row) throw fail.notFound('person');
  return presentPerson(row);
}

/** Hash of an invitation token: the token is the credential, so only its hash is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Adds a person as invited and e-mails them a link to join. */
export async function invitePerson(
  ctx: OrgContext,
  input: z.output<typeof invitePersonBody>,
): Promise<{ person: Person; invitationId: string; expiresAt: string; token: string }> {
  authorize(ctx, 'person.invite');
  if (input.role === 'owner' && ctx.actor.role !== 'owner')
    throw fail.forbidden('only an owner can make someone an owner');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(ctx.deps.clock.now().getTime() + INVITATION_DAYS * 86_400_000);
  const result = await ctx.deps.db.transaction(async (tx) => {
    if (await findPersonByEmail(tx, ctx.organisation.id, input.email)) {
      throw fail.conflict(`${input.email} is already a person of ${ctx.organisation.name}`);
    }
    await checkPlacement(ctx, tx, input.unitId, input.managerId);
    const person = await insertPerson(tx, {
      organisationId: ctx.organisation.id,
      email: input.email,
      name: input.name,
      title: input.title,
      role: input.role,
      unitId: input.unitId,
      managerId: input.managerId,
      status: 'invited',
    });
    const invitation = await insertInvitation(tx, {
      organisationId: ctx.organisation.id,
      personId: person.id,
      email: input.email,
      tokenHash: hashToken(token),
      invitedByPersonId: ctx.actor.personId,
      expiresAt,
    });
    await audit(ctx, tx, {
      action: 'invite',
      entity: 'person',
      entityId: person.id,
      changes: { email: input.email, role: input.role },
    });
    return { person, invitation };
  });
  const link = `${ctx.deps.config.baseUrl}/invite/${token}`;
  await ctx.deps.mailer.send({
    organisationId: ctx.organisation.id,
    to: input.email,
    subject: `You are invited to ${ctx.organisation.name} on Centric`,
    text: `Hello ${input.name},\n\nYou have been invited to join ${ctx.organisation.name} on Centric as ${input.role}.\nSet your password here (valid for ${INVITATION_DAYS} days): ${link}\n`,
  });
  return {
    person: presentPerson(result.person),
    invitationId: result.invitation.id,
    expiresAt: iso(expiresAt),
    token,
  };
}

/** Accepts an invitation: creates the sign-in identity (or links an existing one) and activates the person. */
export async function acceptInvitation(
  deps: Deps,
  input: z.output<typeof acceptInvitationBody>,
): Promise<{ email: string; organisationSlug: string }> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const invitation = await findInvitationByTokenHash(tx, hashToken(input.token));
    if (!invitation || invitation.acceptedAt || invitation.expiresAt < now) {
      throw fail.invalid('this invitation link is not valid any more: ask for a new invitation');
    }
    const person = await findPerson(tx, invitation.organisationId, invitation.personId);
    const organisation = await findOrganisationById(tx, invitation.organisationId);
    if (!person || !organisation)
      throw fail.invalid('this invitation link is not valid any more: ask for a new invitation');
    let user = await findUserByEmail(tx, invitation.email);
    if (user) {
      // An existing account keeps its password: accepting proves knowledge of it, so a leaked link cannot reset it.
      const hash = await findPasswordHash(tx, user.id);
      const ok = hash ? await verifyPassword({ hash, password: input.password }) : false;
      if (!ok)
        throw fail.invalid(
          'you already have a Centric account with this e-mail: enter its password to accept',
        );
    } else {
      user = await insertUserWithPassword(tx, {
        id: uuidv7(),
        email: invitation.email,
        name: input.name ?? person.name,
        passwordHash: await hashUserPassword(input.password),
        at: now,
      });
    }
    await updatePersonRow(tx, invitation.organisationId, person.id, {
      userId: user.id,
      status: 'active',
      ...(input.name ? { name: input.name } : {}),
    });
    await markInvitationAccepted(tx, invitation.id, now);
    return { email: user.email, organisationSlug: organisation.slug };
  });
}

/** Changes a person's name, title, role, unit, manager or status. */
export async function updatePerson(
  ctx: OrgContext,
  id: string,
  input: z.output<typeof updatePersonBody>,
): Promise<Person> {
  authorize(ctx, 'person.update');
  return ctx.deps.db.transaction(async (tx) => {
    const before = await findPerson(tx, ctx.organisation.id, id);
    if (!before) throw fail.notFound('person');
    const touchesOwner = before.role === 'owner' || input.role === 'owner';
    if (
      touchesOwner &&
      input.role !== undefined &&
      input.role !== before.role &&
      ctx.actor.role !== 'owner'
    ) {
      throw fail.forbidden('only an owner can grant or remove the owner role');
    }
    if (input.role && !roleAtLeast(ctx.actor.role, input.role))
      throw fail.forbidden('you cannot grant a role above your own');
    if (input.managerId === id) throw fail.invalid('a person cannot be their own manager');
    await checkPlacement(ctx, tx, input.unitId ?? null, input.managerId ?? null);
    const row = await updatePersonRow(tx, ctx.organisation.id, id, input);
    await audit(ctx, tx, { action: 'update', entity: 'person', entityId: id, changes: input });
    return presentPerson(row);
  });
}

async function checkPlacement(
  ctx: OrgContext,
  tx: Parameters<typeof findUnit>[0],
  unitId: string | null,
  managerId: string | null,
) {
  if (unitId && !(await findUnit(tx, ctx.organisation.id, unitId)))
    throw fail.invalid(`unit ${unitId} does not exist`);
  if (managerId && !(await findPerson(tx, ctx.organisation.id, managerId)))
    throw fail.invalid(`manager ${managerId} does not exist`);
}
