import type { Me } from '@centric/contracts/organisations/organisation.schemas';
import { Navigate } from 'react-router';
import { rememberedOrg } from '../app/remembered-org';
import { useMe } from '../auth/session.queries';
import { NoOrganisationPage } from './not-a-member.page';

/** "/" opens the organisation used last in this browser, else the first one the user belongs to. */
export function HomeRedirect() {
  const me = useMe().data as Me;
  const remembered = rememberedOrg();
  const slug =
    me.memberships.find((m) => m.organisation.slug === remembered)?.organisation.slug ??
    me.memberships[0]?.organisation.slug;
  if (!slug) return <NoOrganisationPage me={me} />;
  return <Navigate to={`/o/${slug}`} replace />;
}
