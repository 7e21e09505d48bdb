import type { Me } from '@centric/contracts/organisations/organisation.schemas';
import {
  ActionIcon,
  AppShell,
  Burger,
  Group,
  ScrollArea,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { OrgProvider } from '../app/org-context';
import { rememberOrg } from '../app/remembered-org';
import { useMe, useSignOut } from '../auth/session.queries';
import { notifyError } from '../common/errors';
import { label } from '../common/format';
import { Navigation } from './navigation';
import { NotAMemberPage } from './not-a-member.page';
import { OrgSwitcher } from './org-switcher';

/** The application shell of one organisation (/o/:slug/*): header with switcher, navigation, and the page. */
export function OrgLayout() {
  const { slug = '' } = useParams();
  const me = useMe().data as Me;
  const membership = me.memberships.find((m) => m.organisation.slug === slug);
  useEffect(() => {
    if (membership) rememberOrg(slug);
  }, [membership, slug]);
  const value = useMemo(
    () =>
      membership
        ? {
            slug,
            organisation: membership.organisation,
            personId: membership.personId,
            personName: membership.name,
            role: membership.role,
          }
        : null,
    [membership, slug],
  );
  if (!value) return <NotAMemberPage me={me} slug={slug} />;
  return (
    <OrgProvider value={value}>
      <Shell me={me} slug={slug} />
    </OrgProvider>
  );
}

function Shell({ me, slug }: { me: Me; slug: string }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const signOut = useSignOut();
  const membership = me.memberships.find((m) => m.organisation.slug === slug)!;
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <UnstyledButton component={Link} to={`/o/${slug}`} aria-label="Centric home">
              <Text fw={750} size="lg" c="indigo.8">
                Centric
              </Text>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <OrgSwitcher me={me} slug={slug} />
            <Text size="sm" visibleFrom="md" data-testid="current-user">
              {membership.name}{' '}
              <Text span c="dimmed" size="sm">
                ({label(membership.role)})
              </Text>
            </Text>
            <Tooltip label="Sign out">
              <ActionIcon
                variant="subtle"
                size="lg"
                aria-label="Sign out"
                data-testid="sign-out"
                loading={signOut.isPending}
                onClick={() =>
                  signOut.mutate(undefined, { onError: (error) => notifyError('Could not sign out', error) })
                }
              >
                <IconLogout size={20} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation">
        <AppShell.Section grow component={ScrollArea}>
          <Navigation slug={slug} onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" pt="sm">
            {me.user.email}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <div id="main-content" style={{ maxWidth: 1200, margin: '0 auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
