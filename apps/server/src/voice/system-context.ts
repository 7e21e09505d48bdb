import { fail } from '@centric/core/errors';
import {
  findOrganisationById,
  type OrganisationRow,
} from '@centric/db/organisations/organisation.repository';
import type { Deps, OrgContext } from '../context';

/** The context Centric itself acts in for an organisation (customers' answers, jobs): no person, full scope. */
export async function systemContext(
  deps: Deps,
  organisationId: string,
  known?: OrganisationRow,
): Promise<OrgContext> {
  const organisation = known ?? (await findOrganisationById(deps.db, organisationId));
  if (!organisation) throw fail.notFound('organisation');
  return {
    deps,
    organisation,
    actor: { kind: 'system', userId: null, personId: null, role: 'owner', unitId: null },
  };
}
