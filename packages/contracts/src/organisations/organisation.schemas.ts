import { ROLES } from '@centric/core/organisation/roles';
import { z } from 'zod';
import { currency, id, name, slug, timeZone } from '../common/fields';

/** An organisation as the API shows it. */
export const organisation = z.object({
  id,
  slug: z.string(),
  name: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  ceoPersonId: id.nullable(),
  createdAt: z.string(),
});
/** An organisation. */
export type Organisation = z.infer<typeof organisation>;

/** Body of POST /organisations: the signed-in user becomes its owner. */
export const createOrganisationBody = z.strictObject({
  slug,
  name,
  timeZone: timeZone.default('UTC'),
  currency: currency.default('EUR'),
});
/** Body of PATCH /organisation. */
export const updateOrganisationBody = z.strictObject({
  name: name.optional(),
  timeZone: timeZone.optional(),
  currency: currency.optional(),
  ceoPersonId: id.nullable().optional(),
});

/** One of the signed-in user's memberships. */
export const membership = z.object({
  organisation,
  personId: id,
  role: z.enum(ROLES),
  name: z.string(),
});
/** GET /me: who is calling and where they belong. */
export const me = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  via: z.enum(['session', 'api-key']),
  memberships: z.array(membership),
});
/** The caller. */
export type Me = z.infer<typeof me>;
