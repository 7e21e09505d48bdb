import type { Me } from '@centric/contracts/organisations/organisation.schemas';
import { Anchor, Button, Center, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import { useSignOut } from '../auth/session.queries';

/** Shown for /o/:slug when the signed-in user has no membership there (or the organisation does not exist). */
export function NotAMemberPage({ me, slug }: { me: Me; slug: string }) {
  useDocumentTitle('Not a member · Centric');
  return (
    <OutsidePage title="You are not a member of this organisation" testId="not-a-member">
      <Text>
        You are signed in as {me.user.email}, which has no access to “{slug}”. Check the link, or open one of
        your organisations:
      </Text>
      <OrganisationLinks me={me} />
    </OutsidePage>
  );
}

/** Shown after sign-in when the user belongs to no organisation yet. */
export function NoOrganisationPage({ me }: { me: Me }) {
  useDocumentTitle('No organisation · Centric');
  return (
    <OutsidePage title="You are not a member of any organisation yet" testId="no-organisation">
      <Text>
        You are signed in as {me.user.email}. Ask an administrator of your organisation to invite you; the
        invitation e-mail has a link that adds you.
      </Text>
    </OutsidePage>
  );
}

function OrganisationLinks({ me }: { me: Me }) {
  if (me.memberships.length === 0) return <Text c="dimmed">You have no organisations yet.</Text>;
  return (
    <List>
      {me.memberships.map((m) => (
        <List.Item key={m.organisation.id}>
          <Anchor component={Link} to={`/o/${m.organisation.slug}`}>
            {m.organisation.name}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

function OutsidePage({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: React.ReactNode;
}) {
  const signOut = useSignOut();
  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder p="xl" maw={560} w="100%" data-testid={testId}>
        <Stack>
          <Title order={1} size="h3">
            {title}
          </Title>
          {children}
          <div>
            <Button variant="default" loading={signOut.isPending} onClick={() => signOut.mutate()}>
              Sign out
            </Button>
          </div>
        </Stack>
      </Paper>
    </Center>
  );
}
