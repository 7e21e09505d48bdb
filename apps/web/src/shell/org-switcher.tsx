import type { Me } from '@centric/contracts/organisations/organisation.schemas';
import { NativeSelect } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';

/** Picks the current organisation; keeps the same section (e.g. Settings → People) in the new one. */
export function OrgSwitcher({ me, slug }: { me: Me; slug: string }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const section = pathname.split('/').slice(3);
  // Keep "settings/people", but drop ids that belong to the previous organisation (customers/:id).
  const keep = section[0] === 'settings' ? section.slice(0, 2) : section.slice(0, 1);
  return (
    <NativeSelect
      aria-label="Organisation"
      data-testid="org-switcher"
      value={slug}
      onChange={(event) => {
        const next = event.currentTarget.value;
        navigate(`/o/${next}${keep.length ? `/${keep.join('/')}` : ''}`);
      }}
      leftSection={<IconBuildingCommunity size={16} aria-hidden />}
      data={me.memberships.map((m) => ({ value: m.organisation.slug, label: m.organisation.name }))}
      w={{ base: 170, sm: 240 }}
    />
  );
}
