import { ROLES } from '@centric/core/organisation/roles';
import { z } from 'zod';
import { email, id, name } from '../common/fields';
import { pageOf, pageQuery } from '../common/pagination.schemas';

/** A person: someone's membership of the organisation. */
export const person = z.object({
  id,
  email: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  role: z.enum(ROLES),
  unitId: id.nullable(),
  managerId: id.nullable(),
  status: z.enum(['invited', 'active', 'deactivated']),
  createdAt: z.string(),
});
/** A person. */
export type Person = z.infer<typeof person>;
/** A page of people. */
export const personPage = pageOf(person);
/** Query of GET /people. */
export const listPeopleQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional().describe('matches name, e-mail or title'),
  unitId: id.optional(),
  role: z.enum(ROLES).optional(),
});

/** Body of POST /people/invitations: adds the person and e-mails them a link to join. */
export const invitePersonBody = z.strictObject({
  email,
  name,
  title: z.string().trim().max(200).nullable().default(null),
  role: z.enum(ROLES).default('employee'),
  unitId: id.nullable().default(null),
  managerId: id.nullable().default(null),
});
/** Answer of an invitation: the person and, only when no e-mail could carry it, nothing secret. */
export const invitation = z.object({ person, invitationId: id, expiresAt: z.string() });

/** Body of POST /invitations/accept (public: the token is the credential). */
export const acceptInvitationBody = z.strictObject({
  token: z.string().min(20).max(200),
  password: z.string().min(10, 'use at least 10 characters').max(128),
  name: name.optional(),
});

/** Body of PATCH /people/{id}. */
export const updatePersonBody = z.strictObject({
  name: name.optional(),
  title: z.string().trim().max(200).nullable().optional(),
  role: z.enum(ROLES).optional(),
  unitId: id.nullable().optional(),
  managerId: id.nullable().optional(),
  status: z.enum(['active', 'deactivated']).optional(),
});
