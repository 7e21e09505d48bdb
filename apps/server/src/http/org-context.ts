import { AppError, fail } from '@centric/core/errors';
import {
  findActivePersonOfUser,
  findOrganisationWithActivePerson,
  membershipsOfUser,
} from '@centric/db/people/person.repository';
import type { FastifyRequest } from 'fastify';
import type { Deps, OrgContext } from '../context';
import type { Caller } from './caller';

/** The header the web app and scripts use to choose the organisation when signed in to several. */
export const ORG_HEADER = 'x-centric-org';

const NOT_A_MEMBER = 'you are not a member of this organisation (check the X-Centric-Org header)';

/** Resolves who calls and in which organisation, refusing anyone who is not an active person there. */
export async function resolveOrgContext(
  deps: Deps,
  caller: Caller,
  request: FastifyRequest,
): Promise<OrgContext> {
  const { organisation, person } = await chooseOrganisation(deps, caller, request.headers[ORG_HEADER]);
  if (!person) throw fail.forbidden(NOT_A_MEMBER);
  return {
    deps,
    organisation,
    actor: {
      kind: caller.via,
      userId: caller.user.id,
      personId: person.id,
      role: person.role,
      unitId: person.unitId,
    },
  };
}

async function chooseOrganisation(deps: Deps, caller: Caller, header: string | string[] | undefined) {
  const slug = typeof header === 'string' && header.length > 0 ? header : undefined;
  // The organisation and the caller's person in it are one read (every request pays for it).
  if (caller.via === 'api-key') {
    const found = await findOrganisationWithActivePerson(
      deps.db,
      { id: caller.keyOrganisationId! },
      caller.user.id,
    );
    if (!found) throw fail.unauthenticated('the API key is not valid any more');
    if (slug && slug !== found.organisation.slug)
      throw fail.forbidden('this API key belongs to another organisation');
    return found;
  }
  if (slug) {
    const found = await findOrganisationWithActivePerson(deps.db, { slug }, caller.user.id);
    // Same answer for "no such organisation" and "not yours", so slugs cannot be probed.
    if (!found) throw fail.forbidden(NOT_A_MEMBER);
    return found;
  }
  const memberships = await membershipsOfUser(deps.db, caller.user.id);
  if (memberships.length === 1) {
    const organisation = memberships[0]!.organisation;
    return { organisation, person: await findActivePersonOfUser(deps.db, organisation.id, caller.user.id) };
  }
  if (memberships.length === 0) throw fail.forbidden('you are not a member of any organisation yet');
  throw new AppError(
    'bad_request',
    'you belong to several organisations: send the X-Centric-Org header with its slug',
  );
}
